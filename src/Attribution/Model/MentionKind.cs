namespace Attribution;

/// <summary>How a speaker mention refers to the speaker.</summary>
public enum MentionKind
{
    /// <summary>A personal name, possibly with titles: <c>United Nations Secretary-General António Guterres</c>.</summary>
    Name,

    /// <summary>A personal pronoun: <c>he</c>, <c>she</c>, <c>they</c>.</summary>
    Pronoun,

    /// <summary>A common-noun description: <c>the secretary-general</c>, <c>a spokesman for the ministry</c>, <c>officials</c>.</summary>
    Nominal,

    /// <summary>The name of an organisation: <c>Reuters</c>, <c>the U.N. Security Council</c>.</summary>
    Organization,

    /// <summary>An unnamed source: <c>a senior official who asked not to be named</c>.</summary>
    Anonymous,
}

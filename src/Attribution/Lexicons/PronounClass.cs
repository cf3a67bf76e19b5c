namespace Attribution.Lexicons;

/// <summary>Which referents a pronoun can stand for.</summary>
internal enum PronounClass : byte
{
    None,
    Masculine,
    Feminine,

    /// <summary><c>they</c>/<c>them</c>: a group or an organisation (or a person of unknown gender).</summary>
    Plural,

    /// <summary><c>it</c>: an organisation.</summary>
    Neuter,

    /// <summary><c>I</c>/<c>we</c>: the speaker of the quote around it.</summary>
    FirstPerson,
}

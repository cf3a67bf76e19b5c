namespace Attribution.Lexicons;

/// <summary>What a capitalised word or lower-case head noun tells the entity stage.</summary>
[Flags]
internal enum NameTags : ushort
{
    None = 0,
    MaleFirstName = 1,
    FemaleFirstName = 2,
    Title = 4,
    Honorific = 8,
    OrganizationHead = 16,
    MediaHead = 32,
    Country = 64,
    Demonym = 128,
    Male = 256,
    Female = 512,

    /// <summary>A whole name of a news organisation that has no organisation head noun (Reuters, Al Jazeera).</summary>
    KnownMedia = 1024,

    /// <summary>A media head that names an outlet only capitalised in a name (<c>Post</c>, <c>Times</c>); in lower case an ordinary word.</summary>
    Masthead = 2048,

    /// <summary>A study or report that news quotes as a source (<c>Study</c>, <c>the survey</c>); all such nouns refer alike.</summary>
    DocumentHead = 4096,
    /// <summary>
    /// A noun that says what kind of body a name is (<c>the company</c>, <c>the group</c>, <c>the drugmaker</c>): it
    /// refers back to a body whose name lacks the noun (Pfizer … the company), unlike <c>the ministry</c>.
    /// </summary>
    KindHead = 8192,
}

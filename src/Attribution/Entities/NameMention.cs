namespace Attribution.Entities;

/// <summary>
/// A proper name found in the document outside quotes: the name itself (<see cref="Span"/>, without
/// titles or honorifics), the title before it and the appositive after it, and what the words tell
/// about it.
/// </summary>
internal struct NameMention
{
    public required TextSpan Span { get; init; }

    /// <summary>The name's words joined by single spaces, without a possessive ending.</summary>
    public required string Name { get; init; }

    /// <summary>The name's words (tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>)).</summary>
    public required int FirstToken { get; init; }

    public required int EndToken { get; init; }

    /// <summary>The whole mention: title, honorific and name (<c>Israel’s U.N. Ambassador Danny Danon</c>).</summary>
    public required TextSpan FullSpan { get; init; }

    /// <summary>The title before the name (<c>United Nations Secretary-General</c>), if any.</summary>
    public TextSpan? Title { get; init; }

    /// <summary>The description in an appositive after it (<c>the Qatar-based news outlet</c>), if any.</summary>
    public TextSpan? Appositive { get; init; }

    /// <summary>The head noun of the title or appositive, lower case (<c>secretary-general</c>, <c>outlet</c>).</summary>
    public string? DescriptionHead { get; init; }

    public required EntityKind? Kind { get; init; }

    public Gender Gender { get; init; }

    public bool IsMedia { get; init; }

    public bool IsCountry { get; init; }

    public bool IsPlace { get; init; }

    /// <summary>Whether it stands where a clause's subject stands (sentence start, after a comma or conjunction, before a verb).</summary>
    public bool IsSubject { get; init; }

    public int Sentence { get; init; }

    public Referent? Referent { get; set; }
}

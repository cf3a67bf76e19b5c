namespace Attribution.Entities;

/// <summary>
/// One run of capitalised words as <see cref="NameScanner"/> reads it into a <see cref="NameMention"/>, step by
/// step: where the name proper starts, the title and honorific before it, what kind of entity it names, the
/// appositive after it. A mutable value on the stack of one call; nothing outlives the mention it becomes.
/// </summary>
internal struct NameReading
{
    /// <summary>The first token of the name proper (after leading demonyms, titles and honorifics).</summary>
    public int NameStart;

    /// <summary>The first token of the title (or of the possessive that opens the mention), or -1.</summary>
    public int TitleStart;

    /// <summary>The token after the title, or -1 when there is none.</summary>
    public int TitleEnd;

    /// <summary>An honorific (Mr, Mrs) stands before the name.</summary>
    public bool Honorific;

    public Gender Gender;

    public bool Organization;

    public bool Media;

    public bool Country;

    /// <summary>The name's characters, without a possessive <c>’s</c>.</summary>
    public TextSpan NameSpan;

    /// <summary>The name's words joined by single spaces (with <c>the</c> for bodies news names with it).</summary>
    public string Name;

    public int NameWords;

    public TextSpan? Title;

    /// <summary>The head noun of the title or appositive, lower case.</summary>
    public string? Head;

    public EntityKind? Kind;

    public TextSpan? Appositive;

    /// <summary>The <c>'s</c> token that ends the name itself (<c>Moody's</c>, <c>McDonald's</c>), or -1.</summary>
    public int Clitic;
}

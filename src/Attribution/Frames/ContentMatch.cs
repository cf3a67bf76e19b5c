namespace Attribution.Frames;

/// <summary>The content a frame rule found: kind, span (and fragments when interrupted), first and last token.</summary>
internal readonly record struct ContentMatch(StatementKind Kind, TextSpan Content, List<TextSpan>? Fragments, int FirstToken, int LastToken)
{
    /// <summary>Whether the content was introduced by the complementiser <c>that</c>.</summary>
    public bool ThatClause { get; init; }

    /// <summary>
    /// The party a directive cue calls on, kept at the head of the content in quote granularity (<c>called on
    /// Israel to halt the strikes</c>) and made the addressee in act granularity; null otherwise.
    /// </summary>
    public TextSpan? CalledParty { get; init; }
}

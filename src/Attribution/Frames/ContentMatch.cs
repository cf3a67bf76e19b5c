namespace Attribution.Frames;

/// <summary>The content a frame rule found: kind, span (and fragments when interrupted), first and last token.</summary>
internal readonly record struct ContentMatch(StatementKind Kind, TextSpan Content, List<TextSpan>? Fragments, int FirstToken, int LastToken)
{
    /// <summary>Whether the content was introduced by the complementiser <c>that</c>.</summary>
    public bool ThatClause { get; init; }
}

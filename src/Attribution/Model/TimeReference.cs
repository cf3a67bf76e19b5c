namespace Attribution;

/// <summary>When a statement was made: a time phrase of the text and, where it can be resolved, its ISO 8601 value.</summary>
/// <param name="Span">Where the time phrase lies in the original string (without its preposition: <c>Thursday</c>, <c>Oct. 24</c>).</param>
/// <param name="Text">The text of the span.</param>
/// <param name="Value">
/// The ISO 8601 date the phrase denotes (<c>2024-09-26</c>, <c>2024-03</c>, <c>2023</c>), resolved against the
/// publication date when one is given; null when it cannot be resolved.
/// </param>
public sealed record TimeReference(TextSpan Span, string Text, string? Value);

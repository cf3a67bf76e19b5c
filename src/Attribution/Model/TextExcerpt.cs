namespace Attribution;

/// <summary>A piece of the original text: its half-open span and the text it covers.</summary>
/// <param name="Span">Where the excerpt lies in the original string.</param>
/// <param name="Text">The text of the span (always equal to the slice of the original string).</param>
public sealed record TextExcerpt(TextSpan Span, string Text);

namespace Attribution;

/// <summary>The words that mark a statement as reported: <c>said</c>, <c>told</c>, <c>according to</c>, <c>called on</c>.</summary>
/// <param name="Span">Where the cue lies in the original string (a phrasal cue spans all its words).</param>
/// <param name="Text">The text of the span.</param>
/// <param name="Lemma">The dictionary form: <c>say</c>, <c>tell</c>, <c>according to</c>, <c>call on</c>.</param>
public sealed record Cue(TextSpan Span, string Text, string Lemma);

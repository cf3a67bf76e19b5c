namespace Attribution.Mentions;

/// <summary>A noun phrase found in a frame: its span, its first and last token (inclusive) and its kind.</summary>
internal readonly record struct Mention(TextSpan Span, int FirstToken, int LastToken, MentionKind Kind);

namespace Attribution;

/// <summary>The mention in the text that names a statement's speaker.</summary>
/// <param name="Span">Where the mention lies in the original string.</param>
/// <param name="Text">The text of the span.</param>
/// <param name="Kind">How the mention refers to the speaker.</param>
/// <param name="Entity">The entity the mention resolves to, or null when it resolves to none.</param>
public sealed record SpeakerMention(TextSpan Span, string Text, MentionKind Kind, Entity? Entity);

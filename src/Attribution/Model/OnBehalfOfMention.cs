namespace Attribution;

/// <summary>The organisation a spokesperson speaks for: <c>the ministry</c> in <c>a spokesman for the ministry said</c>.</summary>
/// <param name="Span">Where the mention lies in the original string.</param>
/// <param name="Text">The text of the span.</param>
/// <param name="Entity">The entity the mention resolves to, or null when it resolves to none.</param>
public sealed record OnBehalfOfMention(TextSpan Span, string Text, Entity? Entity);

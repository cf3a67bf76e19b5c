namespace Attribution;

/// <summary>The mention of whom a statement was made to: <c>told Reuters</c>, <c>speaking to the Security Council</c>.</summary>
/// <param name="Span">Where the mention lies in the original string.</param>
/// <param name="Text">The text of the span.</param>
/// <param name="Entity">The entity the mention resolves to, or null when it resolves to none.</param>
public sealed record AddresseeMention(TextSpan Span, string Text, Entity? Entity);

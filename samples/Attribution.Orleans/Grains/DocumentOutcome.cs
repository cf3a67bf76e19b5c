using Orleans;

namespace Attribution.OrleansSample.Grains;

/// <summary>
/// What a silo made of one document: its result line in the contract of <c>attribution extract --format jsonl</c>
/// (serialized on the silo by the library's <c>AttributionJson</c>), or why it failed.
/// </summary>
/// <param name="Json">The result as one JSON object without a newline; null when the document failed.</param>
/// <param name="Error">Why the document failed (the extractor's message); null when it succeeded.</param>
[GenerateSerializer]
[Immutable]
[Alias("attribution.DocumentOutcome")]
public sealed record DocumentOutcome(
    [property: Id(0)] string? Json,
    [property: Id(1)] string? Error);

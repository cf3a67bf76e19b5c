using Orleans;

namespace Attribution.OrleansSample.Grains;

/// <summary>A silo's answer for one batch.</summary>
/// <param name="Outcomes">One outcome per document, in the order given.</param>
/// <param name="Silo">The silo that extracted the batch (its runtime identity), for the client's per-silo counts.</param>
[GenerateSerializer]
[Immutable]
[Alias("attribution.ExtractedBatch")]
public sealed record ExtractedBatch(
    [property: Id(0)] IReadOnlyList<DocumentOutcome> Outcomes,
    [property: Id(1)] string Silo);

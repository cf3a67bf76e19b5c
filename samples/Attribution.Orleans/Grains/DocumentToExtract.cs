using Orleans;

namespace Attribution.OrleansSample.Grains;

/// <summary>One document of a batch, as it travels to a silo (the library's own types carry no Orleans attributes).</summary>
/// <param name="Id">The document id written on its result line.</param>
/// <param name="Source">Where it was read (<c>file.jsonl:12</c>), written on its result line and in error reports.</param>
/// <param name="Text">The document text.</param>
/// <param name="Date">The publication date that relative times resolve against, if known.</param>
[GenerateSerializer]
[Immutable]
[Alias("attribution.DocumentToExtract")]
public sealed record DocumentToExtract(
    [property: Id(0)] string Id,
    [property: Id(1)] string Source,
    [property: Id(2)] string Text,
    [property: Id(3)] DateOnly? Date);

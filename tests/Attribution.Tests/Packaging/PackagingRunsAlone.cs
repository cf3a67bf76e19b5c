namespace Attribution.Tests.Packaging;

/// <summary>
/// Packing and building a consumer takes both cores for a minute; running alone keeps the timing-sensitive
/// tests of other collections honest.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackagingRunsAlone
{
    public const string Name = "Packaging";
}

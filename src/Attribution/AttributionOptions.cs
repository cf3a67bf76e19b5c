namespace Attribution;

/// <summary>Limits and settings of an <see cref="AttributionExtractor"/>. Immutable.</summary>
/// <remarks>
/// There is deliberately no shared default instance: <c>new AttributionOptions()</c> gives the defaults, so a
/// configuration binder that writes into an instance (it can set init-only properties through reflection)
/// only ever changes that one instance, never the settings of unrelated extractors. An extractor copies the
/// options it is built with, so later changes to the caller's instance do not reach it either.
/// </remarks>
public sealed record AttributionOptions
{
    /// <summary>The default for <see cref="MaxDocumentLength"/>: 64 Mi UTF-16 code units.</summary>
    public const int DefaultMaxDocumentLength = 64 * 1024 * 1024;

    /// <summary>
    /// The longest document, in UTF-16 code units, that the extractor accepts; a longer one fails with
    /// <see cref="ArgumentException"/> (it is never silently truncated).
    /// </summary>
    public int MaxDocumentLength { get; init; } = DefaultMaxDocumentLength;

    /// <summary>
    /// One statement per quote or reported clause (<see cref="AttributionGranularity.Quote"/>, the default) or one
    /// per attribution act (<see cref="AttributionGranularity.Act"/>, PARC 3.0 / PolNeAR).
    /// </summary>
    public AttributionGranularity Granularity { get; init; } = AttributionGranularity.Quote;

}

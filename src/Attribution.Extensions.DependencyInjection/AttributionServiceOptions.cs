namespace Attribution.Extensions.DependencyInjection;

/// <summary>
/// How the shared <see cref="AttributionExtractor"/> registered by
/// <see cref="AttributionServiceCollectionExtensions.AddAttribution"/> is built.
/// </summary>
/// <remarks>
/// A mutable options class for the options pattern (<c>services.Configure&lt;AttributionServiceOptions&gt;(…)</c>
/// or configuration binding also work). It is read once, when the extractor is first resolved; the
/// extractor itself is immutable.
/// </remarks>
public sealed class AttributionServiceOptions
{
    /// <summary>Speech cue verbs to add to the embedded ones, by lemma (<c>grumble</c>, <c>quip</c>).</summary>
    public IList<string> CueVerbs { get; } = new List<string>();

    /// <summary>Belief verbs to add to the embedded ones, by lemma (<c>suspect</c>).</summary>
    public IList<string> BeliefVerbs { get; } = new List<string>();

    /// <summary>The extractor's limits; defaults to <see cref="AttributionOptions.Default"/>.</summary>
    /// <example><c>options.Limits = options.Limits with { MaxDocumentLength = 1_000_000 };</c></example>
    public AttributionOptions Limits { get; set; } = AttributionOptions.Default;

    /// <summary>
    /// One statement per quote (<see cref="AttributionGranularity.Quote"/>, the default) or per attribution act
    /// (<see cref="AttributionGranularity.Act"/>): a shortcut for <see cref="AttributionOptions.Granularity"/> of
    /// <see cref="Limits"/>, so configuration can say <c>"Attribution": {"Granularity": "Act"}</c>.
    /// </summary>
    public AttributionGranularity Granularity
    {
        get => Limits?.Granularity ?? AttributionGranularity.Quote;
        set => Limits = (Limits ?? AttributionOptions.Default) with { Granularity = value };
    }
}

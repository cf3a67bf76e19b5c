namespace Attribution.Extensions.DependencyInjection;

/// <summary>
/// How the shared <see cref="AttributionExtractor"/> registered by
/// <see cref="AttributionServiceCollectionExtensions.AddAttribution(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{AttributionServiceOptions})"/> is built.
/// </summary>
/// <remarks>
/// A mutable options class for the options pattern (<c>services.Configure&lt;AttributionServiceOptions&gt;(…)</c>
/// or configuration binding also work). It is read once, when the extractor is first resolved; the
/// extractor itself is immutable. Each instance starts with its own <see cref="Limits"/>, so binding
/// configuration into one never changes the settings of another.
/// </remarks>
/// <example>
/// As configuration (the section given to <c>AddAttribution(configuration.GetSection("Attribution"))</c>):
/// <code>
/// "Attribution": { "CueVerbs": [ "grumble" ], "BeliefVerbs": [ "suspect" ], "Limits": { "MaxDocumentLength": 1000000 } }
/// </code>
/// </example>
public sealed class AttributionServiceOptions
{
    /// <summary>Speech cue verbs to add to the embedded ones, by lemma (<c>grumble</c>, <c>quip</c>).</summary>
    public IList<string> CueVerbs { get; } = new List<string>();

    /// <summary>Belief verbs to add to the embedded ones, by lemma (<c>suspect</c>).</summary>
    public IList<string> BeliefVerbs { get; } = new List<string>();

    /// <summary>The extractor's limits; a fresh <see cref="AttributionOptions"/> with the defaults unless set.</summary>
    /// <example><c>options.Limits = options.Limits with { MaxDocumentLength = 1_000_000 };</c></example>
    public AttributionOptions Limits { get; set; } = new();

    /// <summary>
    /// One statement per quote (<see cref="AttributionGranularity.Quote"/>, the default) or per attribution act
    /// (<see cref="AttributionGranularity.Act"/>): a shortcut for <see cref="AttributionOptions.Granularity"/> of
    /// <see cref="Limits"/>, so configuration can say <c>"Attribution": {"Granularity": "Act"}</c>.
    /// </summary>
    public AttributionGranularity Granularity
    {
        get => Limits?.Granularity ?? AttributionGranularity.Quote;
        set => Limits = (Limits ?? new AttributionOptions()) with { Granularity = value };
    }
}

using Attribution.Frames;
using Attribution.Lexicons;
using Attribution.Pipeline;

namespace Attribution;

/// <summary>
/// Configures an <see cref="AttributionExtractor"/>: caller lexicons on top of the embedded ones, and limits.
/// </summary>
/// <remarks>
/// A builder is mutable and not thread-safe; <see cref="Build"/> freezes its settings into an immutable,
/// thread-safe extractor. Later changes to the builder do not affect extractors already built.
/// </remarks>
public sealed class AttributionPipelineBuilder
{
    private readonly List<string> _cueVerbs = [];
    private readonly List<string> _beliefVerbs = [];
    private AttributionOptions _options = AttributionOptions.Default;
    private FrameRules _frameRules = FrameRules.CreateDefault();

    /// <summary>Adds speech cue verbs by their lemma (<c>grumble</c>, <c>quip</c>); their inflected forms are generated.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lemmas"/> or one of its items is null.</exception>
    public AttributionPipelineBuilder AddCueVerbs(params string[] lemmas) => AddLemmas(_cueVerbs, lemmas);

    /// <summary>Adds belief verbs by their lemma (<c>suspect</c>); they cue a statement only with a reported clause, marked as belief.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="lemmas"/> or one of its items is null.</exception>
    public AttributionPipelineBuilder AddBeliefVerbs(params string[] lemmas) => AddLemmas(_beliefVerbs, lemmas);

    /// <summary>Replaces the options (limits) of the extractors built from now on.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options hold a limit that is not positive.</exception>
    public AttributionPipelineBuilder WithOptions(AttributionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxDocumentLength, nameof(options));
        _options = options;
        return this;
    }

    /// <summary>Freezes the current settings into an immutable, thread-safe extractor.</summary>
    public AttributionExtractor Build() => new(_options, new ExtractionPipeline(new LexiconSet(_cueVerbs, _beliefVerbs), _frameRules));

    /// <summary>Changes the frame rules of the extractors built from now on (add, replace or drop a rule; see <see cref="FrameRules"/>).</summary>
    internal AttributionPipelineBuilder WithFrameRules(Func<FrameRules, FrameRules> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _frameRules = change(_frameRules) ?? throw new InvalidOperationException("The frame rule change returned no rule set.");
        return this;
    }

    private AttributionPipelineBuilder AddLemmas(List<string> target, string[] lemmas)
    {
        ArgumentNullException.ThrowIfNull(lemmas);
        foreach (var lemma in lemmas)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(lemma, nameof(lemmas));
            target.Add(lemma.Trim().ToLowerInvariant());
        }

        return this;
    }
}

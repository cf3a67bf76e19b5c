namespace Attribution.Lexicons;

/// <summary>
/// The word lists the stages consult, loaded once from embedded resources and extended by the caller
/// through <see cref="AttributionPipelineBuilder"/>. Immutable after construction and thread-safe.
/// </summary>
internal sealed class LexiconSet
{
    public LexiconSet(IEnumerable<string> extraCueVerbs, IEnumerable<string> extraBeliefVerbs)
    {
        ExtraCueVerbs = extraCueVerbs.ToArray();
        ExtraBeliefVerbs = extraBeliefVerbs.ToArray();
    }

    public IReadOnlyList<string> ExtraCueVerbs { get; }

    public IReadOnlyList<string> ExtraBeliefVerbs { get; }
}

namespace Attribution;

/// <summary>How finely statements are cut: one per quote or reported clause, or one per attribution act.</summary>
public enum AttributionGranularity
{
    /// <summary>
    /// One statement per quote or reported clause (the default). A quote that continues an act after its frame
    /// (<c>“Q1,” he said. “Q2.”</c>) is its own statement with the carried speaker and the same
    /// <see cref="Statement.Act"/>. Speaker spans are the tight mention (<c>Rep. Jane Doe</c>).
    /// </summary>
    Quote,

    /// <summary>
    /// One statement per attribution act, the PARC 3.0 / PolNeAR convention: the pieces of one act
    /// (<c>“Q1,” he said. “Q2.”</c>) are one statement whose content runs from the first piece to the last and
    /// whose <see cref="Statement.Fragments"/> list every piece. A reported clause starts at its complementizer
    /// (<c>that</c>, <c>whether</c>, <c>if</c>) and the speaker span is the whole noun phrase naming the source,
    /// appositive included (<c>Rep. Jane Doe, a Democrat from Ohio,</c>); its entity is still the person.
    /// </summary>
    Act,
}

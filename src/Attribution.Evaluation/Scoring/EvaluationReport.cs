using System.Collections.Immutable;

namespace Attribution.Evaluation.Scoring;

/// <summary>The scores of a prediction run against a gold corpus, with its errors.</summary>
/// <param name="Source">Where the gold came from (a path).</param>
/// <param name="SpeechOnly">True when only speech statements were scored.</param>
/// <param name="Documents">The number of gold documents.</param>
/// <param name="All">All statements.</param>
/// <param name="Direct">Gold direct quotes.</param>
/// <param name="Mixed">Gold mixed quotes.</param>
/// <param name="Indirect">Gold indirect statements.</param>
/// <param name="Errors">Every miss, false positive and wrong speaker, in document order.</param>
public sealed record EvaluationReport(
    string Source,
    bool SpeechOnly,
    int Documents,
    KindScores All,
    KindScores Direct,
    KindScores Mixed,
    KindScores Indirect,
    ImmutableArray<ErrorExample> Errors)
{
    /// <summary>The headline scores, in percent, by stable name (used by the CI floors).</summary>
    public IReadOnlyDictionary<string, double> Headline() => new SortedDictionary<string, double>(StringComparer.Ordinal)
    {
        ["content.exact.f1"] = Percent(All.Exact.F1),
        ["content.strict.f1"] = Percent(All.Strict.F1),
        ["content.lenient.f1"] = Percent(All.Lenient.F1),
        ["full.f1"] = Percent(All.Full.F1),
        ["attributed.f1"] = Percent(All.Attributed.F1),
        ["speaker.exact.f1"] = Percent(All.SpeakerSpan.F1),
        ["speaker.accuracy"] = Percent(All.Speaker.Value),
        ["resolvedSpeaker.accuracy"] = Percent(All.ResolvedSpeaker.Value),
        ["cue.accuracy"] = Percent(All.Cue.Value),
    };

    private static double Percent(double ratio) => Math.Round(100 * ratio, 1);
}

namespace Attribution.Evaluation.Scoring;

/// <summary>
/// The scores of one line of the report (all statements, or those of one gold kind).
/// Content is scored at three levels; <see cref="Full"/> needs strict content with the right speaker and cue.
/// The accuracies are taken on the leniently matched pairs.
/// </summary>
public sealed record KindScores(
    PrecisionRecall Exact,
    PrecisionRecall Strict,
    PrecisionRecall Lenient,
    PrecisionRecall Full,
    Accuracy Speaker,
    Accuracy ResolvedSpeaker,
    Accuracy Cue,
    Accuracy Addressee,
    Accuracy Time);

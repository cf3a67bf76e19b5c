namespace Attribution.Evaluation.Scoring;

/// <summary>
/// The scores of one line of the report (all statements, or those of one gold kind).
/// Content is scored at three levels; <see cref="Full"/> needs strict content with the right speaker and cue;
/// <see cref="Attributed"/> needs lenient content with a speaker span overlapping the gold one (content found and
/// speaker right); <see cref="SpeakerSpan"/> needs lenient content with exactly the gold speaker span (trimmed
/// like contents).
/// The accuracies are taken on the leniently matched pairs.
/// </summary>
public sealed record KindScores(
    PrecisionRecall Exact,
    PrecisionRecall Strict,
    PrecisionRecall Lenient,
    PrecisionRecall Full,
    PrecisionRecall Attributed,
    PrecisionRecall SpeakerSpan,
    Accuracy Speaker,
    Accuracy ResolvedSpeaker,
    Accuracy Cue,
    Accuracy Addressee,
    Accuracy Time);

namespace Attribution.Evaluation.Scoring;

/// <summary>What went wrong with one statement.</summary>
public enum ErrorKind
{
    /// <summary>A gold statement that no prediction matches, even leniently.</summary>
    Miss,

    /// <summary>A prediction that matches no gold statement, even leniently.</summary>
    FalsePositive,

    /// <summary>A matched pair whose predicted speaker mention misses the gold source.</summary>
    WrongSpeaker,
}

/// <summary>One error for whoever tunes the rules: the statement, its speaker(s) and the sentences around it.</summary>
/// <param name="DocumentId">The gold document.</param>
/// <param name="Error">Miss, false positive or wrong speaker.</param>
/// <param name="Kind">The gold kind (for a false positive: the predicted kind).</param>
/// <param name="Content">The content span (gold for a miss or wrong speaker, predicted for a false positive).</param>
/// <param name="ContentText">The content's text.</param>
/// <param name="GoldSpeaker">The gold source text, when there is one.</param>
/// <param name="PredictedSpeaker">The predicted speaker mention's text, when there is one.</param>
/// <param name="Context">The sentence(s) around the content, on one line.</param>
public sealed record ErrorExample(
    string DocumentId,
    ErrorKind Error,
    StatementKind Kind,
    TextSpan Content,
    string ContentText,
    string? GoldSpeaker,
    string? PredictedSpeaker,
    string Context);

namespace Attribution.Evaluation.Scoring;

/// <summary>Counts behind a precision/recall/F1 triple; every ratio is 0 when its denominator is 0.</summary>
/// <param name="Gold">Gold statements (the recall denominator).</param>
/// <param name="Predicted">Predicted statements (the precision denominator).</param>
/// <param name="Correct">Predictions matched to a gold statement under the criterion.</param>
public sealed record PrecisionRecall(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Correct == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

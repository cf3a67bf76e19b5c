namespace Attribution.Evaluation.Scoring;

/// <summary>How many of <paramref name="Total"/> judged items were right; <see cref="Value"/> is 0 when none were judged.</summary>
public sealed record Accuracy(int Correct, int Total)
{
    public double Value => Total == 0 ? 0 : (double)Correct / Total;
}

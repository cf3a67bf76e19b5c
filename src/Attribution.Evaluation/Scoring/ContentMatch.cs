namespace Attribution.Evaluation.Scoring;

/// <summary>A gold statement paired with a prediction, and how well their contents agree.</summary>
/// <param name="GoldIndex">Index into the gold statements.</param>
/// <param name="PredictedIndex">Index into the predictions.</param>
/// <param name="Shared">Characters both contents hold.</param>
/// <param name="GoldCount">Characters of the gold content.</param>
/// <param name="PredictedCount">Characters of the predicted content.</param>
/// <param name="IsExact">Both contents hold exactly the same characters.</param>
public sealed record ContentMatch(int GoldIndex, int PredictedIndex, int Shared, int GoldCount, int PredictedCount, bool IsExact)
{
    /// <summary>Dice at or above this is a strict match.</summary>
    public const double StrictDice = 0.8;

    /// <summary>Covering at least this share of the gold content is a lenient match (the Gender Gap Tracker's measure).</summary>
    public const double LenientGoldCoverage = 0.3;

    /// <summary>2 |G ∩ P| / (|G| + |P|).</summary>
    public double Dice => GoldCount + PredictedCount == 0 ? 0 : 2.0 * Shared / (GoldCount + PredictedCount);

    /// <summary>|G ∩ P| / |G|.</summary>
    public double GoldCoverage => GoldCount == 0 ? 0 : (double)Shared / GoldCount;

    public bool IsStrict => IsExact || Dice >= StrictDice;

    public bool IsLenient => IsStrict || GoldCoverage >= LenientGoldCoverage;
}

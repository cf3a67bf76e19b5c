namespace Attribution.Evaluation.Scoring;

/// <summary>
/// Pairs predictions with gold statements one to one: every pair that meets the lenient level (the
/// prediction covers at least 0.3 of the gold content) is a candidate, and candidates are taken greedily by
/// falling Dice (ties: earlier gold, then earlier prediction). A weaker overlap could never count as a
/// match, so it is not allowed to take a prediction away from a gold statement it does match.
/// </summary>
public static class StatementMatcher
{
    /// <summary>The pairs, one per matched gold statement, ordered by gold index.</summary>
    public static IReadOnlyList<ContentMatch> Match(IReadOnlyList<ContentCharacters> gold, IReadOnlyList<ContentCharacters> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var candidates = new List<ContentMatch>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int p = 0; p < predicted.Count; p++)
            {
                if (!MayOverlap(gold[g], predicted[p]))
                {
                    continue;
                }

                int shared = gold[g].IntersectionCount(predicted[p]);
                var candidate = new ContentMatch(g, p, shared, gold[g].Count, predicted[p].Count, gold[g].SetEquals(predicted[p]));
                if (shared > 0 && candidate.IsLenient)
                {
                    candidates.Add(candidate);
                }
            }
        }

        candidates.Sort(static (a, b) =>
        {
            int byDice = b.Dice.CompareTo(a.Dice);
            if (byDice != 0)
            {
                return byDice;
            }

            return a.GoldIndex != b.GoldIndex ? a.GoldIndex.CompareTo(b.GoldIndex) : a.PredictedIndex.CompareTo(b.PredictedIndex);
        });

        var goldTaken = new bool[gold.Count];
        var predictedTaken = new bool[predicted.Count];
        var matches = new List<ContentMatch>();
        foreach (var candidate in candidates)
        {
            if (goldTaken[candidate.GoldIndex] || predictedTaken[candidate.PredictedIndex])
            {
                continue;
            }

            goldTaken[candidate.GoldIndex] = true;
            predictedTaken[candidate.PredictedIndex] = true;
            matches.Add(candidate);
        }

        matches.Sort(static (a, b) => a.GoldIndex.CompareTo(b.GoldIndex));
        return matches;
    }

    // A cheap bounds test before the exact count: most pairs in a document are far apart.
    private static bool MayOverlap(ContentCharacters a, ContentCharacters b) =>
        a.Count > 0 && b.Count > 0
        && a.Ranges[0].Start < b.Ranges[^1].End
        && b.Ranges[0].Start < a.Ranges[^1].End;
}

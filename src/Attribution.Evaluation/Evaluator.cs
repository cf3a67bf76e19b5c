using Attribution.Evaluation.Gold;
using Attribution.Evaluation.Scoring;

namespace Attribution.Evaluation;

/// <summary>Runs an extractor over every gold document's text (with its date when the gold gives one) and scores the result.</summary>
public static class Evaluator
{
    /// <summary>Extracts and scores; <paramref name="source"/> names the gold in the report.</summary>
    public static EvaluationReport Evaluate(AttributionExtractor extractor, IReadOnlyList<GoldDocument> gold, string source, bool speechOnly)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(gold);
        var documents = new List<ScoringDocument>(gold.Count);
        foreach (var document in gold)
        {
            var result = extractor.Extract(document.Text, document.Date);
            var sentences = extractor.Segment(document.Text).Sentences;
            documents.Add(new ScoringDocument(document, result.Statements, sentences));
        }

        return Scorer.Score(source, documents, speechOnly);
    }
}

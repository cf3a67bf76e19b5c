using Attribution.Evaluation.Gold;
using Attribution.Evaluation.Scoring;
using Attribution.Text;

namespace Attribution.Evaluation;

/// <summary>Runs an extractor over every gold document's text (with its date when the gold gives one) and scores the result.</summary>
public static class Evaluator
{
    /// <summary>
    /// Extracts and scores; <paramref name="source"/> names the gold in the report. Throws
    /// <see cref="GoldFormatException"/> when the extractor refuses a document's text.
    /// </summary>
    public static EvaluationReport Evaluate(AttributionExtractor extractor, IReadOnlyList<GoldDocument> gold, string source, bool speechOnly)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(gold);
        var documents = new List<ScoringDocument>(gold.Count);
        foreach (var document in gold)
        {
            AttributionResult result;
            TextSegmentation segmentation;
            try
            {
                result = extractor.Extract(document.Text, document.Date);
                segmentation = extractor.Segment(document.Text);
            }
            catch (ArgumentException e)
            {
                // The extractor refuses the text (e.g. over AttributionOptions.MaxDocumentLength): the gold cannot be scored as given.
                throw new GoldFormatException($"{source}: document {document.Id}: {e.Message}", e);
            }

            documents.Add(new ScoringDocument(document, result.Statements, segmentation.Sentences));
        }

        return Scorer.Score(source, documents, speechOnly);
    }
}

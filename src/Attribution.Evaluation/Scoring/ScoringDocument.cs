namespace Attribution.Evaluation.Scoring;

/// <summary>One gold document with the statements predicted for its text.</summary>
/// <param name="Gold">The gold document.</param>
/// <param name="Predicted">The predicted statements (spans into <see cref="Gold"/>'s text).</param>
/// <param name="Sentences">Sentence spans of the text, used only to show errors in context; may be empty.</param>
public sealed record ScoringDocument(Gold.GoldDocument Gold, IReadOnlyList<Statement> Predicted, IReadOnlyList<TextSpan> Sentences);

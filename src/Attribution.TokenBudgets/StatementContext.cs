namespace Attribution.TokenBudgets;

/// <summary>A statement with as much of its surrounding text as fits a token budget.</summary>
/// <remarks>Immutable. <see cref="Span"/> indexes the original document text and starts and ends on word boundaries.</remarks>
/// <param name="Statement">The statement.</param>
/// <param name="Span">The cut: the statement's span and the context kept around it, in the original text.</param>
/// <param name="Text">The text of <see cref="Span"/>.</param>
/// <param name="TokenCount">The number of tokens of <see cref="Text"/> by the budgeter's tokenizer (at most the budget).</param>
/// <param name="IsTruncated">True when the statement itself did not fit and <see cref="Span"/> holds only its beginning.</param>
public sealed record StatementContext(Statement Statement, TextSpan Span, string Text, int TokenCount, bool IsTruncated);

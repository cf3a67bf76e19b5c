namespace Attribution.Quotes;

/// <summary>
/// A quotation found by <see cref="QuoteScanner"/>: its span (marks included) and the tokens of its marks.
/// </summary>
/// <param name="Span">From the opening mark to the closing mark inclusive, or to the paragraph end when unclosed.</param>
/// <param name="OpenToken">Index of the opening mark in <see cref="Pipeline.Document.Tokens"/>.</param>
/// <param name="CloseToken">Index of the closing mark, or -1 when the quote is never closed.</param>
/// <param name="Depth">0 for an outermost quote, 1 for a quote inside it, and so on.</param>
internal readonly record struct Quote(TextSpan Span, int OpenToken, int CloseToken, int Depth)
{
    public bool IsClosed => CloseToken >= 0;
}

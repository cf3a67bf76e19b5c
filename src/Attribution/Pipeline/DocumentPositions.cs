using Attribution.Quotes;

namespace Attribution.Pipeline;

/// <summary>
/// Position look-ups over one document that the entity and time stages share: which token a character
/// offset falls in, which sentence a token belongs to, and which tokens lie inside quotation marks. The
/// document owns one (<see cref="Document.Positions"/>), built once after its quotations are found, and
/// disposes it with itself: the in-quote flags live in an array rented from the shared pool.
/// </summary>
internal sealed class DocumentPositions : IDisposable
{
    private readonly Document _document;
    private readonly int[] _sentenceOfToken;

    public DocumentPositions(Document document, IReadOnlyList<Quote> quotes)
    {
        _document = document;
        var tokens = document.Tokens;
        _sentenceOfToken = document.SentenceOfToken;

        InQuote = System.Buffers.ArrayPool<bool>.Shared.Rent(tokens.Length);
        InQuote.AsSpan(0, tokens.Length).Clear();
        for (int q = 0; q < quotes.Count; q++) // an index loop: foreach over the interface would box its enumerator per document
        {
            var quote = quotes[q];

            // Inner quotes lie inside outer ones; marking only the outermost keeps this linear.
            if (quote.Depth != 0)
            {
                continue;
            }

            int first = FirstTokenAtOrAfter(quote.Span.Start);
            for (int t = first; t < tokens.Length && tokens[t].Span.Start < quote.Span.End; t++)
            {
                InQuote[t] = true;
            }
        }
    }

    public Document Document => _document;

    /// <summary>Per token: whether it lies inside a quotation (its marks included). May be longer than the tokens: index it by token only.</summary>
    public bool[] InQuote { get; }

    public int SentenceOf(int token) => _sentenceOfToken[token];

    /// <summary>The first token that starts at or after <paramref name="offset"/> (the token count when none does).</summary>
    public int FirstTokenAtOrAfter(int offset)
    {
        var tokens = _document.Tokens;
        int lo = 0;
        int hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The tokens [first, end) that lie wholly inside <paramref name="span"/>.</summary>
    public (int First, int End) TokensIn(TextSpan span)
    {
        var tokens = _document.Tokens;
        int first = FirstTokenAtOrAfter(span.Start);
        int end = first;
        while (end < tokens.Length && tokens[end].Span.End <= span.End)
        {
            end++;
        }

        return (first, end);
    }

    /// <summary>Gives the in-quote flags back to the pool; the document calls this when it is disposed.</summary>
    public void Dispose() => System.Buffers.ArrayPool<bool>.Shared.Return(InQuote);
}

using System.Buffers;
using Attribution.Pipeline;
using Attribution.Quotes;

namespace Attribution.Frames;

/// <summary>
/// The outermost quotations of a document cut into per-paragraph pieces, and for every token the piece
/// it lies in (marks included), so the frame rules ask "is this token quoted?" in O(1). The per-token
/// table is rented from the shared array pool and goes back on <see cref="Dispose"/>; the document builds
/// its layout once (<see cref="Document.QuoteLayout"/>) for the statement and decline finders.
/// </summary>
internal sealed class QuoteLayout : IDisposable
{
    private readonly int _tokenCount;
    private int[] _pieceOf;

    public QuoteLayout(Document document, Quote[] quotes, int[] sentenceOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(quotes);
        _tokenCount = document.Tokens.Length;
        _pieceOf = ArrayPool<int>.Shared.Rent(_tokenCount);
        _pieceOf.AsSpan(0, _tokenCount).Fill(-1);
        var pieces = new List<QuotePiece>(CountOutermost(quotes));
        for (int q = 0; q < quotes.Length; q++)
        {
            var quote = quotes[q];
            if (quote.Depth != 0 || quote.OpenToken < 0 || quote.OpenToken >= _tokenCount)
            {
                continue;
            }

            int last = quote.IsClosed ? quote.CloseToken : LastTokenEndingAt(document, quote);
            int first = quote.OpenToken;
            while (first <= last)
            {
                var paragraph = document.Paragraphs[document.Sentences[sentenceOf[first]].Paragraph];
                int paragraphLast = document.Sentences[paragraph.EndSentence - 1].EndToken - 1;
                int pieceLast = Math.Min(last, paragraphLast);
                bool closed = quote.IsClosed && pieceLast == quote.CloseToken;
                var piece = new QuotePiece(q, first, pieceLast, closed, new TextSpan(document.Tokens[first].Span.Start, document.Tokens[pieceLast].Span.End));
                for (int t = first; t <= pieceLast; t++)
                {
                    _pieceOf[t] = pieces.Count;
                }

                pieces.Add(piece);
                first = pieceLast + 1;
            }
        }

        Pieces = pieces;
    }

    public IReadOnlyList<QuotePiece> Pieces { get; }

    /// <summary>The index of the piece token <paramref name="token"/> lies in, or -1.</summary>
    public int PieceOf(int token) => (uint)token < (uint)_tokenCount ? _pieceOf[token] : -1;

    public bool IsQuoted(int token) => PieceOf(token) >= 0;

    public void Dispose()
    {
        var rented = _pieceOf;
        _pieceOf = [];
        if (rented.Length > 0)
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>How many quotations are outermost: one piece each, more only for a quotation that runs over paragraphs.</summary>
    private static int CountOutermost(Quote[] quotes)
    {
        int count = 0;
        foreach (var quote in quotes)
        {
            count += quote.Depth == 0 ? 1 : 0;
        }

        return count;
    }

    private static int LastTokenEndingAt(Document document, Quote quote)
    {
        int t = quote.OpenToken;
        var tokens = document.Tokens;
        while (t + 1 < tokens.Length && tokens[t + 1].Span.End <= quote.Span.End)
        {
            t++;
        }

        return t;
    }
}

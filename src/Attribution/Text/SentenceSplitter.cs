namespace Attribution.Text;

/// <summary>
/// Groups the non-white-space tokens of a text into paragraphs and sentences. One forward pass per
/// paragraph with bounded look-ahead; stateless and thread-safe.
/// </summary>
/// <remarks>
/// Paragraphs break at blank lines and at single line breaks, except where a line is visibly wrapped
/// mid-sentence (it ends without terminal punctuation, the next line starts in lower case, and the run
/// of such lines ends a sentence). Sentences never cross paragraphs. Inside a paragraph a sentence ends
/// after terminal punctuation (and the closing quotes and brackets attached to it) when what follows
/// starts a sentence (see <see cref="ParagraphSplitter"/>). These are the sentences the attribution stages
/// read; <see cref="ReaderSentences"/> joins the ones a quotation inside narration holds together.
/// </remarks>
internal static class SentenceSplitter
{
    /// <summary>A sentence is cut after this many tokens so that later stages never see unbounded sentences.</summary>
    public const int MaxSentenceTokens = 1024;

    /// <summary>Splits the non-white-space <paramref name="tokens"/> of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (Sentence[] Sentences, Paragraph[] Paragraphs) Split(string text, ReadOnlySpan<Token> tokens)
    {
        var (sentences, paragraphs) = SplitPooled(text, tokens);
        try
        {
            return (sentences.ToArray(), paragraphs.ToArray());
        }
        finally
        {
            sentences.Dispose();
            paragraphs.Dispose();
        }
    }

    /// <summary>
    /// Splits into buffers rented from the shared array pool, which the caller returns with
    /// <see cref="PooledBuffer{T}.Dispose"/>: the document reads its sentences and paragraphs in place instead of
    /// copying them out. The line breaks between the tokens are looked for in the text.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (PooledBuffer<Sentence> Sentences, PooledBuffer<Paragraph> Paragraphs) SplitPooled(string text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.Length == 0)
        {
            return (default, default);
        }

        var breaks = new PooledBuffer<LineBreakGap>(tokens.Length / TokensPerLineBreakEstimate + 4);
        try
        {
            FindLineBreaks(text, tokens, ref breaks);
            return SplitPooled(text, tokens, breaks.AsMutableSpan());
        }
        finally
        {
            breaks.Dispose();
        }
    }

    /// <summary>
    /// <see cref="SplitPooled(string, ReadOnlySpan{Token})"/> with the gaps between the tokens that hold a line break, as the
    /// tokenizer listed them (<see cref="Tokenizer.TokenizeDocument"/>), in order; their kinds are overwritten.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (PooledBuffer<Sentence> Sentences, PooledBuffer<Paragraph> Paragraphs) SplitPooled(
        string text, ReadOnlySpan<Token> tokens, Span<LineBreakGap> lineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.Length == 0)
        {
            return (default, default);
        }

        if (lineBreaks.Length > 0 && lineBreaks[^1].Token == tokens.Length - 1)
        {
            lineBreaks = lineBreaks[..^1]; // after the last token: separates nothing
        }

        var sentences = new PooledBuffer<Sentence>(tokens.Length / 16 + 4);
        var paragraphs = new PooledBuffer<Paragraph>(tokens.Length / 64 + 4);
        try
        {
            MarkParagraphBreaks(text, tokens, lineBreaks);
            var splitter = new ParagraphSplitter(text, tokens);
            int paragraphStart = 0;
            foreach (var gap in lineBreaks)
            {
                if (gap.Kind == LineBreakKind.Paragraph)
                {
                    SplitParagraph(splitter, paragraphStart, gap.Token + 1, ref sentences, ref paragraphs);
                    paragraphStart = gap.Token + 1;
                }
            }

            SplitParagraph(splitter, paragraphStart, tokens.Length, ref sentences, ref paragraphs); // the last token ends one
            return (sentences, paragraphs);
        }
        catch
        {
            sentences.Dispose();
            paragraphs.Dispose();
            throw;
        }
    }

    /// <summary>A first size for the list of line breaks: news has a line break every few dozen tokens (the list grows if not).</summary>
    private const int TokensPerLineBreakEstimate = 32;

    /// <summary>Splits the paragraph of tokens [<paramref name="start"/>, <paramref name="end"/>) into sentences and adds it.</summary>
    private static void SplitParagraph(
        in ParagraphSplitter splitter, int start, int end, ref PooledBuffer<Sentence> sentences, ref PooledBuffer<Paragraph> paragraphs)
    {
        int firstSentence = sentences.Count;
        splitter.Split(start, end, paragraphs.Count, ref sentences);
        var first = sentences[firstSentence];
        var last = sentences[sentences.Count - 1];
        paragraphs.Add(new Paragraph(new TextSpan(first.Span.Start, last.Span.End), firstSentence, sentences.Count));
    }

    /// <summary>
    /// Lists the gaps between tokens that hold a line break, in order, as the tokenizer does for its own tokens: the token before
    /// each gap and whether the gap holds one line break or more (CRLF counts once). The line breaks are found by a vectorized
    /// search of the text, and only the tokens up to each one are stepped over: most gaps hold none.
    /// </summary>
    private static void FindLineBreaks(string text, ReadOnlySpan<Token> tokens, ref PooledBuffer<LineBreakGap> breaks)
    {
        int t = 0; // the first token that ends after the line break
        int from = tokens[0].Span.End; // a line break before the first token separates nothing
        int to = tokens[^1].Span.Start; // nor does one after the last
        if (from >= to)
        {
            return; // one token
        }

        // Two searches, each over the text once: the next ASCII line break and the next other one (rare in news).
        int ascii = CharClass.IndexOfAsciiNewline(text, from, to);
        int wide = CharClass.IndexOfWideNewline(text, from, to);
        while (ascii >= 0 || wide >= 0)
        {
            int p;
            if (wide < 0 || (ascii >= 0 && ascii < wide))
            {
                p = ascii;
                ascii = CharClass.IndexOfAsciiNewline(text, p + 1, to);
            }
            else
            {
                p = wide;
                wide = CharClass.IndexOfWideNewline(text, p + 1, to);
            }

            if (text[p] == '\n' && text[p - 1] == '\r')
            {
                continue; // CRLF is one line break, counted at its CR
            }

            while (tokens[t].Span.End <= p)
            {
                t++;
            }

            if (tokens[t].Span.Start <= p)
            {
                continue; // inside a token, not between two
            }

            // The gap between tokens t - 1 and t: its first line break is listed, a second makes it a paragraph break.
            int count = breaks.Count;
            if (count > 0 && breaks[count - 1].Token == t - 1)
            {
                breaks.AsMutableSpan()[count - 1] = new LineBreakGap(t - 1, LineBreakKind.Paragraph);
            }
            else
            {
                breaks.Add(new LineBreakGap(t - 1, LineBreakKind.Line));
            }
        }
    }

    /// <summary>
    /// Decides, for each gap with a line break, whether a paragraph break follows its token. A single line break inside a wrapped
    /// sentence is not a break (it becomes <see cref="LineBreakKind.None"/>); every other line break is.
    /// </summary>
    private static void MarkParagraphBreaks(string text, ReadOnlySpan<Token> tokens, Span<LineBreakGap> breaks)
    {
        // Backwards: a line break is soft when the line before it may continue (no terminal punctuation,
        // next line in lower case) and the chain of such lines ends with terminal punctuation.
        bool chainEndsSentence = EndsLine(text, tokens, tokens.Length - 1);
        for (int g = breaks.Length - 1; g >= 0; g--)
        {
            int i = breaks[g].Token;
            bool continues = breaks[g].Kind == LineBreakKind.Line && !EndsLine(text, tokens, i) && StartsLowercase(text, tokens[i + 1]);
            breaks[g] = new LineBreakGap(i, continues && chainEndsSentence ? LineBreakKind.None : LineBreakKind.Paragraph);

            if (!continues)
            {
                chainEndsSentence = EndsLine(text, tokens, i);
            }
        }
    }

    /// <summary>Whether token <paramref name="i"/> ends a line the way a sentence or a heading with a colon ends.</summary>
    private static bool EndsLine(string text, ReadOnlySpan<Token> tokens, int i)
    {
        // Look through attached closing quotes and brackets: ends.” or ends.)
        while (i > 0 && IsClosingTail(text, tokens[i]) && tokens[i].Span.Start == tokens[i - 1].Span.End)
        {
            i--;
        }

        char c = text[tokens[i].Span.End - 1];
        return c is '.' or '?' or '!' or ':' or '\u2026' or ';' || CharClass.IsIdeographicStop(c);
    }

    private static bool IsClosingTail(string text, Token token) =>
        token.Kind is TokenKind.ClosingQuote or TokenKind.AmbiguousQuote
        || (token.Kind == TokenKind.Punctuation && CharClass.IsClosingBracketChar(text[token.Span.Start]));

    private static bool StartsLowercase(string text, Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Apostrophe && CharClass.IsLower(text[token.Span.Start]);
}

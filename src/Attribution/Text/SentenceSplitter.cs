using System.Buffers;

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

    private const byte NoBreak = 0;
    private const byte LineBreak = 1;
    private const byte ParagraphBreak = 2;

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
    /// copying them out.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (PooledBuffer<Sentence> Sentences, PooledBuffer<Paragraph> Paragraphs) SplitPooled(string text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.Length == 0)
        {
            return (default, default);
        }

        var breaks = ArrayPool<byte>.Shared.Rent(tokens.Length);
        var sentences = new PooledBuffer<Sentence>(tokens.Length / 16 + 4);
        var paragraphs = new PooledBuffer<Paragraph>(tokens.Length / 64 + 4);
        try
        {
            MarkLineBreaks(text, tokens, breaks);
            var splitter = new ParagraphSplitter(text, tokens);
            int paragraphStart = 0;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (i + 1 == tokens.Length || breaks[i] == ParagraphBreak)
                {
                    int firstSentence = sentences.Count;
                    splitter.Split(paragraphStart, i + 1, paragraphs.Count, ref sentences);
                    var first = sentences[firstSentence];
                    var last = sentences[sentences.Count - 1];
                    paragraphs.Add(new Paragraph(new TextSpan(first.Span.Start, last.Span.End), firstSentence, sentences.Count));
                    paragraphStart = i + 1;
                }
            }

            return (sentences, paragraphs);
        }
        catch
        {
            sentences.Dispose();
            paragraphs.Dispose();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(breaks);
        }
    }

    /// <summary>
    /// Marks, for each token, whether a paragraph break follows it. A single line break inside a wrapped
    /// sentence is not a break; every other line break is.
    /// </summary>
    private static void MarkLineBreaks(string text, ReadOnlySpan<Token> tokens, byte[] breaks)
    {
        int last = tokens.Length - 1;
        for (int i = 0; i < last; i++)
        {
            int gapStart = tokens[i].Span.End;
            int gapEnd = tokens[i + 1].Span.Start;
            if (gapEnd == gapStart || (gapEnd == gapStart + 1 && text[gapStart] == ' '))
            {
                breaks[i] = NoBreak; // nothing or one space between the tokens (most of them): no character loop
                continue;
            }

            int newlines = 0;
            for (int p = gapStart; p < gapEnd; p++)
            {
                char c = text[p];
                if (CharClass.IsNewline(c) && !(c == '\n' && p > 0 && text[p - 1] == '\r'))
                {
                    newlines++;
                }
            }

            breaks[i] = newlines switch { 0 => NoBreak, 1 => LineBreak, _ => ParagraphBreak };
        }

        breaks[last] = ParagraphBreak;

        // Backwards: a line break is soft when the line before it may continue (no terminal punctuation,
        // next line in lower case) and the chain of such lines ends with terminal punctuation.
        bool chainEndsSentence = EndsLine(text, tokens, last);
        for (int i = last - 1; i >= 0; i--)
        {
            if (breaks[i] == NoBreak)
            {
                continue;
            }

            bool continues = breaks[i] == LineBreak && !EndsLine(text, tokens, i) && StartsLowercase(text, tokens[i + 1]);
            breaks[i] = continues && chainEndsSentence ? NoBreak : ParagraphBreak;

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

using System.Buffers;
using System.Collections.Immutable;

namespace Attribution.Text;

/// <summary>
/// The sentences a reader sees, as the public segmentation returns them: the splitter's sentences, except
/// that a quotation of several sentences that is part of one narrative sentence stays whole
/// (<c>“We tried. Nothing worked,” the coach said.</c>, <c>He read the sign: “No entry. Staff only.”</c>).
/// </summary>
/// <remarks>
/// The attribution stages keep the finer sentences of <see cref="SentenceSplitter"/>: a frame rule reads the
/// last sentence of a quotation together with its attribution (<c>Nothing worked,” the coach said.</c>),
/// and the statement it finds is the same whichever way the reader groups the sentences. One linear pass.
/// </remarks>
internal static class ReaderSentences
{
    /// <summary>
    /// The most splitter sentences one quotation may join. A quoted passage inside narration is a few sentences;
    /// a quote mark misread (an apostrophe taken for a closing mark) must not swallow a paragraph.
    /// </summary>
    public const int MaxJoinedSentences = 8;

    /// <summary>The reader's sentence spans over the splitter's <paramref name="sentences"/> of <paramref name="text"/>.</summary>
    public static ImmutableArray<TextSpan> Join(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (sentences.Length == 0)
        {
            return [];
        }

        var joinsNext = ArrayPool<bool>.Shared.Rent(sentences.Length);
        try
        {
            Array.Clear(joinsNext, 0, sentences.Length);
            MarkQuotedPassages(text, tokens, sentences, joinsNext);
            var spans = ImmutableArray.CreateBuilder<TextSpan>(sentences.Length);
            int first = 0;
            for (int s = 0; s < sentences.Length; s++)
            {
                if (!joinsNext[s] || s + 1 == sentences.Length)
                {
                    spans.Add(new TextSpan(sentences[first].Span.Start, sentences[s].Span.End));
                    first = s + 1;
                }
            }

            return spans.ToImmutable();
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(joinsNext);
        }
    }

    /// <summary>
    /// Marks each sentence that a quotation carries on into the next: the quotation opens in one sentence and
    /// closes in a later one of the same paragraph, and narration stands before its opening mark or after its
    /// closing mark in the same sentence.
    /// </summary>
    private static void MarkQuotedPassages(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, bool[] joinsNext)
    {
        var doubleQuote = new OpenQuote(-1, -1);
        var singleQuote = new OpenQuote(-1, -1);
        for (int s = 0; s < sentences.Length; s++)
        {
            if (s > 0 && sentences[s].Paragraph != sentences[s - 1].Paragraph)
            {
                doubleQuote = singleQuote = new OpenQuote(-1, -1); // a quotation left open runs on in news style: not joined
            }

            for (int t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
            {
                var kind = tokens[t].Kind;
                if (kind is not (TokenKind.OpeningQuote or TokenKind.ClosingQuote))
                {
                    continue;
                }

                bool isDouble = IsDoubleMark(text, tokens[t]);
                ref var open = ref isDouble ? ref doubleQuote : ref singleQuote;
                if (kind == TokenKind.OpeningQuote)
                {
                    open = new OpenQuote(t, s);
                    continue;
                }

                if (open.Token >= 0 && open.Sentence < s && s - open.Sentence < MaxJoinedSentences
                    && (NarrationBefore(text, tokens, sentences[open.Sentence], open.Token) || NarrationAfter(text, tokens, sentences[s], t)))
                {
                    Array.Fill(joinsNext, true, open.Sentence, s - open.Sentence);
                }

                open = new OpenQuote(-1, -1);
            }
        }
    }

    /// <summary>Whether a double mark (<c>“ ” " `` '' « » „</c>) rather than a single one (<c>‘ ’ ' ‹ ›</c>).</summary>
    private static bool IsDoubleMark(string text, Token token)
    {
        char c = text[token.Span.Start];
        return token.Span.Length > 1 || c is '\u201C' or '\u201D' or '"' or '\u00AB' or '\u00BB' or '\u201E' or '\u201F';
    }

    /// <summary>Whether words of the sentence stand before the opening mark at <paramref name="open"/> (not just brackets or quotes).</summary>
    private static bool NarrationBefore(string text, ReadOnlySpan<Token> tokens, Sentence sentence, int open)
    {
        for (int t = sentence.FirstToken; t < open; t++)
        {
            if (!(tokens[t].IsQuote || (tokens[t].Kind == TokenKind.Punctuation && CharClass.IsOpeningBracketChar(text[tokens[t].Span.Start]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the sentence goes on after the closing mark at <paramref name="close"/> with more than its final stop.</summary>
    private static bool NarrationAfter(string text, ReadOnlySpan<Token> tokens, Sentence sentence, int close)
    {
        for (int t = close + 1; t < sentence.EndToken; t++)
        {
            var token = tokens[t];
            bool tail = token.IsQuote || (token.Kind == TokenKind.Punctuation && text[token.Span.Start] is '.' or '?' or '!' or '\u2026' or ')' or ']');
            if (!tail)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An opening quote mark not yet closed: its token and the splitter sentence it is in (-1 when none).</summary>
    private readonly record struct OpenQuote(int Token, int Sentence);
}

using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution.Quotes;

/// <summary>
/// Pairs quote marks into quotations in one forward pass over the quote-mark tokens with a small bounded
/// stack, so it is linear in the number of marks whatever their order. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Rules: marks pair within their family (double with double, single with single); a quotation nests
/// inside another only when its marks differ; an opening mark while the same family is open means the
/// earlier one was never closed. A double quotation still open at a paragraph end continues into the next
/// paragraph when that paragraph opens with a quote mark of the same family (the news convention for
/// quotes that run over paragraphs); otherwise it ends, unclosed, at the paragraph end. A single mark
/// left open is dropped, since it is far more often an apostrophe than a quotation.
/// </remarks>
internal static class QuoteScanner
{
    private const int MaxDepth = 4;

    // Real quotations run over a handful of paragraphs at most; a quotation re-opened paragraph after
    // paragraph without ever closing is a formatting habit (or hostile input), not one quote.
    private const int MaxContinuedParagraphs = 8;

    public static Quote[] Scan(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        string text = document.Text;
        var quotes = new List<Quote>();
        var stack = new OpenMark[MaxDepth];
        int depth = 0;

        for (int pi = 0; pi < document.Paragraphs.Length; pi++)
        {
            var paragraph = document.Paragraphs[pi];
            if (paragraph.EndSentence <= paragraph.FirstSentence)
            {
                continue;
            }

            int first = document.Sentences[paragraph.FirstSentence].FirstToken;
            int end = document.Sentences[paragraph.EndSentence - 1].EndToken;
            for (int t = first; t < end; t++)
            {
                var token = tokens[t];
                if (!token.IsQuote)
                {
                    continue;
                }

                char mark = text[token.Span.Start];
                int family = QuoteMarks.FamilyOf(mark);
                if (family < 0)
                {
                    continue;
                }

                if (t == first && depth == 1 && stack[0].CarriedOver && stack[0].Family == family && token.Kind != TokenKind.ClosingQuote)
                {
                    stack[0] = stack[0] with { CarriedOver = false };
                    continue; // the re-opening mark of a quotation continued from the paragraph before
                }

                int open = InnermostOfFamily(stack, depth, family);
                bool canClose = token.Kind is TokenKind.ClosingQuote or TokenKind.AmbiguousQuote && !QuoteMarks.IsOpeningOnly(mark);
                bool canOpen = token.Kind is TokenKind.OpeningQuote or TokenKind.AmbiguousQuote;
                if (open >= 0 && canClose)
                {
                    // Inner quotations of the other family still open end unclosed just before this mark.
                    while (depth > open + 1)
                    {
                        depth--;
                        EmitUnclosed(quotes, stack[depth], tokens, t - 1, depth);
                    }

                    depth--;
                    var opened = stack[depth];
                    quotes.Add(new Quote(new TextSpan(tokens[opened.Token].Span.Start, token.Span.End), opened.Token, t, depth));
                    continue;
                }

                if (!canOpen)
                {
                    continue; // a stray closing mark (or an apostrophe the tokenizer could not tell)
                }

                if (open >= 0)
                {
                    // Same family already open: nesting needs different marks, so the earlier one was never closed.
                    while (depth > open)
                    {
                        depth--;
                        EmitUnclosed(quotes, stack[depth], tokens, t - 1, depth);
                    }
                }

                if (depth == MaxDepth)
                {
                    continue;
                }

                stack[depth++] = new OpenMark(t, family, false, 0);
            }

            // Paragraph end: an outermost double quotation continues when the next paragraph re-opens it, or
            // (a common slip) closes it without re-opening it.
            int nextFirst = end < tokens.Length ? end : -1;
            bool continues = depth >= 1 && nextFirst >= 0 && stack[0].Continuations < MaxContinuedParagraphs
                && (tokens[nextFirst].Kind is TokenKind.OpeningQuote or TokenKind.AmbiguousQuote && QuoteMarks.FamilyOf(text[tokens[nextFirst].Span.Start]) == stack[0].Family
                    || ClosesBeforeOpening(document, pi + 1, stack[0].Family));
            int keep = continues ? 1 : 0;
            while (depth > keep)
            {
                depth--;
                EmitUnclosed(quotes, stack[depth], tokens, end - 1, depth);
            }

            if (continues)
            {
                stack[0] = stack[0] with { CarriedOver = true, Continuations = stack[0].Continuations + 1 };
            }
        }

        while (depth > 0)
        {
            depth--;
            EmitUnclosed(quotes, stack[depth], tokens, tokens.Length - 1, depth);
        }

        quotes.Sort(static (a, b) => a.OpenToken.CompareTo(b.OpenToken));
        return quotes.ToArray();
    }

    /// <summary>
    /// Whether paragraph <paramref name="paragraphIndex"/> holds a closing mark of <paramref name="family"/>
    /// before any opening mark of it. Looks at each paragraph at most once more, so the scan stays linear.
    /// </summary>
    private static bool ClosesBeforeOpening(Document document, int paragraphIndex, int family)
    {
        if (paragraphIndex >= document.Paragraphs.Length)
        {
            return false;
        }

        var paragraph = document.Paragraphs[paragraphIndex];
        if (paragraph.EndSentence <= paragraph.FirstSentence)
        {
            return false;
        }

        var tokens = document.Tokens;
        int end = document.Sentences[paragraph.EndSentence - 1].EndToken;
        for (int t = document.Sentences[paragraph.FirstSentence].FirstToken; t < end; t++)
        {
            if (!tokens[t].IsQuote || QuoteMarks.FamilyOf(document.Text[tokens[t].Span.Start]) != family)
            {
                continue;
            }

            return tokens[t].Kind == TokenKind.ClosingQuote;
        }

        return false;
    }

    private static int InnermostOfFamily(OpenMark[] stack, int depth, int family)
    {
        for (int i = depth - 1; i >= 0; i--)
        {
            if (stack[i].Family == family)
            {
                return i;
            }
        }

        return -1;
    }

    private static void EmitUnclosed(List<Quote> quotes, OpenMark open, Token[] tokens, int lastToken, int depth)
    {
        if (open.Family != 0 || lastToken <= open.Token)
        {
            return; // a lone single mark is an apostrophe far more often than a quotation; a lone mark quotes nothing
        }

        quotes.Add(new Quote(new TextSpan(tokens[open.Token].Span.Start, tokens[lastToken].Span.End), open.Token, -1, depth));
    }

    private readonly record struct OpenMark(int Token, int Family, bool CarriedOver, int Continuations);
}

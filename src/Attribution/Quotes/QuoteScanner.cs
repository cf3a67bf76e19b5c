using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution.Quotes;

/// <summary>
/// Pairs quote marks into quotations in one forward pass over the quote-mark tokens with a small bounded
/// stack, so it is linear in the number of marks whatever their order. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Rules: marks pair within their family (double with double, single with single); a quotation nests
/// inside another when its marks differ, or when both are straight double marks and the inner one's opening
/// mark can only open (typewriter text nests <c>"He said "stop" and we stopped."</c>) and the outer one closes in
/// its paragraph; any other opening mark while the same family is open means the earlier one was never closed. A double quotation still open at a paragraph end continues into the next
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
        var pairing = new Pairing(document, stackalloc OpenMark[MaxDepth]);
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
                if (tokens[t].IsQuote)
                {
                    pairing.Mark(t, atParagraphStart: t == first);
                }
            }

            pairing.EndParagraph(pi, end);
        }

        return pairing.Finish();
    }

    /// <summary>The pairing state of one scan: the quotations found so far and the stack of open marks.</summary>
    private ref struct Pairing
    {
        private readonly Document _document;
        private readonly ReadOnlySpan<Token> _tokens;
        private readonly string _text;
        /// <summary>The quotations found so far, in a buffer from the shared pool: only the exact result array is allocated.</summary>
        private PooledBuffer<Quote> _quotes = new(16);
        private readonly Span<OpenMark> _stack;
        private int _depth;

        public Pairing(Document document, Span<OpenMark> stack)
        {
            _document = document;
            _tokens = document.Tokens;
            _text = document.Text;
            _stack = stack;
        }

        /// <summary>Takes quote-mark token <paramref name="t"/>: it closes, opens or re-opens a quotation, or is ignored.</summary>
        public void Mark(int t, bool atParagraphStart)
        {
            var token = _tokens[t];
            char mark = _text[token.Span.Start];
            int family = QuoteMarks.FamilyOf(_text.AsSpan(token.Span.Start, token.Span.Length));
            if (family < 0)
            {
                return;
            }

            if (atParagraphStart && _depth == 1 && _stack[0].CarriedOver && _stack[0].Family == family && token.Kind != TokenKind.ClosingQuote)
            {
                _stack[0] = _stack[0] with { CarriedOver = false };
                return; // the re-opening mark of a quotation continued from the paragraph before
            }

            int open = InnermostOfFamily(family);
            bool canClose = (token.Kind is TokenKind.ClosingQuote or TokenKind.AmbiguousQuote && !QuoteMarks.IsOpeningOnly(mark))
                || (open >= 0 && (IsOpeningMarkTypedToClose(t, mark) || ClosesLowOpening(open, mark)));
            bool canOpen = token.Kind is TokenKind.OpeningQuote or TokenKind.AmbiguousQuote;
            if (open >= 0 && canClose)
            {
                Close(open, t);
            }
            else if (open < 0 && canClose && IsMismatchedClosing(t, family))
            {
                Close(_depth - 1, t); // "says, ‘Frank, thank you, your work is great.”": the quotation opened with the other family's mark
            }
            else if (open >= 0 && token.Kind == TokenKind.OpeningQuote && CanNestSameFamily(open, mark))
            {
                NestSameFamily(open, t, family);
            }
            else if (canOpen || (open < 0 && IsMistypedOpening(t)))
            {
                Open(open, t, family);
            }

            // Otherwise a stray closing mark (or an apostrophe the tokenizer could not tell).
        }

        /// <summary>
        /// A straight double mark that can only open (a space or the frame's punctuation before it, a word after it) while a
        /// straight double quotation opened in this paragraph is the innermost open one: <c>told the inquiry: "He said "move
        /// the crane" and we moved it."</c> nests a quotation in the same marks, which typewriter text does for want of single
        /// ones. One level only; if the outer one is never closed in its paragraph, the nesting is undone
        /// (<see cref="EndUnclosedAbove"/>): its closing mark was missing, as the rule for same-family marks assumes.
        /// </summary>
        private readonly bool CanNestSameFamily(int open, char mark) =>
            mark == '"' && open == _depth - 1 && _depth < MaxDepth && _text[_tokens[_stack[open].Token].Span.Start] == '"'
            && _stack[open].Continuations == 0 && !_stack[open].CarriedOver && !HasSameFamilyParent(open);

        /// <summary>Whether the quotation at stack level <paramref name="level"/> is itself nested in one of its own family.</summary>
        private readonly bool HasSameFamilyParent(int level)
        {
            for (int i = level - 1; i >= 0; i--)
            {
                if (_stack[i].Family == _stack[level].Family)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Opens a quotation at mark <paramref name="t"/> inside the one of the same family open at level <paramref name="open"/>.</summary>
        private void NestSameFamily(int open, int t, int family)
        {
            if (_stack[open].SameFamilyChild < 0)
            {
                _stack[open] = _stack[open] with { SameFamilyChild = t, QuotesBeforeChild = _quotes.Count };
            }

            _stack[_depth++] = new OpenMark(t, family, false, 0);
        }

        /// <summary>
        /// A mark that closes a sentence (right after a comma, stop, question or exclamation mark, with no space and nothing but a
        /// space, a dash or the line end after it) while no quotation of its family is open but the innermost open one is of the
        /// other family and opened in this paragraph: a slip of the keyboard (<c>said 'the offer was final."</c>), not a new
        /// quotation. The open one takes it as its closing mark.
        /// </summary>
        private readonly bool IsMismatchedClosing(int t, int family)
        {
            if (_depth == 0 || _stack[_depth - 1].Family == family || _stack[_depth - 1].CarriedOver)
            {
                return false;
            }

            var span = _tokens[t].Span;
            int after = span.End;
            return span.Start > 0 && _text[span.Start - 1] is ',' or '.' or '?' or '!'
                && (after == _text.Length || char.IsWhiteSpace(_text[after]) || _text[after] is '-' or '\u2014' or '\u2013');
        }

        /// <summary>
        /// A curly opening double mark right after the stop or comma that ends a quotation's words, with a space or the line end
        /// after it (<c>… the Administration's decision.“ However, …</c>): a slip of the keyboard for the closing mark.
        /// </summary>
        private readonly bool IsOpeningMarkTypedToClose(int t, char mark)
        {
            var span = _tokens[t].Span;
            int after = span.End;
            return mark == '“' && span.Length == 1 && span.Start > 0 && _text[span.Start - 1] is '.' or ',' or '?' or '!'
                && (after == _text.Length || char.IsWhiteSpace(_text[after]));
        }

        /// <summary>
        /// The high mark that closes a quotation opened with a low one, in the German and Central European style some
        /// wires and translated quotes keep (<c>„We will see“, the minister said</c>): there “ and ‘ close, though elsewhere they only open.
        /// </summary>
        private readonly bool ClosesLowOpening(int open, char mark) =>
            _text[_tokens[_stack[open].Token].Span.Start] switch
            {
                '„' => mark == '“',
                '‚' => mark == '‘',
                _ => false,
            };

        /// <summary>
        /// A straight double mark typed against the comma or colon of a frame, with a space after it and the quote's
        /// words next (<c>Wilkins said," [Warhol] liked …</c>): with no quotation open it can close nothing, so it opens one.
        /// </summary>
        private readonly bool IsMistypedOpening(int t)
        {
            var span = _tokens[t].Span;
            int after = span.End;
            return span.Length == 1 && _text[span.Start] == '"' && span.Start > 0 && _text[span.Start - 1] is ',' or ':'
                && after + 1 < _text.Length && _text[after] == ' ' && (char.IsLetterOrDigit(_text[after + 1]) || _text[after + 1] is '[' or '(');
        }

        /// <summary>
        /// Paragraph end: an outermost double quotation continues when the next paragraph re-opens it, or
        /// (a common slip) closes it without re-opening it; everything else still open ends here, unclosed.
        /// </summary>
        public void EndParagraph(int paragraphIndex, int end)
        {
            int nextFirst = end < _tokens.Length ? end : -1;
            bool continues = _depth >= 1 && nextFirst >= 0 && _stack[0].Continuations < MaxContinuedParagraphs && _stack[0].SameFamilyChild < 0
                && (_tokens[nextFirst].Kind is TokenKind.OpeningQuote or TokenKind.AmbiguousQuote && QuoteMarks.FamilyOf(_text.AsSpan(_tokens[nextFirst].Span.Start, _tokens[nextFirst].Span.Length)) == _stack[0].Family
                    || ClosesBeforeOpening(_document, paragraphIndex + 1, _stack[0].Family));
            EndUnclosedAbove(continues ? 1 : 0, end - 1);
            if (continues)
            {
                _stack[0] = _stack[0] with { CarriedOver = true, Continuations = _stack[0].Continuations + 1 };
            }
        }

        /// <summary>Ends what is still open at the end of the text and returns the quotations in order of their opening marks.</summary>
        public Quote[] Finish()
        {
            EndUnclosedAbove(0, _tokens.Length - 1);
            try
            {
                var quotes = _quotes.ToArray();
                Array.Sort(quotes, static (a, b) => a.OpenToken.CompareTo(b.OpenToken));
                return quotes;
            }
            finally
            {
                _quotes.Dispose();
            }
        }

        /// <summary>Closes the open quotation at stack level <paramref name="open"/> with mark <paramref name="t"/>.</summary>
        private void Close(int open, int t)
        {
            // Inner quotations of the other family still open end unclosed just before this mark.
            EndUnclosedAbove(open + 1, t - 1);
            _depth--;
            var opened = _stack[_depth];
            _quotes.Add(new Quote(new TextSpan(_tokens[opened.Token].Span.Start, _tokens[t].Span.End), opened.Token, t, _depth));
        }

        /// <summary>Opens a quotation at mark <paramref name="t"/>; <paramref name="open"/> is the level of an open one of the same family, or -1.</summary>
        private void Open(int open, int t, int family)
        {
            if (open >= 0)
            {
                // Same family already open: nesting needs different marks, so the earlier one was never closed.
                EndUnclosedAbove(open, t - 1);
            }

            if (_depth == MaxDepth)
            {
                return;
            }

            _stack[_depth++] = new OpenMark(t, family, false, 0);
        }

        /// <summary>Pops the stack down to <paramref name="keep"/> levels, each popped quotation ending unclosed at <paramref name="lastToken"/>.</summary>
        private void EndUnclosedAbove(int keep, int lastToken)
        {
            while (_depth > keep)
            {
                _depth--;
                var open = _stack[_depth];
                if (open.SameFamilyChild >= 0)
                {
                    // Never closed: it ends where the first quotation nested in its marks opened, and what it held moves up a level.
                    UnnestFrom(open.QuotesBeforeChild);
                    EmitUnclosed(open, open.SameFamilyChild - 1);
                }
                else
                {
                    EmitUnclosed(open, lastToken);
                }
            }
        }

        private readonly int InnermostOfFamily(int family)
        {
            for (int i = _depth - 1; i >= 0; i--)
            {
                if (_stack[i].Family == family)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Moves the quotations found since index <paramref name="from"/> (all inside the level being ended) up one level.</summary>
        private readonly void UnnestFrom(int from)
        {
            var items = _quotes.Items;
            for (int i = from; i < _quotes.Count; i++)
            {
                items[i] = items[i] with { Depth = Math.Max(0, items[i].Depth - 1) };
            }
        }

        private void EmitUnclosed(OpenMark open, int lastToken)
        {
            if (open.Family != 0 || lastToken <= open.Token)
            {
                return; // a lone single mark is an apostrophe far more often than a quotation; a lone mark quotes nothing
            }

            _quotes.Add(new Quote(new TextSpan(_tokens[open.Token].Span.Start, _tokens[lastToken].Span.End), open.Token, -1, _depth));
        }
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
            if (!tokens[t].IsQuote || QuoteMarks.FamilyOf(document.Text.AsSpan(tokens[t].Span.Start, tokens[t].Span.Length)) != family)
            {
                continue;
            }

            return tokens[t].Kind == TokenKind.ClosingQuote;
        }

        return false;
    }

    /// <summary>An open quotation on the pairing stack.</summary>
    /// <param name="Token">Its opening mark.</param>
    /// <param name="Family">Its mark family (<see cref="QuoteMarks.FamilyOf(char)"/>).</param>
    /// <param name="CarriedOver">Open at the end of a paragraph and not yet re-opened in the next.</param>
    /// <param name="Continuations">How many paragraphs it has run into.</param>
    private readonly record struct OpenMark(int Token, int Family, bool CarriedOver, int Continuations)
    {
        /// <summary>The opening mark of the first quotation nested in the same marks (<see cref="Pairing.CanNestSameFamily"/>), or -1.</summary>
        public int SameFamilyChild { get; init; } = -1;

        /// <summary>How many quotations had been found when that nested one opened.</summary>
        public int QuotesBeforeChild { get; init; }
    }
}

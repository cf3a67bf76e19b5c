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
/// starts a sentence (see <c>ParagraphSplitter.EndOfSentence</c>).
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
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.Length == 0)
        {
            return ([], []);
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

            return (sentences.ToArray(), paragraphs.ToArray());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(breaks);
            sentences.Dispose();
            paragraphs.Dispose();
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
            int newlines = 0;
            for (int p = tokens[i].Span.End; p < tokens[i + 1].Span.Start; p++)
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
        return c is '.' or '?' or '!' or ':' or '\u2026' or ';';
    }

    private static bool IsClosingTail(string text, Token token) =>
        token.Kind is TokenKind.ClosingQuote or TokenKind.AmbiguousQuote
        || (token.Kind == TokenKind.Punctuation && text[token.Span.Start] is ')' or ']' or '}');

    private static bool StartsLowercase(string text, Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Apostrophe && CharClass.IsLower(text[token.Span.Start]);

    /// <summary>The sentence pass over one paragraph.</summary>
    private readonly ref struct ParagraphSplitter(string text, ReadOnlySpan<Token> tokens)
    {
        private readonly string _text = text;
        private readonly ReadOnlySpan<Token> _tokens = tokens;

        public void Split(int start, int end, int paragraphIndex, ref PooledBuffer<Sentence> sentences)
        {
            int sentenceStart = start;
            var list = default(ListState);
            int i = start;
            while (i < end)
            {
                // A bullet, or the next item of an inline list (1. … 2. …), starts a sentence.
                bool afterLeadingBullet = i == sentenceStart + 1 && IsBullet(sentenceStart);
                if (i > sentenceStart && (IsBullet(i) || (list.Active && !afterLeadingBullet && IsNextListItem(i, end, list))))
                {
                    Add(ref sentences, sentenceStart, i, paragraphIndex);
                    sentenceStart = i;
                }

                if (i == sentenceStart || afterLeadingBullet)
                {
                    int markerEnd = ListMarkerEnd(i, end, out var marker);
                    if (markerEnd > 0)
                    {
                        list = marker;
                        i = markerEnd;
                        continue;
                    }
                }

                int sentenceEnd = EndOfSentence(i, sentenceStart, end);
                if (sentenceEnd < 0 && i + 1 - sentenceStart >= MaxSentenceTokens)
                {
                    sentenceEnd = i + 1;
                }

                if (sentenceEnd > 0)
                {
                    Add(ref sentences, sentenceStart, sentenceEnd, paragraphIndex);
                    sentenceStart = sentenceEnd;
                    i = sentenceEnd;
                    continue;
                }

                i++;
            }

            if (sentenceStart < end)
            {
                Add(ref sentences, sentenceStart, end, paragraphIndex);
            }
        }

        private void Add(ref PooledBuffer<Sentence> sentences, int first, int end, int paragraphIndex) =>
            sentences.Add(new Sentence(new TextSpan(_tokens[first].Span.Start, _tokens[end - 1].Span.End), first, end, paragraphIndex));

        private char FirstChar(int i) => _text[_tokens[i].Span.Start];

        private ReadOnlySpan<char> TextOf(int i) => _text.AsSpan(_tokens[i].Span.Start, _tokens[i].Span.Length);

        private bool Attached(int i) => _tokens[i].Span.Start == _tokens[i - 1].Span.End;

        private bool IsPunct(int i, char c) => _tokens[i].Kind == TokenKind.Punctuation && _tokens[i].Span.Length == 1 && FirstChar(i) == c;

        private bool IsQuestionOrExclamation(int i) =>
            _tokens[i].Kind == TokenKind.Punctuation && FirstChar(i) is '?' or '!' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

        private bool IsEllipsis(int i) =>
            _tokens[i].Kind == TokenKind.Punctuation && (FirstChar(i) == '\u2026' || (FirstChar(i) == '.' && _tokens[i].Span.Length > 1));

        private bool IsAbbreviation(int i) =>
            _tokens[i].Kind == TokenKind.Word && _tokens[i].Span.Length > 1 && _text[_tokens[i].Span.End - 1] == '.';

        private bool IsBullet(int i) => _tokens[i].Kind == TokenKind.Symbol && CharClass.IsBullet(FirstChar(i));

        private bool IsCapitalized(int i) => CharClass.IsUpper(FirstChar(i));

        private bool IsLowercaseWord(int i) =>
            _tokens[i].Kind is TokenKind.Word or TokenKind.Apostrophe && CharClass.IsLower(FirstChar(i));

        /// <summary>
        /// If token <paramref name="i"/> is sentence-final punctuation that ends a sentence here, the
        /// exclusive end of that sentence (after its attached closing quotes and brackets); otherwise -1.
        /// </summary>
        private int EndOfSentence(int i, int sentenceStart, int end)
        {
            var token = _tokens[i];
            bool period = IsPunct(i, '.');
            bool strong = IsQuestionOrExclamation(i);
            bool ellipsis = IsEllipsis(i) && i > sentenceStart; // ". . . The practice" opens a sentence
            bool abbreviation = !period && !strong && !ellipsis && IsAbbreviation(i);
            if (!period && !strong && !ellipsis && !abbreviation)
            {
                return -1;
            }

            if (i + 1 >= end)
            {
                return end;
            }

            // "U.S arms", "U.K-based": an initialism written without its final period, the letters joined by the dot.
            if (period && i > sentenceStart && Attached(i) && Attached(i + 1) && _tokens[i - 1].Kind == TokenKind.Word && _tokens[i - 1].Span.Length == 1
                && IsCapitalized(i - 1) && _tokens[i + 1].Kind == TokenKind.Word)
            {
                return -1;
            }

            // An omission mark inside brackets ([...]) is not the end of anything.
            if (ellipsis && i > 0 && Attached(i) && _text[token.Span.Start - 1] is '[' or '(')
            {
                return -1;
            }

            // Absorb the rest of a punctuation cluster (?!, !!, .") and attached closing quotes and brackets.
            int j = i + 1;
            bool closedQuote = false;
            while (j < end)
            {
                var next = _tokens[j];
                bool attached = Attached(j);
                if (next.Kind == TokenKind.ClosingQuote || (next.Kind == TokenKind.AmbiguousQuote && attached))
                {
                    closedQuote = true;
                }
                else if (!(attached && (IsClosingBracket(j) || IsPunct(j, '.') || IsQuestionOrExclamation(j) || IsEllipsis(j))))
                {
                    break;
                }

                j++;
            }

            if (j >= end)
            {
                return end;
            }

            // Look through opening quotes and brackets to the first word of what follows.
            int m = j;
            while (m < end && (_tokens[m].Kind is TokenKind.OpeningQuote or TokenKind.AmbiguousQuote || IsOpeningBracket(m)))
            {
                m++;
            }

            if (m >= end)
            {
                return end;
            }

            var following = _tokens[m];
            if (IsLowercaseWord(m))
            {
                return -1; // “This is great.” she said. / Yahoo! in / (… engineer.) at
            }

            if (following.Kind == TokenKind.Number)
            {
                return abbreviation ? -1 : j; // Oct. 7, p. 55 / $100.00. 5 …
            }

            if (following.Kind == TokenKind.Punctuation || following.Kind == TokenKind.Dash)
            {
                // compounds. . . . The practice: the period ends the sentence and the ellipsis opens the next.
                if (period && m == j && IsEllipsis(m) && !Attached(m) && m + 1 < end && IsCapitalized(m + 1))
                {
                    return j;
                }

                return -1;
            }

            bool capitalized = following.Kind is TokenKind.Word or TokenKind.Apostrophe && IsCapitalized(m);
            if (!capitalized)
            {
                return abbreviation ? -1 : j; // a symbol, URL, handle: boundary after real punctuation only
            }

            if (closedQuote && m == j && IsAttribution(m, end, strict: !strong))
            {
                return -1; // “So what?” Harry said.
            }

            if (period || strong)
            {
                return j;
            }

            if (ellipsis)
            {
                // "… I didn’t mean it" continues; a four-dot ellipsis is a period plus an ellipsis.
                bool fourDots = DotCount(i) >= 4;
                return fourDots || !TextOf(m).SequenceEqual("I") ? j : -1;
            }

            return AbbreviationEndsSentence(i, sentenceStart, m) ? j : -1;
        }

        private bool IsClosingBracket(int i) => _tokens[i].Kind == TokenKind.Punctuation && FirstChar(i) is ')' or ']' or '}';

        private bool IsOpeningBracket(int i) => _tokens[i].Kind == TokenKind.Punctuation && FirstChar(i) is '(' or '[' or '{';

        private int DotCount(int i)
        {
            int dots = 0;
            foreach (char c in TextOf(i))
            {
                dots += c == '.' ? 1 : c == '\u2026' ? 3 : 0;
            }

            return dots;
        }

        /// <summary>Whether the abbreviation at <paramref name="i"/> ends its sentence, given that the capitalized word <paramref name="next"/> follows.</summary>
        private bool AbbreviationEndsSentence(int i, int sentenceStart, int next)
        {
            var word = TextOf(i);
            var core = word[..^1];
            var nextWord = TextOf(next);

            // a.m. / p.m. end a clause unless a day, month or zone follows or they close a leading "At 5 a.m.".
            if (IsTimeAbbreviation(core))
            {
                return !FrontEndLexicon.TimeContinuations.Contains(nextWord) && !IsLeadingTimePhrase(sentenceStart, i);
            }

            // The pronoun I at the end of a clause (you and I.) rather than an initial (Albert I. Jones).
            if (core.Length == 1 && core[0] == 'I' && i > sentenceStart && !IsCapitalized(i - 1) && _tokens[i - 1].Kind == TokenKind.Word)
            {
                return true;
            }

            // After U.S., Co., Jr., an initial: a closed-class word starts a sentence, a name continues one.
            return FrontEndLexicon.SentenceStarters.Contains(nextWord);
        }

        private static bool IsTimeAbbreviation(ReadOnlySpan<char> core) =>
            core.Length == 3 && core[1] == '.' && core[0] is 'a' or 'p' or 'A' or 'P' && core[2] is 'm' or 'M';

        private bool IsLeadingTimePhrase(int sentenceStart, int timeToken)
        {
            if (timeToken - sentenceStart > 5 || timeToken == sentenceStart)
            {
                return false;
            }

            for (int k = sentenceStart; k < timeToken; k++)
            {
                bool timeWord = _tokens[k].Kind == TokenKind.Number || IsPunct(k, ':')
                    || (_tokens[k].Kind == TokenKind.Word && FrontEndLexicon.TimePrepositions.Contains(TextOf(k)));
                if (!timeWord)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether an attribution clause led by a name (<c>Harry said</c>, <c>Mr. Smith asked</c>) starts at
        /// <paramref name="i"/>. A capitalized pronoun or other closed-class word (<c>She said</c>) starts a new
        /// sentence instead: continuing the quotation's sentence it would be in lower case.
        /// </summary>
        private bool IsAttribution(int i, int end, bool strict)
        {
            int k = i;
            while (k < end && k - i < 5 && _tokens[k].Kind == TokenKind.Word && IsCapitalized(k) && !FrontEndLexicon.SentenceStarters.Contains(TextOf(k)))
            {
                k++;
            }

            if (k == i || k >= end || _tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (!strict)
            {
                return FrontEndLexicon.CueVerbs.Contains(TextOf(k));
            }

            // After a period only a bare attribution continues: “I will go.” Smith said.
            return FrontEndLexicon.PlainSpeechVerbs.Contains(TextOf(k)) && (k + 1 >= end || IsPunct(k + 1, ',') || IsPunct(k + 1, '.'));
        }

        /// <summary>If a list marker (<c>1.</c>, <c>2)</c>, <c>3.)</c>, <c>a.</c>, <c>b)</c>) starts at <paramref name="i"/>, its end; otherwise -1.</summary>
        private int ListMarkerEnd(int i, int end, out ListState marker)
        {
            marker = default;
            var token = _tokens[i];
            int value;
            bool letter;
            bool dotted;
            int k = i + 1;
            if (token.Kind == TokenKind.Number && token.Span.Length <= 2 && IsAllDigits(i))
            {
                value = int.Parse(TextOf(i), provider: System.Globalization.CultureInfo.InvariantCulture);
                letter = false;
                dotted = k < end && Attached(k) && IsPunct(k, '.');
                if (dotted)
                {
                    k++;
                }
            }
            else if (token.Kind == TokenKind.Word && token.Span.Length <= 2 && CharClass.IsAsciiLetter(FirstChar(i))
                && (token.Span.Length == 1 || _text[token.Span.Start + 1] == '.'))
            {
                value = (FirstChar(i) | 0x20) - 'a' + 1;
                letter = true;
                dotted = token.Span.Length == 2;
            }
            else
            {
                return -1;
            }

            bool paren = k < end && Attached(k) && IsPunct(k, ')');
            if (paren)
            {
                k++;
            }

            // The marker needs its period or bracket and must stand apart from the item text.
            if ((!dotted && !paren) || k >= end || Attached(k))
            {
                return -1;
            }

            marker = new ListState(true, letter, dotted, paren, value + 1);
            return k;
        }

        private bool IsAllDigits(int i)
        {
            foreach (char c in TextOf(i))
            {
                if (!CharClass.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsNextListItem(int i, int end, in ListState list)
        {
            if (_tokens[i].Kind != (list.Letter ? TokenKind.Word : TokenKind.Number) || Attached(i))
            {
                return false;
            }

            int markerEnd = ListMarkerEnd(i, end, out var marker);
            return markerEnd > 0 && marker.Letter == list.Letter && marker.Dotted == list.Dotted && marker.Paren == list.Paren
                && marker.Next == list.Next + 1 && IsCapitalized(markerEnd);
        }

        /// <summary>The list a paragraph is in: the style of its markers and the value the next one must have.</summary>
        private readonly record struct ListState(bool Active, bool Letter, bool Dotted, bool Paren, int Next);
    }
}

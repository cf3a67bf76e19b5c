namespace Attribution.Text;

/// <summary>
/// The sentence pass over one paragraph: one forward walk over its tokens with bounded look-ahead.
/// A sentence ends at a stop (<see cref="EndOfSentence"/>), before a bullet or the next item of an inline
/// list (<c>ParagraphSplitter.Lists.cs</c>), or after <see cref="SentenceSplitter.MaxSentenceTokens"/> tokens.
/// </summary>
internal readonly ref partial struct ParagraphSplitter(string text, ReadOnlySpan<Token> tokens)
{
    private readonly string _text = text;
    private readonly ReadOnlySpan<Token> _tokens = tokens;

    /// <summary>What kind of stop a token is; each kind has its own test of what must follow to end a sentence.</summary>
    private enum Stop : byte
    {
        None,

        /// <summary>A lone period.</summary>
        Period,

        /// <summary><c>? ! ?! ‼</c>.</summary>
        Strong,

        /// <summary><c>… ...</c> and spaced <c>. . .</c> (not at the start of a sentence: ". . . The practice" opens one).</summary>
        Ellipsis,

        /// <summary>A word that keeps its period (<c>U.S.</c>, <c>Co.</c>, <c>J.</c>), or the mark of a name such as <c>Yahoo!</c>.</summary>
        Abbreviation,

        /// <summary><c>。 ． ？ ！</c>: Chinese and Japanese stops, which end a sentence whatever follows.</summary>
        Ideographic,
    }

    public void Split(int start, int end, int paragraphIndex, ref PooledBuffer<Sentence> sentences)
    {
        int sentenceStart = start;
        var list = default(ListState);
        int i = start;
        while (i < end)
        {
            // Past a sentence's first two tokens and outside a list, the words without a period that follow no colon (most
            // tokens) decide nothing below: stepped over in one loop (see the test of IsWordWithoutPeriod further down).
            if (!list.Active && i > sentenceStart + 1)
            {
                i = SkipPlainWords(i, Math.Min(end, sentenceStart + SentenceSplitter.MaxSentenceTokens - 1));
                if (i >= end)
                {
                    break;
                }
            }

            // A bullet, or the next item of an inline list (1. … 2. …), starts a sentence.
            bool afterLeadingBullet = i == sentenceStart + 1 && IsBullet(sentenceStart);
            if (i > sentenceStart && (IsBullet(i) || (list.Active && !afterLeadingBullet && IsNextListItem(i, end, list))))
            {
                Add(ref sentences, sentenceStart, i, paragraphIndex);
                sentenceStart = i;
            }

            if (i == sentenceStart || afterLeadingBullet)
            {
                // The open list's kind first: after "i. … " the item "ii." is Roman, and "i." after "h." a letter.
                var marker = default(ListState);
                int markerEnd = list.Active ? ListMarkerEnd(i, end, list.Kind, out marker) : -1;
                if (markerEnd < 0)
                {
                    markerEnd = ListMarkerEnd(i, end, expected: null, out marker);
                }

                if (markerEnd > 0)
                {
                    list = marker;
                    i = markerEnd;
                    continue;
                }
            }

            // Most tokens are words that keep no period and follow no colon: they neither open an announced list
            // nor stop a sentence (see AnnouncedListStart and StopAt), so the two calls below, made for every token,
            // are skipped for them (about 4 % of extract's instructions).
            if (IsWordWithoutPeriod(i) && (i == sentenceStart || !IsPunct(i - 1, ':')) && i + 1 - sentenceStart < SentenceSplitter.MaxSentenceTokens)
            {
                i++;
                continue;
            }

            var announced = default(ListState);
            int announcedEnd = i > sentenceStart ? AnnouncedListStart(i, end, out announced) : -1;
            if (announcedEnd > 0)
            {
                Add(ref sentences, sentenceStart, i, paragraphIndex);
                sentenceStart = i;
                list = announced;
                i = announcedEnd;
                continue;
            }

            int sentenceEnd = EndOfSentence(i, sentenceStart, end);
            if (sentenceEnd < 0 && i + 1 - sentenceStart >= SentenceSplitter.MaxSentenceTokens)
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

    /// <summary>The first token from <paramref name="i"/> (at most <paramref name="limit"/>) that is not a word without a period after a word or mark other than a colon.</summary>
    private int SkipPlainWords(int i, int limit)
    {
        // Only the first word can follow a colon: each later one follows a word the loop has stepped over.
        if (i >= limit || IsPunct(i - 1, ':'))
        {
            return i;
        }

        // The test of IsWordWithoutPeriod on locals, as this loop steps over most tokens of the text.
        var tokens = _tokens;
        string text = _text;
        while (i < limit)
        {
            var span = tokens[i].Span;
            if (tokens[i].Kind != TokenKind.Word || (span.Length != 1 && text[span.End - 1] == '.'))
            {
                break;
            }

            i++;
        }

        return i;
    }

    private void Add(ref PooledBuffer<Sentence> sentences, int first, int end, int paragraphIndex) =>
        sentences.Add(new Sentence(new TextSpan(_tokens[first].Span.Start, _tokens[end - 1].Span.End), first, end, paragraphIndex));

    /// <summary>
    /// If token <paramref name="i"/> is a stop that ends a sentence here, the exclusive end of that sentence
    /// (after its attached closing quotes and brackets); otherwise -1.
    /// </summary>
    private int EndOfSentence(int i, int sentenceStart, int end)
    {
        var stop = StopAt(i, sentenceStart);
        if (stop == Stop.None)
        {
            return -1;
        }

        if (i + 1 >= end)
        {
            return end;
        }

        if (IsInsideWord(i, sentenceStart, stop))
        {
            return -1;
        }

        int j = EndOfStopCluster(i, end, out bool closedQuote);
        if (j >= end || stop == Stop.Ideographic)
        {
            return j;
        }

        int m = FirstOfNextSentence(j, end);
        if (m >= end)
        {
            return end;
        }

        return StartsSentence(stop, i, sentenceStart, j, m, end, closedQuote) ? j : -1;
    }

    private Stop StopAt(int i, int sentenceStart)
    {
        var token = _tokens[i];
        if (token.Kind == TokenKind.Word)
        {
            return IsAbbreviation(i) ? Stop.Abbreviation : Stop.None;
        }

        if (token.Kind != TokenKind.Punctuation)
        {
            return Stop.None;
        }

        char c = FirstChar(i);
        if (c == '.' && token.Span.Length == 1)
        {
            return Stop.Period;
        }

        if (IsQuestionOrExclamation(i))
        {
            return IsExclamationName(i) ? Stop.Abbreviation : Stop.Strong;
        }

        if (IsEllipsis(i))
        {
            return i > sentenceStart ? Stop.Ellipsis : Stop.None;
        }

        return CharClass.IsIdeographicStop(c) ? Stop.Ideographic : Stop.None;
    }

    /// <summary>Whether the stop at <paramref name="i"/> is written inside a word or a bracket, where it ends nothing.</summary>
    private bool IsInsideWord(int i, int sentenceStart, Stop stop)
    {
        // "U.S arms", "U.K-based": an initialism written without its final period, the letters joined by the dot.
        if (stop == Stop.Period && i > sentenceStart && Attached(i) && Attached(i + 1) && _tokens[i - 1].Kind == TokenKind.Word
            && _tokens[i - 1].Span.Length == 1 && IsCapitalized(i - 1) && _tokens[i + 1].Kind == TokenKind.Word)
        {
            return true;
        }

        // An omission mark inside brackets ([...]) is not the end of anything.
        if (stop == Stop.Ellipsis && Attached(i) && _text[_tokens[i].Span.Start - 1] is '[' or '(')
        {
            return true;
        }

        // A mark with a letter right after it is part of a name: the click letter of !Xũ and !Kung (a space
        // before it), Y!J (short letter groups on both sides). "real life?Is this" only lacks its space.
        if (stop != Stop.Strong || !Attached(i + 1) || _tokens[i + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        const int MaxNameSegment = 2;
        return i == 0 || !Attached(i) || (_tokens[i - 1].Kind == TokenKind.Word && _tokens[i - 1].Span.Length <= MaxNameSegment && _tokens[i + 1].Span.Length <= MaxNameSegment);
    }

    /// <summary>
    /// The end of the stop at <paramref name="i"/> together with the rest of its punctuation cluster (<c>?!</c>,
    /// <c>!!</c>, <c>.”</c>) and the closing quotes and brackets attached to it.
    /// </summary>
    private int EndOfStopCluster(int i, int end, out bool closedQuote)
    {
        int j = i + 1;
        closedQuote = false;
        while (j < end)
        {
            var next = _tokens[j];
            bool attached = Attached(j);
            if (next.Kind == TokenKind.ClosingQuote || (next.Kind == TokenKind.AmbiguousQuote && attached))
            {
                closedQuote = true;
            }
            else if (!(attached && (IsClosingBracket(j) || IsPunct(j, '.') || IsQuestionOrExclamation(j) || IsEllipsis(j) || IsIdeographicStop(j))))
            {
                break;
            }

            j++;
        }

        // A reference mark written right after the stop belongs to the sentence it documents: martyr.[1] The …
        while (j < end && Attached(j) && IsPunct(j, '['))
        {
            int close = ReferenceMarkEnd(j, end);
            if (close < 0)
            {
                break;
            }

            j = close;
        }

        return j;
    }

    /// <summary>If a short bracketed reference (<c>[1]</c>, <c>[12, 14]</c>, <c>[citation needed]</c>) opens at <paramref name="open"/>, the end after its <c>]</c>; otherwise -1.</summary>
    private int ReferenceMarkEnd(int open, int end)
    {
        const int MaxReferenceTokens = 6; // [citation needed], [12, 14-16]: a reference mark is a few tokens, not a bracketed sentence
        for (int k = open + 1; k < end && k - open <= MaxReferenceTokens; k++)
        {
            if (IsPunct(k, ']'))
            {
                return k > open + 1 ? k + 1 : -1;
            }

            if (!(_tokens[k].Kind is TokenKind.Number or TokenKind.Word or TokenKind.Dash || IsPunct(k, ',')))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The first token after <paramref name="j"/> that is not an opening quote or bracket.</summary>
    private int FirstOfNextSentence(int j, int end)
    {
        int m = j;
        while (m < end && (_tokens[m].Kind is TokenKind.OpeningQuote or TokenKind.AmbiguousQuote || IsOpeningBracket(m)))
        {
            m++;
        }

        return m;
    }

    /// <summary>
    /// Whether what follows a stop starts a sentence: <paramref name="j"/> is the end of the stop's cluster and
    /// <paramref name="m"/> the first token after the opening quotes and brackets that follow it.
    /// </summary>
    private bool StartsSentence(Stop stop, int i, int sentenceStart, int j, int m, int end, bool closedQuote)
    {
        var following = _tokens[m];
        if (IsLowercaseWord(m))
        {
            return false; // “This is great.” she said. / Yahoo! in / (… engineer.) at
        }

        if (following.Kind == TokenKind.Number)
        {
            return stop != Stop.Abbreviation; // Oct. 7, p. 55 / $100.00. 5 …
        }

        if (following.Kind is TokenKind.Punctuation or TokenKind.Dash)
        {
            return PunctuationOpensSentence(stop, j, m, end);
        }

        bool capitalized = following.Kind is TokenKind.Word or TokenKind.Apostrophe && IsCapitalized(m);
        if (!capitalized)
        {
            return stop != Stop.Abbreviation; // a symbol, URL, handle: boundary after real punctuation only
        }

        if (closedQuote && m == j && IsAttribution(m, end, strict: stop != Stop.Strong))
        {
            return false; // “So what?” Harry said.
        }

        return stop switch
        {
            Stop.Period or Stop.Strong => true,
            Stop.Ellipsis => EllipsisEndsSentence(i, m),
            _ => AbbreviationEndsSentence(i, sentenceStart, m, end),
        };
    }

    /// <summary>Whether the punctuation at <paramref name="m"/>, right after a stop, opens the next sentence.</summary>
    private bool PunctuationOpensSentence(Stop stop, int j, int m, int end)
    {
        if (m != j || Attached(m) || m + 1 >= end || stop is not (Stop.Period or Stop.Strong))
        {
            return false;
        }

        // compounds. . . . The practice: the period ends the sentence and the ellipsis opens the next.
        if (stop == Stop.Period && IsEllipsis(m))
        {
            return IsCapitalized(m + 1);
        }

        // What do you see? - Posted like sentinels: a spaced dash before a capitalized word opens a sentence
        // the way a dialogue dash does ("and -- presto! -- the batter" goes on in lower case).
        return _tokens[m].Kind == TokenKind.Dash && _tokens[m + 1].Kind == TokenKind.Word && IsCapitalized(m + 1);
    }

    /// <summary>"… I didn’t mean it" continues; a four-dot ellipsis is a period plus an ellipsis.</summary>
    private bool EllipsisEndsSentence(int i, int next) => DotCount(i) >= 4 || !TextOf(next).SequenceEqual("I");

    private int DotCount(int i)
    {
        int dots = 0;
        foreach (char c in TextOf(i))
        {
            dots += c == '.' ? 1 : c == '\u2026' ? 3 : 0;
        }

        return dots;
    }
}

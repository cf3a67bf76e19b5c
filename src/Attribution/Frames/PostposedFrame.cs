using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames;

/// <summary>
/// The layout of a postposed frame, read once per cue and shared by the rules that tell its shapes apart
/// (<see cref="Rules.PostposedQuoteRule"/>, <see cref="Rules.PostposedClauseRule"/>,
/// <see cref="Rules.InterruptedQuoteRule"/>, <see cref="Rules.QuoteBeforeNextFrameRule"/>): the speaker
/// after or before the cue, the content before the frame, and what follows the frame to the sentence end.
/// </summary>
/// <param name="Speaker">The speaker: inverted after the cue (<c>said Smith</c>) or its subject (<c>Smith said</c>).</param>
/// <param name="Addressee">The addressee in the frame (<c>told reporters</c>, <c>said to the crowd</c>), or null.</param>
/// <param name="Content">The content before the frame.</param>
/// <param name="Tail">What follows the frame: <see cref="TailAccepted"/>, <see cref="TailRejected"/>, or the index of the quotation piece that continues an interrupted quote.</param>
/// <param name="AcrossSentences">Whether the content lies in the previous sentence (<c>“Q.” Smith said.</c>).</param>
internal readonly record struct PostposedFrame(Mention Speaker, Mention? Addressee, ContentMatch Content, int Tail, bool AcrossSentences)
{
    /// <summary>
    /// The reported clause goes on after the frame (<c>The deal, the minister said, would cost …</c>): the
    /// frame sits inside its content, which then has two fragments.
    /// </summary>
    public const int TailMedial = -3;

    /// <summary>The frame runs to the sentence end with only frame material (addressee, time, adverbs, an appositive).</summary>
    public const int TailAccepted = -1;

    /// <summary>Other words follow the frame before the sentence ends.</summary>
    public const int TailRejected = -2;

    /// <summary>The most tokens of a phrase set off by commas after the subject of a reported clause (<c>, mainly nausea,</c>).</summary>
    private const int MaxSetOffTokens = 6;

    /// <summary>The most tokens of a phrase set off after the subject before its verb (<c>, a former public defender who was first elected in 2017,</c> is longer and left alone).</summary>
    private const int MaxSetOffPhraseTokens = 10;

    /// <summary>The most tokens the tail of a frame may have before the sentence end.</summary>
    private const int MaxTailTokens = 18;

    /// <summary>Whether a second quotation piece continues the content after the frame (<c>“Q1,” he said, “Q2”</c>).</summary>
    public bool Interrupted => Tail >= 0;

    /// <summary>Whether the frame interrupts a reported clause that goes on after it (<see cref="TailMedial"/>).</summary>
    public bool Medial => Tail == TailMedial;

    /// <summary>The postposed frame around the cue, or null when the cue has no speaker set off by a comma or a closing mark, or no content before the frame.</summary>
    public static PostposedFrame? Read(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        var clause = f.Clause;
        var cue = site.Cue;
        int s = site.Sentence;
        int sFirst = site.SentenceFirst;
        int sLast = site.SentenceLast;
        int leftLimit = site.LeftLimit;
        int c0 = cue.First;
        int before = c0 - 1;
        if (before < 0 || RelativeClause.HoldsCue(f, site))
        {
            return null; // "“Q,” said Dale Ho, who argued the case": the relative clause is no frame of the quote
        }

        Mention? speaker = null;
        int boundary;
        int tailStart;
        bool inverted = before >= leftLimit - 1 && (r.IsPunct(before, ',') || clause.IsClosingMark(before));
        var subject = clause.SubjectBefore(c0, Math.Max(leftLimit, sFirst)) is { } sub
            && sub.FirstToken - 1 >= 0 && (r.IsPunct(sub.FirstToken - 1, ',') || clause.IsClosingMark(sub.FirstToken - 1))
            ? sub
            : (Mention?)null;

        // A verb whose object is its addressee reads its subject first: in "“Q,” Okafor, 52, told AFP" AFP is told, not telling.
        // "The mayor, a Democrat, confirmed the decision": a subject and its appositive before the verb, not a clause
        // before an inverted frame (the decision does not speak).
        bool subjectFirst = (subject is not null && cue.Entry.TakesAddressee) || (r.IsPunct(before, ',') && IsSubjectWithAppositive(clause, r, sFirst, before));
        if (inverted && !subjectFirst && clause.PhraseAt(cue.End, sLast + 1, allowObjectPronoun: false) is { } inv && !clause.IsCueAt(inv.LastToken + 1)
            && !OpensReportedClause(clause, r, inv, sLast))
        {
            speaker = inv;
            boundary = before;
            tailStart = inv.LastToken + 1;
        }
        else if (subject is { } subjectBefore)
        {
            speaker = subjectBefore;
            boundary = subjectBefore.FirstToken - 1;
            tailStart = cue.End;
        }
        else if (clause.IsClosingMark(before) && clause.PhraseAt(cue.End, sLast + 1, allowObjectPronoun: false) is { } inv2)
        {
            speaker = inv2;
            boundary = before;
            tailStart = inv2.LastToken + 1;
        }
        else
        {
            return null;
        }

        // "“Q.” Smith said." may be split after the quote; the frame then reaches back into the previous
        // sentence, but only inside the paragraph and only when the frame closes its own sentence
        // ("“Q.” ¶ Smith said the team …" and "“Q.” Smith said the team …" open a new statement).
        bool acrossSentences = boundary < sFirst;
        if (acrossSentences && (boundary < 0 || f.Sentences[f.SentenceOf[boundary]].Paragraph != f.Sentences[s].Paragraph))
        {
            return null;
        }

        Mention? addressee = null;
        if (speaker.Value.FirstToken < c0 && cue.Entry.TakesAddressee && clause.PhraseAt(cue.End, sLast + 1, allowObjectPronoun: true) is { } told)
        {
            addressee = told;
            tailStart = told.LastToken + 1;
        }

        // "It was, he conceded, a costly mistake": the words before the frame end with a verb group awaiting its complement.
        // A capitalised "May" there is the month ("Exports fell in May, the office said, adding …"), not the modal.
        bool leftAwaitsComplement = r.IsPunct(boundary, ',') && boundary - 2 >= sFirst && r.ClassOf(boundary - 1) == WordClass.Auxiliary
            && r.IsLowerWord(boundary - 1);
        int tail = ReadTail(f, tailStart, sLast, allowAppositive: speaker.Value.FirstToken > c0, leftAwaitsComplement, ref addressee, out int resume, out bool resumesWithClause);
        var left = f.Content.LeftContent(boundary, sFirst);
        if (tail == TailMedial)
        {
            var medial = acrossSentences || left is { Kind: StatementKind.Direct } ? null : f.Content.MedialContent(boundary, sFirst, resume, resumesWithClause);
            if (medial is { } whole)
            {
                return new PostposedFrame(speaker.Value, addressee, whole, TailMedial, AcrossSentences: false);
            }

            tail = TailAccepted; // not a clause around the frame: read the words after it as a trailing adjunct, as before
        }

        if (tail >= 0 && !acrossSentences && left is not { Kind: StatementKind.Direct } && clause.PhraseAt(sFirst, boundary, allowObjectPronoun: false) is { } quotedSubject
            && quotedSubject.LastToken == boundary - 1
            && f.Content.MedialContent(boundary, sFirst, f.Quotes.Pieces[tail].FirstToken, resumesWithClause: false) is { } quotedRest)
        {
            // "The Fed, she wrote in a post, “is ignoring the pain.”": the subject before the frame, its quoted predicate after.
            return new PostposedFrame(speaker.Value, addressee, quotedRest, TailMedial, AcrossSentences: false);
        }

        if (left is not { } content)
        {
            return null;
        }

        if (acrossSentences && content.Kind != StatementKind.Direct)
        {
            return null; // "He said, “Q.” She explained …": only a quote standing alone reaches forward to the next sentence's frame
        }

        return new PostposedFrame(speaker.Value, addressee, content, tail, acrossSentences);
    }

    /// <summary>
    /// Whether the phrase after the cue is the subject of a reported clause, its verb group next or after a phrase set off by
    /// commas (<c>Dr. Nair, an endocrinologist who ran no trials, said the side effects, mainly nausea, were "manageable"</c>):
    /// the words before the cue are its speaker and an appositive, not a clause before an inverted frame.
    /// </summary>
    private static bool OpensReportedClause(ClauseReader clause, TokenReader r, Mention phrase, int sLast)
    {
        int k = phrase.LastToken + 1;
        if (r.IsPunct(k, ','))
        {
            int close = k + 1;
            while (close < sLast && close - k <= MaxSetOffTokens && !r.IsPunct(close, ','))
            {
                close++;
            }

            if (!r.IsPunct(close, ','))
            {
                return false;
            }

            k = close + 1;
        }

        return clause.IsPredicateStart(k, sLast);
    }

    /// <summary>Whether the words from the sentence start to <paramref name="comma"/> are two noun phrases in apposition (<c>The mayor, a Democrat</c>).</summary>
    private static bool IsSubjectWithAppositive(ClauseReader clause, TokenReader r, int sFirst, int comma)
    {
        if (comma - 1 < sFirst)
        {
            return false;
        }

        if (IsSubjectWithSetOffPhrase(clause, r, sFirst, comma))
        {
            return true;
        }

        // One noun phrase alone may be the subject of a medial frame ("Institutional buyers, said Mauer, are …").
        return clause.PhraseEndingAt(comma - 1, sFirst) is { } last && r.IsPunct(last.FirstToken - 1, ',') && last.FirstToken - 2 >= sFirst
            && clause.PhraseEndingAt(last.FirstToken - 2, sFirst) is { } head && head.FirstToken == sFirst;
    }

    /// <summary>
    /// Whether the words from the sentence start to <paramref name="comma"/> are a noun phrase and a phrase set off after it
    /// that holds no verb of the sentence: an age (<c>Jane Ruiz, 52,</c>), a home (<c>Sen. Joan Whitaker, of Redding,</c>;
    /// <c>Jim Cole, from Dayton,</c>), a participle phrase (<c>Hsu, reached by phone,</c>) or a relative clause (<c>Ortiz, who
    /// lost the primary,</c>): the subject of the verb after the comma (<c>… praised the veto</c>, <c>… disputed her numbers</c>),
    /// not a clause before an inverted frame.
    /// </summary>
    private static bool IsSubjectWithSetOffPhrase(ClauseReader clause, TokenReader r, int sFirst, int comma)
    {
        int openingComma = comma - 1;
        while (openingComma > sFirst && comma - openingComma <= MaxSetOffPhraseTokens && !r.IsPunct(openingComma, ',') && r.Tokens[openingComma].Kind is TokenKind.Word or TokenKind.Number)
        {
            openingComma--;
        }

        int first = openingComma + 1;
        if (openingComma - 1 < sFirst || !r.IsPunct(openingComma, ',') || first >= comma)
        {
            return false;
        }

        bool age = first == comma - 1 && r.Tokens[first].Kind == TokenKind.Number;
        bool home = (r.Is(first, "of") || r.Is(first, "from")) && r.IsLowerWord(first) && AllCapitalized(r, first + 1, comma);
        bool participle = r.IsLowerWord(first) && (r.Text(first).EndsWith("ed", StringComparison.Ordinal) || FunctionWords.IsIrregularPast(r.Text(first)))
            && first + 1 < comma && r.ClassOf(first + 1) is WordClass.Preposition or WordClass.NounPreposition;
        bool relative = r.Is(first, "who") || r.Is(first, "whose");
        return (age || home || participle || relative)
            && clause.PhraseEndingAt(openingComma - 1, sFirst) is { } head && head.FirstToken == sFirst;
    }

    private static bool AllCapitalized(TokenReader r, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (!r.IsCapitalized(k))
            {
                return false;
            }
        }

        return end > first;
    }

    /// <summary>
    /// Checks that a postposed frame runs to the sentence end with only frame material (addressee,
    /// prepositional phrases, time, adverbs, an appositive); returns the piece index of an interrupted
    /// quotation's second part (<c>“Q1,” he said, “Q2”</c>), <see cref="TailMedial"/> with the token where the
    /// reported clause resumes, <see cref="TailAccepted"/> or <see cref="TailRejected"/>.
    /// </summary>
    private static int ReadTail(FrameContext f, int start, int sLast, bool allowAppositive, bool leftAwaitsComplement, ref Mention? addressee, out int resume, out bool resumesWithClause)
    {
        resume = -1;
        resumesWithClause = false;
        var r = f.Reader;
        var quotes = f.Quotes;
        var clause = f.Clause;
        int k = start;
        int steps = 0;
        bool inAppositive = false;
        while (k <= sLast && steps++ < MaxTailTokens)
        {
            if (k == sLast && r.Tokens[k].Kind == TokenKind.Punctuation && (r.IsPunct(k, '.') || r.IsPunct(k, '!') || r.IsPunct(k, '?') || r.Text(k)[0] == '…'))
            {
                return TailAccepted;
            }

            int piece = quotes.PieceOf(k);
            if (piece >= 0)
            {
                return quotes.Pieces[piece].FirstToken == k && r.IsPunct(k - 1, ',') ? piece : TailRejected;
            }

            if (r.IsPunct(k, ',') || r.IsPunct(k, ':'))
            {
                int next = k + 1;
                if (quotes.PieceOf(next) is int p and >= 0 && quotes.Pieces[p].FirstToken == next)
                {
                    return r.IsPunct(k, ',') ? p : TailRejected;
                }

                if (leftAwaitsComplement && next < sLast && r.IsWord(next) && r.ClassOf(next) is not (WordClass.Subordinator or WordClass.Coordinator))
                {
                    resume = next;
                    return TailMedial; // "It was, he conceded, | a costly mistake"
                }

                if (clause.IsCueAt(next) || ClauseBreaks.IsAdjunctStarter(r, next) || next > sLast)
                {
                    return TailAccepted;
                }

                if (allowAppositive && clause.PhraseAt(next, sLast + 1, allowObjectPronoun: false) is { } appositive)
                {
                    k = appositive.LastToken + 1;
                    inAppositive = true;
                    continue;
                }

                bool predicate = clause.IsPredicateStart(next, sLast);
                if (predicate || (!clause.IsCueAt(next) && clause.IsClauseStart(next, sLast, clausalVerb: false)
                    && r.ClassOf(next) is not (WordClass.Subordinator or WordClass.Coordinator) && !clause.IsWhWord(next)
                    && (r.TagsOf(next) & WordTags.RelativePronoun) == 0))
                {
                    resume = next;
                    resumesWithClause = !predicate;
                    return TailMedial; // "The deal, the minister said, would cost …"; "If talks fail, he said, the strike goes on."
                }

                return TailAccepted; // a trailing adjunct clause after the frame ("…, he said, as he left")
            }

            if (!r.IsWord(k) && r.Tokens[k].Kind != TokenKind.Number)
            {
                return k == sLast ? TailAccepted : TailRejected;
            }

            var cls = r.ClassOf(k);
            if (cls is WordClass.NounPreposition or WordClass.Preposition)
            {
                var np = clause.PhraseAt(k + 1, sLast + 1, allowObjectPronoun: true);
                if (np is null)
                {
                    k++;
                    continue;
                }

                // "…, said Tom Reyes, a longtime adviser to the governor": a phrase inside the appositive names no addressee.
                if (addressee is null && !inAppositive && (r.Is(k, "to") || (r.Is(k, "with") && r.Is(k - 1, "interview"))))
                {
                    addressee = np;
                }

                k = np.Value.LastToken + 1;
                continue;
            }

            if (cls == WordClass.Adverb || MentionFinder.IsTimeWord(r, k) || r.Tokens[k].Kind == TokenKind.Number
                || (r.IsLowerWord(k) && r.Text(k).EndsWith("ly", StringComparison.Ordinal))
                || (r.IsLowerWord(k) && r.Text(k).EndsWith("ed", StringComparison.Ordinal) && !clause.IsCueAt(k) && r.ClassOf(k + 1) is WordClass.NounPreposition or WordClass.Preposition))
            {
                k++; // "on Thursday", "later", "in an interview published on Thursday"
                continue;
            }

            return TailRejected;
        }

        return k > sLast ? TailAccepted : TailRejected;
    }
}

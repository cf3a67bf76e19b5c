using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>
/// First-person beliefs inside an attributed quotation: <c>“I think we have learned a lot,” the coach said.</c>
/// PARC 3.0 (and GUM) annotate the nested attribution beside the quote: source <c>I</c>, cue <c>think</c>,
/// content the clause after it; the entity stage resolves that <c>I</c> to the quote's speaker. Cues inside
/// quotations are otherwise never matched (a quotation is the speaker's words, not a frame), so this stage reads
/// only the one safe shape: <c>I</c> or <c>we</c> opening a clause, a belief verb (belief-verbs.txt) or a linking
/// verb and an adjective of belief (predicative-cues.txt), then a that-clause or a clause with its own subject.
/// <list type="bullet">
/// <item>Finds: <c>“I think his photography is as influential as his paintings,” she said.</c>; <c>“We know that the dam
/// is weak,” he said.</c>; <c>“I'm sure the talks will resume,” the envoy said.</c>; <c>“I suspect they won't do that,” he said.</c></item>
/// <item>Leaves: a quotation no statement holds (a title, a scare quote); <c>“I think so,”</c>, <c>“I feel great,”</c>,
/// <c>“I know the area well,”</c> (no clause).</item>
/// <item>Medially set off (<c>“That, I think, was the turning point”</c>), the content is the clause around the belief, in two fragments.</item>
/// </list>
/// Linear: each quotation piece held by a statement is scanned once.
/// </summary>
internal static class NestedBeliefFinder
{
    /// <summary>How many auxiliaries and adverbs may stand between the pronoun and the cue (<c>I really don't think</c>).</summary>
    private const int MaxVerbGroupTokens = 3;

    /// <summary>How far a verb is sought after the subject of a clause whose verb is not clausal (<c>I know the city cannot pay</c>).</summary>
    private const int MaxSubjectTokens = 6;

    /// <summary>The fewest tokens a content may have (<c>it works</c> is too short to tell from <c>I think so</c>).</summary>
    private const int MinContentTokens = 2;

    private static readonly string[] BeForms = ["am", "'m", "’m", "are", "'re", "’re", "was", "were", "is"];

    /// <summary>Adds a candidate for every first-person belief nested in a quotation that <paramref name="kept"/> holds; <paramref name="kept"/> stays in content order.</summary>
    public static void Add(TokenReader r, QuoteLayout quotes, int[] sentenceOf, List<Candidate> kept)
    {
        List<Candidate>? added = null;
        int next = 0;
        int heldTo = -1; // the furthest end of the direct or mixed contents that start at or before the current piece
        var pieces = quotes.Pieces;
        for (int p = 0; p < pieces.Count; p++) // an index loop: foreach over the interface would box its enumerator per document
        {
            var piece = pieces[p];
            for (; next < kept.Count && kept[next].Draft.Content.Start <= piece.Span.Start; next++)
            {
                if (kept[next].Draft.Kind != StatementKind.Indirect && kept[next].Draft.Speaker is not null)
                {
                    heldTo = Math.Max(heldTo, kept[next].Draft.Content.End);
                }
            }

            if (heldTo < piece.Span.End)
            {
                continue; // a title or a scare quote: no one is quoted, so no one believes
            }

            for (int t = piece.FirstToken + 1; t < piece.LastToken; t++)
            {
                if (Match(r, quotes, sentenceOf, piece, t) is { } found)
                {
                    (added ??= []).Add(found);
                    t = found.LastToken;
                }
            }
        }

        if (added is not null)
        {
            kept.AddRange(added);
            kept.Sort(static (a, b) => a.Draft.Content.CompareTo(b.Draft.Content));
        }
    }

    private static Candidate? Match(TokenReader r, QuoteLayout quotes, int[] sentenceOf, QuotePiece piece, int subject)
    {
        if (!(r.Is(subject, "I") && r.IsCapitalized(subject) || r.Is(subject, "we")) || !OpensClause(r, sentenceOf, piece, subject))
        {
            return null;
        }

        int k = subject + 1;
        bool linked = false; // "I'm", "we are": an adjective of belief may follow
        for (int n = 0; n < MaxVerbGroupTokens && k < piece.LastToken && (r.ClassOf(k) is WordClass.Auxiliary or WordClass.Adverb || IsBeForm(r, k) || IsLyAdverb(r, k)); n++)
        {
            linked |= IsBeForm(r, k);
            k++;
        }

        if (k >= piece.LastToken || !r.IsLowerWord(k))
        {
            return null;
        }

        CueEntry? cue = null;
        if (linked && r.Lexicons.TryGetPredicativeCue(r.Text(k), out var adjective))
        {
            cue = adjective; // "I'm sure …", "we are confident that …"
        }
        else if (!linked && r.Lexicons.TryGetCue(r.Text(k), out var verb) && verb.Class == CueClass.Belief && verb.Form is VerbForm.Base or VerbForm.Past)
        {
            cue = verb; // "I think …", "we feared …"
        }

        if (cue is null)
        {
            return null;
        }

        int sentenceLast = r.Document.Sentences[sentenceOf[k]].EndToken - 1;
        int last = Math.Min(piece.LastToken - 1, sentenceLast);
        if (r.IsPunct(k + 1, ',') && r.IsPunct(subject - 1, ','))
        {
            return Medial(r, sentenceOf, piece, subject, k, cue, last);
        }

        int start = k + 1;
        bool that = r.Is(start, "that") && r.ClassOf(start + 1) != WordClass.Auxiliary;
        if (that)
        {
            start++;
        }
        else if (!OpensReportedClause(r, start, last, cue))
        {
            return null;
        }

        int end = ContentEnd(r, start, last);
        if (end - start + 1 < MinContentTokens)
        {
            return null;
        }

        return Belief(r, sentenceOf, subject, k, cue, start, end, fragments: null);
    }

    /// <summary>
    /// <c>“The economy will, | I think, | recover next year”</c>, <c>“That, I believe, was the turning point”</c>: a belief set off by
    /// commas inside the clause it comments on. PARC's content is the clause around it, in two pieces: from the clause's
    /// start in the quotation (or after a semicolon, colon or dash) to the first comma, and from the second comma to the
    /// clause's end. A lone discourse word before it (<c>Well, I think, …</c>) opens no clause: null.
    /// </summary>
    private static Candidate? Medial(TokenReader r, int[] sentenceOf, QuotePiece piece, int subject, int cueToken, CueEntry cue, int last)
    {
        int leftLast = subject - 2;
        int leftFirst = leftLast;
        while (leftFirst - 1 > piece.FirstToken && sentenceOf[leftFirst - 1] == sentenceOf[leftLast] && !IsClauseBreak(r, leftFirst - 1))
        {
            leftFirst--; // bounded by the quotation piece, and run only for a set-off belief
        }

        int rightFirst = cueToken + 2;
        if (leftLast <= piece.FirstToken || IsClauseBreak(r, leftLast) || !r.IsWord(leftLast) || rightFirst > last || !r.IsWord(rightFirst))
        {
            return null;
        }

        if (leftFirst == leftLast && (r.ClassOf(leftFirst) is WordClass.Adverb or WordClass.Coordinator || r.Is(leftFirst, "well") || r.Is(leftFirst, "yes") || r.Is(leftFirst, "no") || r.Is(leftFirst, "oh")))
        {
            return null;
        }

        int rightEnd = ContentEnd(r, rightFirst, last);
        if (rightEnd - rightFirst + 1 < MinContentTokens)
        {
            return null;
        }

        return Belief(r, sentenceOf, subject, cueToken, cue, leftFirst, rightEnd, [r.SpanOf(leftFirst, leftLast), r.SpanOf(rightFirst, rightEnd)]);
    }

    /// <summary>The belief statement of a first-person <paramref name="subject"/> and its cue, content from <paramref name="first"/> to <paramref name="last"/>.</summary>
    private static Candidate Belief(TokenReader r, int[] sentenceOf, int subject, int cueToken, CueEntry cue, int first, int last, List<TextSpan>? fragments)
    {
        var speaker = new Mention(r.SpanOf(subject, subject), subject, subject, MentionKind.Pronoun);
        var draft = new StatementDraft
        {
            Kind = StatementKind.Indirect,
            Content = r.SpanOf(first, last),
            Fragments = fragments,
            Cue = r.SpanOf(cueToken, cueToken),
            CueLemma = cue.Lemma,
            Speaker = speaker.Span,
            SpeakerKind = MentionKind.Pronoun,
            FrameSentence = sentenceOf[cueToken],
            IsSpeech = false,
            InsideQuote = true,
            Rule = nameof(NestedBeliefFinder),
            Confidence = FrameConfidence.NestedBelief,
        };
        return new Candidate(draft, speaker, null, -1, sentenceOf[cueToken], sentenceOf[last], last);
    }

    private static bool IsClauseBreak(TokenReader r, int k) =>
        r.IsPunct(k, ';') || r.IsPunct(k, ':') || r.Tokens[k].Kind == Text.TokenKind.Dash || r.IsQuoteMark(k);

    // "“I think …", "…, I think …", "… and I think …", "… because we know …": the pronoun starts a clause.
    private static bool OpensClause(TokenReader r, int[] sentenceOf, QuotePiece piece, int subject)
    {
        int before = subject - 1;
        return before == piece.FirstToken || sentenceOf[before] != sentenceOf[subject] || r.IsPunct(before, ',') || r.IsPunct(before, ';')
            || r.IsPunct(before, ':') || r.Tokens[before].Kind == Text.TokenKind.Dash
            || r.ClassOf(before) is WordClass.Coordinator or WordClass.Subordinator || r.Is(before, "that");
    }

    // "I really think", "we honestly believe": the adverbs the function-word table does not list.
    private static bool IsLyAdverb(TokenReader r, int k) => r.IsLowerWord(k) && r.Text(k).EndsWith("ly", StringComparison.Ordinal) && !r.IsNoun(k);

    private static bool IsBeForm(TokenReader r, int k)
    {
        foreach (var form in BeForms)
        {
            if (r.Is(k, form))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words at <paramref name="start"/> open a reported clause with no "that": a wh-word, or a subject
    /// (a pronoun, <c>there</c>, a determiner, a name, a number) — and, after a verb that also takes objects
    /// (<c>know</c>, <c>remember</c>, <c>feel</c>), a verb within a few words (<c>I know the area well</c> is an object).
    /// </summary>
    private static bool OpensReportedClause(TokenReader r, int start, int last, CueEntry cue)
    {
        if (start > last || !r.IsWord(start))
        {
            return false;
        }

        if (r.Is(start, "whether") || r.Is(start, "if") || r.Is(start, "why") || r.Is(start, "how") || r.Is(start, "what") || r.Is(start, "which") || r.Is(start, "where"))
        {
            return true;
        }

        bool subjectStart = (r.IsPronoun(start) && r.ClassOf(start) != WordClass.ObjectPronoun) || r.Is(start, "there")
            || r.ClassOf(start) == WordClass.Determiner || r.IsCapitalized(start) || r.Tokens[start].Kind == Text.TokenKind.Number;
        if (!subjectStart || r.Is(start, "so") || r.Is(start, "no"))
        {
            return false;
        }

        if (cue.Clausal && (r.IsPronoun(start) || r.Is(start, "there")))
        {
            return true;
        }

        for (int k = start + 1; k <= last && k - start <= MaxSubjectTokens && !r.IsPunct(k, ','); k++)
        {
            var word = r.Text(k);
            if (r.ClassOf(k) == WordClass.Auxiliary || (r.IsLowerWord(k) && word.EndsWith("ed", StringComparison.Ordinal) && !r.IsNoun(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last token of the content: the end of the sentence or the quotation, or before a semicolon, a dash or a new clause after a comma.</summary>
    private static int ContentEnd(TokenReader r, int start, int last)
    {
        int end = start;
        for (int k = start; k <= last; k++)
        {
            if (r.IsPunct(k, ';') || r.Tokens[k].Kind == Text.TokenKind.Dash || r.IsQuoteMark(k))
            {
                break;
            }

            if (r.IsPunct(k, ',') && (ClauseBreaks.IsAdjunctStarter(r, k + 1) || StartsNewClause(r, k + 1)))
            {
                break; // "I suspect they won't do it, we've tried so far": a second clause spliced on
            }

            end = k;
        }

        while (end > start && r.Tokens[end].Kind == Text.TokenKind.Punctuation && !r.IsPunct(end, '?') && !r.IsPunct(end, '!') && !r.IsPunct(end, ')'))
        {
            end--;
        }

        return end;
    }

    // ", we've tried", ", so we …", ", and I …": a subject pronoun and its verb, or a connective.
    private static bool StartsNewClause(TokenReader r, int k) =>
        r.ClassOf(k) is WordClass.Coordinator or WordClass.Subordinator
        || (r.IsPronoun(k) && r.ClassOf(k) != WordClass.ObjectPronoun && r.ClassOf(k + 1) is WordClass.Auxiliary or WordClass.None);
}

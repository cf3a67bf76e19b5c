using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Quotes;

namespace Attribution.Frames;

/// <summary>
/// Quotations nested in an attributed quotation, with a frame of their own inside it: <c>“I told them, ‘This bridge
/// will not last another winter,’ and nobody listened,” she said.</c> PARC 3.0 (and GUM) annotate the nested quote
/// beside the outer one: source <c>I</c>, cue <c>told</c>, content the inner quotation; the entity stage resolves a
/// first-person source to the outer quote's speaker. Cues inside quotations are otherwise never matched, so this
/// stage reads only the two plain shapes, both inside the outer quotation and in one sentence:
/// <list type="bullet">
/// <item>a subject, a cue of speech or thought (and an object pronoun or <c>to</c> and one as the listener), then a
/// comma or colon and the inner quotation: <c>He looked at me and said, ‘Coach, I'm done.’</c>; <c>I thought,
/// ‘OK, I'll do it.’</c>; <c>My mother told me: ‘Never sign anything you have not read.’</c></item>
/// <item>a gerund of speech after a verb group and its subject, then the inner quotation, a sentence: <c>He kept saying
/// ‘We'll deal with it next year,’ over and over.</c></item>
/// <item>the inner quotation, then its frame closing the clause: <c>‘We are done here,’ he said, and walked out.</c>;
/// <c>‘Not again,’ said the foreman.</c></item>
/// </list>
/// Leaves: an inner quotation with no such frame (a scare quote, a title, a word: <c>our crews said ‘no’ to the
/// overtime</c>, with no comma or colon before it); a quotation nested in one no statement holds (a title, a scare quote).
/// Linear: each nested quotation is looked at once, its frame within a few tokens of its marks.
/// </summary>
internal static class NestedQuoteFinder
{
    /// <summary>How many auxiliaries and adverbs may stand between the subject and the cue (<c>I always used to say</c>).</summary>
    private const int MaxVerbGroupTokens = 3;

    /// <summary>The fewest tokens between the marks of a quotation after a gerund: a sentence, not a quoted word (<c>kept saying ‘maybe’</c>).</summary>
    private const int MinGerundQuoteTokens = 4;

    /// <summary>Adds a candidate for every framed quotation nested in a quotation that <paramref name="kept"/> holds; <paramref name="kept"/> stays in content order.</summary>
    public static void Add(TokenReader r, Quote[] quotes, QuoteLayout layout, int[] sentenceOf, List<Candidate> kept)
    {
        List<Candidate>? added = null;
        foreach (var inner in quotes)
        {
            if (inner.Depth == 0 || !inner.IsClosed || inner.CloseToken - inner.OpenToken < 2 || layout.PieceOf(inner.OpenToken) is not (>= 0 and var p))
            {
                continue;
            }

            var outer = layout.Pieces[p];
            if (layout.PieceOf(inner.CloseToken) != p || !IsHeld(kept, outer))
            {
                continue; // a quotation inside a title or a scare quote: no one is quoted
            }

            var found = FrameBefore(r, sentenceOf, outer, inner) ?? FrameAfter(r, sentenceOf, outer, inner);
            if (found is { } candidate)
            {
                (added ??= []).Add(candidate);
            }
        }

        if (added is not null)
        {
            kept.AddRange(added);
            kept.Sort(static (a, b) => a.Draft.Content.CompareTo(b.Draft.Content));
        }
    }

    /// <summary>Whether a direct or mixed statement with a speaker holds the whole outer piece.</summary>
    private static bool IsHeld(List<Candidate> kept, QuotePiece outer)
    {
        foreach (var c in kept)
        {
            var d = c.Draft;
            if (d.Kind != StatementKind.Indirect && d.Speaker is not null && !d.InsideQuote
                && d.Content.Start <= outer.Span.Start && d.Content.End >= outer.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>S [aux] CUE [listener] [,:] ‘Q’</c> inside the outer quotation.</summary>
    private static Candidate? FrameBefore(TokenReader r, int[] sentenceOf, QuotePiece outer, Quote inner)
    {
        int open = inner.OpenToken;
        int k = open - 1;
        int limit = Math.Max(outer.FirstToken + 1, r.Document.Sentences[sentenceOf[open]].FirstToken);
        if (GerundFrame(r, sentenceOf, inner, limit) is { } afterGerund)
        {
            return afterGerund;
        }

        if (!(r.IsPunct(k, ',') || r.IsPunct(k, ':')))
        {
            return null; // "said ‘no’ to the overtime": a word quoted in the clause, no reported speech
        }

        k--;
        int listenerLast = -1;
        if (k > limit && r.ClassOf(k) == WordClass.ObjectPronoun)
        {
            listenerLast = k; // "told them, ‘…’", "said to me, ‘…’"
            k -= r.Is(k - 1, "to") ? 2 : 1;
        }

        if (k <= limit || CueAt(r, k) is not { } cue || (listenerLast >= 0 && !cue.TakesAddressee && !r.Is(k + 1, "to")))
        {
            return null;
        }

        var speaker = MentionFinder.SubjectBefore(r, k, limit) ?? SharedSubject(r, k, limit);
        if (speaker is not { } subject || subject.LastToken >= k)
        {
            return null;
        }

        Mention? listener = listenerLast >= 0 ? new Mention(r.SpanOf(listenerLast, listenerLast), listenerLast, listenerLast, MentionKind.Pronoun) : null;
        return Nested(r, sentenceOf, inner, k, cue, subject, listener);
    }

    /// <summary>
    /// <c>S [kept|was] saying [,:] ‘Q’</c> inside the outer quotation: a gerund of speech straight before a quoted sentence
    /// (<c>“He kept saying ‘We'll deal with it next year,’ over and over,” she said</c>). The quotation must read as a
    /// sentence, its own punctuation closing it inside the marks, so <c>kept saying ‘maybe’</c> stays a quoted word; the
    /// speaker is the subject of the verb group (<c>He kept</c>, <c>My father was always</c>).
    /// </summary>
    private static Candidate? GerundFrame(TokenReader r, int[] sentenceOf, Quote inner, int limit)
    {
        int open = inner.OpenToken;
        int cueToken = r.IsPunct(open - 1, ',') || r.IsPunct(open - 1, ':') ? open - 2 : open - 1;
        int close = inner.CloseToken;
        if (cueToken <= limit || !r.IsLowerWord(cueToken) || !r.Lexicons.TryGetCue(r.Text(cueToken), out var cue) || cue.Form != VerbForm.Gerund
            || cue.IsPhrasal || cue.IsNominal || cue.Class != CueClass.Speech || close - open < MinGerundQuoteTokens
            || !(r.IsPunct(close - 1, ',') || r.IsPunct(close - 1, '.') || r.IsPunct(close - 1, '?') || r.IsPunct(close - 1, '!')))
        {
            return null;
        }

        int verb = cueToken - 1;
        Mention? speaker;
        if (r.ClassOf(verb) is WordClass.Auxiliary or WordClass.Adverb)
        {
            speaker = MentionFinder.SubjectBefore(r, cueToken, limit); // "My father was always saying"
        }
        else if (r.IsLowerWord(verb) && r.ClassOf(verb) == WordClass.None && !r.IsNoun(verb))
        {
            // "He kept saying", "The landlord keeps saying": the verb the gerund complements, right after its subject.
            speaker = MentionFinder.SubjectBefore(r, verb, limit) is { } subject && subject.LastToken == verb - 1 ? subject : null;
        }
        else
        {
            return null; // "left without saying ‘…’": no verb group before the gerund
        }

        if (speaker is not { } found || found.LastToken >= verb)
        {
            return null;
        }

        return Nested(r, sentenceOf, inner, cueToken, cue, found, null);
    }

    /// <summary><c>‘Q,’ S CUE</c> or <c>‘Q,’ CUE S</c> inside the outer quotation, the frame closing its clause.</summary>
    private static Candidate? FrameAfter(TokenReader r, int[] sentenceOf, QuotePiece outer, Quote inner)
    {
        int close = inner.CloseToken;
        if (!(r.IsPunct(close - 1, ',') || r.IsPunct(close - 1, '?') || r.IsPunct(close - 1, '!')))
        {
            return null; // "the ‘fair share’ he talked about": a quoted phrase, not a quoted sentence
        }

        int sentenceLast = r.Document.Sentences[sentenceOf[close]].EndToken - 1;
        int limit = Math.Min(outer.LastToken - 1, sentenceLast);
        int k = close + 1;
        Mention subject;
        int cueToken;
        if (k <= limit && CueAt(r, k) is not null && MentionFinder.PhraseStartingAt(r, k + 1, limit + 1, allowObjectPronoun: false) is { } inverted
            && r.ClassOf(k + 1) != WordClass.Auxiliary)
        {
            cueToken = k; // "‘Not again,’ said the foreman"
            subject = inverted;
            k = inverted.LastToken + 1;
        }
        else if (k <= limit && MentionFinder.PhraseStartingAt(r, k, limit + 1, allowObjectPronoun: false) is { } before)
        {
            cueToken = before.LastToken + 1;
            for (int n = 0; n < MaxVerbGroupTokens && cueToken <= limit && r.ClassOf(cueToken) is WordClass.Auxiliary or WordClass.Adverb; n++)
            {
                cueToken++;
            }

            if (cueToken > limit || CueAt(r, cueToken) is null)
            {
                return null;
            }

            subject = before;
            k = cueToken + 1;
        }
        else
        {
            return null;
        }

        // The frame closes its clause: a comma, a stop, a dash or the outer closing mark follows ("he said, and walked out").
        if (k <= outer.LastToken && !(r.IsPunct(k, ',') || r.IsPunct(k, '.') || r.IsPunct(k, ';') || r.Tokens[k].Kind == Text.TokenKind.Dash || k == outer.LastToken))
        {
            return null;
        }

        return Nested(r, sentenceOf, inner, cueToken, CueAt(r, cueToken)!, subject, null);
    }

    /// <summary>A cue of speech or thought in a finite or bare form at <paramref name="k"/> (<c>said</c>, <c>says</c>, <c>thought</c>, <c>tell</c>), not a gerund.</summary>
    private static CueEntry? CueAt(TokenReader r, int k) =>
        r.IsLowerWord(k) && r.Lexicons.TryGetCue(r.Text(k), out var cue) && !cue.IsPhrasal && !cue.IsNominal && !cue.IsPredicative
        && cue.Class is CueClass.Speech or CueClass.Belief && cue.Form is VerbForm.Base or VerbForm.ThirdPerson or VerbForm.Past
            ? cue
            : null;

    /// <summary>
    /// The subject of a cue after <c>and</c> that shares it with the verb before (<c>He looked at me and said</c>):
    /// a pronoun or a name opening the clause, after the outer mark, a comma or a subordinator.
    /// </summary>
    private static Mention? SharedSubject(TokenReader r, int cue, int limit)
    {
        if (!r.Is(cue - 1, "and"))
        {
            return null;
        }

        int start = cue - 2;
        while (start > limit && !r.IsPunct(start - 1, ',') && r.ClassOf(start - 1) != WordClass.Subordinator && !r.IsQuoteMark(start - 1))
        {
            start--;
        }

        return MentionFinder.PhraseStartingAt(r, start, cue - 1, allowObjectPronoun: false) is { } subject && subject.LastToken < cue - 2
            && (subject.Kind is MentionKind.Pronoun or MentionKind.Name)
            ? subject
            : null;
    }

    private static Candidate Nested(TokenReader r, int[] sentenceOf, Quote inner, int cueToken, CueEntry cue, Mention speaker, Mention? listener)
    {
        var draft = new StatementDraft
        {
            Kind = StatementKind.Direct,
            Content = r.SpanOf(inner.OpenToken, inner.CloseToken),
            Cue = r.SpanOf(cueToken, cueToken),
            CueLemma = cue.Lemma,
            Speaker = speaker.Span,
            SpeakerKind = speaker.Kind,
            Addressee = listener?.Span,
            FrameSentence = sentenceOf[cueToken],
            IsSpeech = cue.Class != CueClass.Belief,
            InsideQuote = true,
            Rule = nameof(NestedQuoteFinder),
            Confidence = FrameConfidence.NestedQuote,
        };
        int last = Math.Max(inner.CloseToken, cueToken);
        return new Candidate(draft, speaker, listener, -1, sentenceOf[cueToken], sentenceOf[last], last);
    }
}

using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Pipeline;
using Attribution.Quotes;

namespace Attribution.Frames;

/// <summary>
/// Finds declines: <c>S declined to comment</c>, <c>S did not (immediately) respond to a request for comment</c>,
/// <c>S could not be reached for comment</c>, <c>S refused to say</c>, <c>S would not comment</c>. The phrases live in
/// <c>Lexicons/Data/decline-cues.txt</c>. A decline has a speaker, cue, addressee and time like a statement, but no
/// content, so it is never a statement. Stateless and thread-safe; one pass over the tokens, each match looking at
/// a bounded window.
/// </summary>
internal static class DeclineFinder
{
    public static List<StatementDraft> Find(Document document, Quote[] quotes, LexiconSet lexicons, IReadOnlyList<StatementDraft> statements)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(statements);
        var found = new List<StatementDraft>();
        if (document.Tokens.Length == 0 || document.Sentences.Length == 0)
        {
            return found;
        }

        var cues = DeclineCues.Default;
        var usedCues = CuesOf(statements);
        Array.Sort(usedCues);
        var sentenceOf = document.SentenceOfToken;
        var r = document.ReaderFor(lexicons);
        using var ownLayout = ReferenceEquals(quotes, document.Quotes) ? null : new QuoteLayout(document, quotes, sentenceOf);
        var layout = ownLayout ?? document.QuoteLayout;
        // Most words start no decline phrase: the document's per-token roles step over them without the look-up.
        for (int t = r.NextWithRole(0, WordRoles.DeclineStart); t < r.Count; t = r.NextWithRole(t + 1, WordRoles.DeclineStart))
        {
            if (!r.IsWord(t) || layout.IsQuoted(t) || !cues.TryGetPhrases(r.Text(t), r.WordHash(t), out var phrases))
            {
                continue;
            }

            int sentenceFirst = document.Sentences[sentenceOf[t]].FirstToken;
            int sentenceEnd = document.Sentences[sentenceOf[t]].EndToken;
            foreach (var phrase in phrases)
            {
                if (phrase.Form == VerbForm.Gerund || !RestMatches(r, layout, t, phrase, sentenceEnd))
                {
                    continue;
                }

                int first = phrase.Negated ? NegatedStart(r, cues, t, sentenceFirst) : PlainStart(r, t, sentenceFirst);
                if (first < 0)
                {
                    continue;
                }

                int last = t + phrase.Rest.Length;
                var cue = r.SpanOf(first, last);
                if (ClaimedByStatement(usedCues, cue))
                {
                    break;
                }

                found.Add(Make(r, first, last, cue, phrase.Lemma, sentenceFirst, sentenceEnd, sentenceOf[t], statements));
                t = last;
                break;
            }
        }

        return found;
    }

    /// <summary>How many auxiliaries, adverbs and negations may open a decline's verb group (<c>would still not comment</c>).</summary>
    private const int MaxDeclineVerbGroupWords = 3;

    /// <summary>
    /// Whether a decline phrase (<c>refused to say</c>, <c>would not comment</c>) starts at <paramref name="k"/>, after at
    /// most a few auxiliaries and adverbs: what ends a statement's content at <c>and</c> or <c>but</c> (<c>said the talks
    /// had stalled but would not comment on the offer</c>).
    /// </summary>
    public static bool StartsAt(TokenReader r, int k, int sentenceEnd)
    {
        var cues = DeclineCues.Default;
        bool negated = false;
        int v = k;
        while (v < sentenceEnd && v - k < MaxDeclineVerbGroupWords && r.IsWord(v)
            && (r.ClassOf(v) is WordClass.Auxiliary or WordClass.Adverb || IsNegation(r, v) || cues.IsInterveningAdverb(r.Text(v))))
        {
            negated |= IsNegation(r, v);
            v++;
        }

        if (v >= sentenceEnd || !r.IsLowerWord(v) || !r.HasRole(v, WordRoles.DeclineStart) || !cues.TryGetPhrases(r.Text(v), r.WordHash(v), out var phrases))
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (phrase.Form == VerbForm.Gerund || (phrase.Negated && !negated) || (!phrase.Negated && v > k && r.Is(v - 1, "to")))
            {
                continue;
            }

            bool matches = v + phrase.Rest.Length < sentenceEnd;
            for (int w = 0; w < phrase.Rest.Length && matches; w++)
            {
                matches = r.Is(v + 1 + w, phrase.Rest[w]);
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegation(TokenReader r, int k) => r.Is(k, "not") || r.Is(k, "n't") || r.Is(k, "n’t") || r.Is(k, "never");

    /// <summary>The cue spans of <paramref name="statements"/>, in one exact array (no iterators per document).</summary>
    private static TextSpan[] CuesOf(IReadOnlyList<StatementDraft> statements)
    {
        int count = 0;
        for (int i = 0; i < statements.Count; i++)
        {
            count += statements[i].Cue is null ? 0 : 1;
        }

        var cues = count == 0 ? [] : new TextSpan[count];
        int at = 0;
        for (int i = 0; i < statements.Count; i++)
        {
            if (statements[i].Cue is { } cue)
            {
                cues[at++] = cue;
            }
        }

        return cues;
    }

    private static bool RestMatches(TokenReader r, QuoteLayout layout, int t, DeclineCue phrase, int sentenceEnd)
    {
        for (int k = 0; k < phrase.Rest.Length; k++)
        {
            int i = t + 1 + k;
            if (i >= sentenceEnd || layout.IsQuoted(i) || !r.Is(i, phrase.Rest[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first token of a negated cue: the auxiliary of <c>did not</c>, <c>could not</c>, <c>has not yet</c>
    /// (<c>didn't</c> is one word and a clitic), with at most one listed adverb before the phrase; -1 when the
    /// phrase is not negated.
    /// </summary>
    private static int NegatedStart(TokenReader r, DeclineCues cues, int t, int sentenceFirst)
    {
        int k = t - 1;
        if (k >= sentenceFirst && cues.IsInterveningAdverb(r.Text(k)))
        {
            k--;
        }

        if (k < sentenceFirst || !IsNegation(r, k))
        {
            return -1;
        }

        int auxiliary = k - 1;
        if (auxiliary >= sentenceFirst && cues.IsInterveningAdverb(r.Text(auxiliary)))
        {
            auxiliary--; // "could immediately not be reached" is rare, "has still not" is not listed: one adverb at most
        }

        return auxiliary >= sentenceFirst && r.ClassOf(auxiliary) == WordClass.Auxiliary ? auxiliary : -1;
    }

    /// <summary>The first token of a plain cue: the verb itself, unless an infinitive marker makes it not a finite act (<c>plans to decline</c>).</summary>
    private static int PlainStart(TokenReader r, int t, int sentenceFirst) =>
        t - 1 >= sentenceFirst && r.Is(t - 1, "to") ? -1 : t;

    /// <summary>A cue word that a statement already uses (a frame rule took it) is not also a decline.</summary>
    /// <param name="usedCues">The statements' cues, sorted; cues never overlap one another, so their ends are sorted too.</param>
    /// <param name="cue">The decline cue.</param>
    private static bool ClaimedByStatement(TextSpan[] usedCues, TextSpan cue)
    {
        int lo = 0, hi = usedCues.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (usedCues[mid].End <= cue.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < usedCues.Length && usedCues[lo].OverlapsWith(cue);
    }

    private static StatementDraft Make(TokenReader r, int first, int last, TextSpan cue, string lemma, int sentenceFirst, int sentenceEnd, int sentence,
        IReadOnlyList<StatementDraft> statements)
    {
        var speaker = MentionFinder.SubjectBefore(r, first, sentenceFirst);
        var sharedSpeaker = speaker is null ? SharedSpeaker(r, statements, first, sentenceFirst, sentence) : null;
        Mention? addressee = null;
        if (r.Is(last + 1, "to") && last + 2 < sentenceEnd)
        {
            addressee = MentionFinder.PhraseStartingAt(r, last + 2, sentenceEnd, allowObjectPronoun: true);
        }

        return new StatementDraft
        {
            Kind = StatementKind.Indirect,
            Content = new TextSpan(cue.End, cue.End),
            Cue = cue,
            CueLemma = lemma,
            Speaker = speaker?.Span ?? sharedSpeaker?.Speaker,
            SpeakerKind = speaker?.Kind ?? sharedSpeaker?.SpeakerKind ?? MentionKind.Nominal,
            Addressee = addressee?.Span,
            FrameSentence = sentence,
            Confidence = speaker is null && sharedSpeaker is null ? FrameConfidence.DeclineWithoutSpeaker : FrameConfidence.DeclineWithSpeaker,
        };
    }

    /// <summary>
    /// <c>Whitfield said the company would close 40 stores, but declined to say how many jobs would go</c>: a decline
    /// after <c>and</c> or <c>but</c> with no subject of its own shares the speaker of the sentence's last statement
    /// before it; null when there is none.
    /// </summary>
    private static StatementDraft? SharedSpeaker(TokenReader r, IReadOnlyList<StatementDraft> statements, int first, int sentenceFirst, int sentence)
    {
        int before = first - 1;
        if (before <= sentenceFirst || !(r.ClassOf(before) == WordClass.Coordinator || r.Is(before, "but")))
        {
            return null;
        }

        // The statements come sorted by content: find the first starting at the decline, then look back a few.
        var start = r.Tokens[first].Span.Start;
        int lo = 0, hi = statements.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (statements[mid].Content.Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo - 1; i >= 0 && lo - i <= MaxSharedSpeakerLookBack; i--)
        {
            var statement = statements[i];
            if (statement.FrameSentence == sentence && statement.Speaker is not null && statement.Content.End <= start && statement.CarriedFrom is null)
            {
                return statement;
            }
        }

        return null;
    }

    /// <summary>How many statements before a decline may be its sentence's (a sentence rarely holds more than two or three).</summary>
    private const int MaxSharedSpeakerLookBack = 6;
}

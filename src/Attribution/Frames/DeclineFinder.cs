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
        var r = new TokenReader(document, lexicons);
        using var ownLayout = ReferenceEquals(quotes, document.Quotes) ? null : new QuoteLayout(document, quotes, sentenceOf);
        var layout = ownLayout ?? document.QuoteLayout;
        for (int t = 0; t < r.Count; t++)
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

                found.Add(Make(r, first, last, cue, phrase.Lemma, sentenceFirst, sentenceEnd, sentenceOf[t]));
                t = last;
                break;
            }
        }

        return found;
    }

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

        if (k < sentenceFirst || !(r.Is(k, "not") || r.Is(k, "n't") || r.Is(k, "n’t") || r.Is(k, "never")))
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

    private static StatementDraft Make(TokenReader r, int first, int last, TextSpan cue, string lemma, int sentenceFirst, int sentenceEnd, int sentence)
    {
        var speaker = MentionFinder.SubjectBefore(r, first, sentenceFirst);
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
            Speaker = speaker?.Span,
            SpeakerKind = speaker?.Kind ?? MentionKind.Nominal,
            Addressee = addressee?.Span,
            FrameSentence = sentence,
            Confidence = speaker is null ? FrameConfidence.DeclineWithoutSpeaker : FrameConfidence.DeclineWithSpeaker,
        };
    }
}

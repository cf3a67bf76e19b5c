using Attribution.Pipeline;
using Attribution.Lexicons;
using Attribution.Entities;
using Attribution.Mentions;
using Attribution.Time;

namespace Attribution.Frames;

/// <summary>
/// Keeps speaker spans to the noun phrase, whatever rule found them: a speaker never takes in a sentence
/// adverb or a time before its subject (<c>Now Ryan</c>, <c>Last week Hope Hicks</c>, <c>Meanwhile the
/// ministry</c>) or the verb after it (<c>Elias laid out</c> the case …, saying). Runs in both granularities,
/// before entities are resolved, so the entity is found from the trimmed span. Stateless.
/// </summary>
internal static class SpeakerSpanTrimmer
{
    public static void Trim(TokenReader r, DocumentPositions positions, List<StatementDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (draft.Speaker is not { } speaker)
            {
                continue;
            }

            var (first, end) = positions.TokensIn(speaker);
            if (end - first < 2)
            {
                continue;
            }

            int last = end - 1;
            first = SkipLeadingAdjuncts(r, first, last);
            last = DropTrailingVerb(r, first, last);
            var trimmed = r.SpanOf(first, last);
            if (trimmed != speaker)
            {
                draft.Speaker = trimmed;
                draft.SpeakerKind = MentionFinder.Classify(r, first, last);
            }
        }
    }

    /// <summary>Past a leading time phrase (<c>Last week</c>, <c>On Monday</c>) and sentence adverbs (<c>Now</c>, <c>Meanwhile</c>), keeping at least one token.</summary>
    private static int SkipLeadingAdjuncts(TokenReader r, int first, int last)
    {
        for (int round = 0; round < 2 && first < last; round++)
        {
            var words = new TokenWords(r.Document, first, last + 1);
            if (TimePhraseMatcher.TryMatch(words, 0, standalone: true, out var time) && time.FirstWord == 0 && first + time.EndWord <= last
                && !r.IsPossessive(first + time.EndWord)) // "Last year's winner" is the phrase itself
            {
                first += time.EndWord;
                continue;
            }

            if (r.ClassOf(first) is WordClass.Adverb or WordClass.Subordinator && r.IsWord(first + 1))
            {
                first++;
                continue;
            }

            break;
        }

        while (first < last && r.IsPunct(first, ','))
        {
            first++;
        }

        return first;
    }

    /// <summary>
    /// Drops a run of lower-case words that follows the name and is a verb, not part of the phrase
    /// (<c>Elias laid out</c>): the run has no noun, follows a capitalised word directly, and either looks
    /// verbal (<c>-ed</c>, a cue verb) or is followed by an object (a determiner or object pronoun).
    /// </summary>
    private static int DropTrailingVerb(TokenReader r, int first, int last)
    {
        int runStart = last + 1;
        while (runStart - 1 > first && r.IsLowerWord(runStart - 1) && !r.IsNoun(runStart - 1) && r.ClassOf(runStart - 1) is WordClass.None or WordClass.Adverb)
        {
            runStart--;
        }

        if (runStart > last || !r.IsCapitalized(runStart - 1) || r.ClassOf(runStart - 1) != WordClass.None)
        {
            return last;
        }

        bool verbal = r.LooksVerbalOrAdverb(runStart);
        bool objectFollows = r.ClassOf(last + 1) is WordClass.Determiner or WordClass.ObjectPronoun;
        return verbal || objectFollows ? runStart - 1 : last;
    }
}

using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A cue conjoined to an earlier active verb phrase: <c>S V1 … and CUE …</c>, the clause subject speaks.
/// <list type="bullet">
/// <item>Matches: <c>Zuckerberg tweeted to Mohamed and said the boy was welcome.</c>; <c>Senator Maria Lopez met the families and promised that the mine would close.</c>;
/// <c>The chairman thanked the manager but said a change was needed.</c>; <c>The minister praised the plan, but warned that costs would rise.</c></item>
/// <item>Refuses: <c>The driver was stopped and told to leave.</c> (a passive first conjunct); <c>I went home and said …</c> (first person);
/// a first conjunct with a comma, a quote or a relative clause.</item>
/// </list>
/// </summary>
internal sealed class ConjoinedVerbRule : FrameRule
{
    /// <summary>The most tokens the first conjunct's verb phrase may have.</summary>
    private const int MaxFirstConjunct = 16;

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        int prev = site.Previous;
        if (prev < site.SentenceFirst || !(f.Reader.Is(prev, "and") || f.Reader.Is(prev, "but")) || site.Entry.Form is not (VerbForm.Past or VerbForm.ThirdPerson))
        {
            return false;
        }

        int firstConjunctEnd = f.Reader.IsPunct(prev - 1, ',') ? prev - 1 : prev; // "praised the plan, but said …"
        if (CoordinatedSubject(f, firstConjunctEnd, site.SentenceFirst) is not { } shared)
        {
            return false;
        }

        f.Forward(site, shared, carriedFrom: -1, addressee: null, FrameConfidence.DistantSubject);
        return true;
    }

    /// <summary>
    /// The subject of the first of two conjoined verb phrases (<c>S V1 … and CUE …</c>): the main clause's
    /// subject when an active verb follows it and the first conjunct is short, plain and unquoted. <paramref name="and"/> is
    /// where the first conjunct ends: the coordinator, or the comma before it.
    /// </summary>
    private static Mention? CoordinatedSubject(FrameContext f, int and, int sFirst)
    {
        var r = f.Reader;
        var quotes = f.Quotes;
        if (f.Clause.ClauseSubject(sFirst, and) is not { } subject || f.Clause.IsFirstPerson(subject))
        {
            return null;
        }

        int verb = subject.LastToken + 1;
        if (!r.IsLowerWord(verb) || r.ClassOf(verb) != WordClass.None)
        {
            // The phrase ran on into the verb ("Senator Maria Lopez met", "The bank cut"): its last plain
            // lower-case word is the verb, and the subject ends before it.
            for (int k = subject.LastToken; k > subject.FirstToken; k--)
            {
                if (r.IsLowerWord(k) && r.ClassOf(k) == WordClass.None && !r.IsNoun(k) && !r.IsPossessive(k + 1))
                {
                    verb = k;
                    subject = new Mention(r.SpanOf(subject.FirstToken, k - 1), subject.FirstToken, k - 1, MentionFinder.Classify(r, subject.FirstToken, k - 1));
                    break;
                }
            }
        }

        while (verb < and && r.ClassOf(verb) == WordClass.Adverb)
        {
            verb++;
        }

        // "The driver was stopped and told to leave": a passive or copular first conjunct has no speaker.
        if (verb >= and - 1 || !r.IsLowerWord(verb) || r.ClassOf(verb) != WordClass.None || and - verb > MaxFirstConjunct)
        {
            return null;
        }

        for (int k = verb; k < and; k++)
        {
            if (quotes.IsQuoted(k) || r.IsPunct(k, ',') || r.IsPunct(k, ';') || r.IsPunct(k, ':') || (r.TagsOf(k) & WordTags.RelativePronoun) != 0
                || r.ClassOf(k) is WordClass.Subordinator or WordClass.Auxiliary)
            {
                return null;
            }
        }

        return subject;
    }
}

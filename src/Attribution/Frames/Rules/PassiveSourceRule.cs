using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A passive cue whose source is named after <c>by</c>, or left unsaid where the passive itself attributes the
/// content (PARC 3.0 counts both; the second has no speaker).
/// <list type="bullet">
/// <item>Matches: <c>It is widely expected that the Fed will cut rates.</c> (no speaker); <c>It was announced on Tuesday
/// that the plant would close.</c> (no speaker); <c>The bank is said to be weighing a sale of the unit.</c> (no speaker,
/// the infinitive is the content; cues flagged <c>+hearsay</c>); <c>Workers were told by managers that the plant would
/// close.</c> (managers speak, the workers are told); <c>It was confirmed by the ministry that two soldiers died.</c></item>
/// <item>Leaves to <see cref="PassiveCueGuard"/> (no statement): <c>The driver was told to leave.</c>; <c>Two people are
/// reported dead.</c>; <c>The claim has been denied.</c>; <c>The plan was criticized by unions.</c> (no clause);
/// <c>The company is expected to report a loss.</c> (<c>expect</c> is no hearsay cue: a forecast about the company).</item>
/// </list>
/// </summary>
internal sealed class PassiveSourceRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        var clause = f.Clause;
        if (site.Entry.Form is not (VerbForm.Past or VerbForm.Participle) || site.Entry.IsPhrasal || !clause.IsPassive(site.First, site.SentenceFirst))
        {
            return false;
        }

        int sLast = site.SentenceLast;
        int subjectEnd = BeforeVerbGroup(f, site.Previous, site.SentenceFirst);
        bool extraposed = subjectEnd >= site.SentenceFirst && r.Is(subjectEnd, "it") && clause.IsClauseOpening(subjectEnd, site.SentenceFirst);
        Mention? agent = null;
        int p = site.End;
        if (r.Is(p, "by") && !f.Quotes.IsQuoted(p) && clause.PhraseAt(p + 1, sLast + 1, allowObjectPronoun: true) is { } by && by.Kind != MentionKind.Pronoun
            && clause.CanCommit(by))
        {
            agent = by;
            p = by.LastToken + 1;
        }

        Mention? ignored = null;
        p = clause.SkipAdjuncts(p, sLast, ref ignored);
        if (r.Is(p, "that") && !f.Quotes.IsQuoted(p) && !clause.IsDemonstrativeThat(p) && (agent is not null || extraposed))
        {
            if (f.Content.Content(p + 1, forceMixedOnQuote: true) is not { } content)
            {
                return false;
            }

            // "Workers were told by managers that …": the subject of a passive "told" is the one told.
            Mention? told = !extraposed && agent is not null && site.Entry.TakesAddressee ? clause.SubjectBefore(subjectEnd + 1, site.LeftLimit) : null;
            f.Add(site, agent, told, content with { ThatClause = true }, agent is null ? FrameConfidence.SourcelessPassive : FrameConfidence.PassiveAgent, carriedFrom: -1);
            return true;
        }

        // "The bank is said to be weighing a sale": the infinitive is what is said of the subject, by no one named.
        if (agent is null && !extraposed && site.Entry.TakesHearsayInfinitive && r.Is(p, "to") && !f.Quotes.IsQuoted(p) && r.IsLowerWord(p + 1)
            && clause.SubjectBefore(subjectEnd + 1, site.LeftLimit) is not null && f.Content.Content(p, forceMixedOnQuote: false) is { } hearsay)
        {
            f.Add(site, null, null, hearsay, FrameConfidence.SourcelessPassive, carriedFrom: -1);
            return true;
        }

        return false;
    }

    /// <summary>The last token before the passive's verb group (<c>is</c>, <c>has long been</c>, <c>was widely</c>), or below <paramref name="first"/>.</summary>
    private static int BeforeVerbGroup(FrameContext f, int k, int first)
    {
        var r = f.Reader;
        while (k >= first && (r.ClassOf(k) is WordClass.Auxiliary or WordClass.Adverb || r.LooksLikeLyAdverb(k) || r.Is(k, "long")) && !f.Quotes.IsQuoted(k))
        {
            k--;
        }

        return k;
    }
}

using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>
/// A forward frame from the cue on: <c>S V [addressee] [adjuncts] [,:] COMPLEMENT</c>. Reads the addressee
/// and the adjuncts after the cue, then lets the complement rules (<see cref="FrameRules.ComplementRules"/>)
/// find the content, and records the statement for the speaker the frame rule found.
/// </summary>
internal static class ForwardFrame
{
    public static void Match(FrameContext f, in CueSite site, Mention speaker, int carriedFrom, Mention? addressee, double confidenceBase)
    {
        var r = f.Reader;
        var clause = f.Clause;
        var e = site.Entry;
        int sLast = site.SentenceLast;
        int p = site.End;
        if (e.TakesAddressee && addressee is null && clause.PhraseAt(p, sLast + 1, allowObjectPronoun: true) is { } told && !clause.IsCueAt(told.LastToken + 1)
            && !OpensClause(f, told))
        {
            addressee = told;
            p = told.LastToken + 1;
        }
        else if (e.TakesAddressee && carriedFrom >= 0 && clause.PhraseAt(p, sLast + 1, allowObjectPronoun: true) is { } toldAgain)
        {
            p = toldAgain.LastToken + 1;
        }
        else if (e.TakesAddressee && e.TakesInfinitive && addressee is null && clause.BareObjectBeforeInfinitive(p, sLast) is { } asked)
        {
            addressee = asked; // "warned drivers to avoid …": a request's addressee the lexicons do not know
            p = asked.LastToken + 1;
        }

        p = clause.SkipAdjuncts(p, sLast, ref addressee);
        if (p > site.End && r.IsPunct(p, ',') && clause.CommaOpensClause(p + 1, sLast, e.Clausal))
        {
            p++; // "said on Monday, the budget …", "told reporters, the plan …", "estimated by 2050, demand …"
        }
        else if (p > site.End && r.IsPunct(p, ',') && r.Is(p + 1, "that") && !f.Quotes.IsQuoted(p + 1))
        {
            p++; // "said, in a statement, that …", "explains, in a satirical fashion, that …": the adjunct closes with a comma
        }

        ContentMatch? content = null;
        double confidence = confidenceBase;
        f.Complement = null;
        f.ForwardSpeaker = speaker;
        foreach (var rule in f.Rules.ComplementRules)
        {
            if (rule.TryRead(f, site, p, ref confidence, out content))
            {
                f.Complement = rule;
                break;
            }
        }

        if (content is not { } found)
        {
            return;
        }

        if (RelativeClause.HoldsCue(f, site))
        {
            found = f.Content.WithoutResumedPredicate(found); // "Smith, who said the plan was flawed, resigned …"
        }
        else if (RelativeClause.HoldsCueInSubject(f, site, speaker))
        {
            if (f.Content.WithoutRestrictiveMainPredicate(found) is not { } restricted)
            {
                return; // "The lawyer who argued the case told the court …": "told" is the main clause's cue
            }

            found = restricted; // "The official who said the plan was flawed resigned"
        }

        addressee = f.WithSentenceAddressee(site.Sentence, addressee);
        if (clause.IsFirstPerson(speaker))
        {
            confidence -= FrameConfidence.FirstPersonPenalty; // I/we outside quotes speak only in interviews and first-person pieces
        }

        f.Add(site, speaker, addressee, found, confidence, carriedFrom);
    }

    /// <summary>
    /// <c>warned the toll could rise</c>, <c>assured investors were …</c>: a noun phrase after a cue that takes an addressee,
    /// followed by an auxiliary, is the subject of the reported clause, not the one addressed (<c>told reporters that …</c>,
    /// <c>warned lawmakers to …</c> are addressees).
    /// </summary>
    private static bool OpensClause(FrameContext f, Mention phrase)
    {
        var r = f.Reader;
        int next = phrase.LastToken + 1;
        return r.IsLowerWord(next) && r.ClassOf(next) == WordClass.Auxiliary && !f.Quotes.IsQuoted(next);
    }
}

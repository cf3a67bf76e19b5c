using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// A participle set off by commas between a subject and its verb frames no statement of its own: the verb after
/// the second comma is the cue. When the participle names a listener (<c>, speaking to reporters,</c>), that
/// listener becomes the addressee of the sentence's statements.
/// <list type="bullet">
/// <item>Matches: <c>The minister, speaking at a news conference in Kyiv, said the army had retaken the town.</c>;
/// <c>Clinton, speaking to supporters in Tampa, urged voters to register.</c> (addressee supporters).</item>
/// <item>Refuses: <c>The minister defended the plan, saying that costs would fall.</c> (no verb after it);
/// <c>She left, saying “We are done,” and slammed the door.</c> (a quote inside it).</item>
/// </list>
/// </summary>
internal sealed class AppositiveParticipleRule : FrameRule
{
    /// <summary>The longest adjunct of the participle before its closing comma (<c>speaking at a news conference in the capital on Monday</c>).</summary>
    private const int MaxAdjunctTokens = 15;

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int sLast = site.SentenceLast;
        if (site.Entry.Form != VerbForm.Gerund || site.Previous <= site.SentenceFirst || !r.IsPunct(site.Previous, ','))
        {
            return false;
        }

        int close = -1;
        for (int k = site.End; k <= sLast && k - site.End < MaxAdjunctTokens; k++)
        {
            if (r.IsQuoteMark(k) || r.Is(k, "that") || f.Clause.IsCueAt(k) || r.IsPunct(k, '.') || r.IsPunct(k, ';') || r.IsPunct(k, ':'))
            {
                return false;
            }

            if (r.IsPunct(k, ','))
            {
                close = k;
                break;
            }
        }

        int verb = close + 1;
        if (close < 0 || verb > sLast || !(f.Clause.IsCueAt(verb) || f.Clause.IsPredicateStart(verb, sLast)))
        {
            return false;
        }

        if ((r.Is(site.End, "to") || r.Is(site.End, "with")) && f.Clause.PhraseAt(site.End + 1, close, allowObjectPronoun: true) is { } listener)
        {
            f.SetSentenceAddressee(site.Sentence, listener);
        }

        return true;
    }
}

using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A frame in an <c>as</c> clause, which vouches for the main clause beside it: <c>As S CUE, CLAUSE</c> or
/// <c>CLAUSE, as S CUE.</c>
/// <list type="bullet">
/// <item>Matches: <c>As the minister noted in March, prices have fallen for three months.</c>; <c>Rates will stay high, as most
/// economists expect.</c>; <c>As Lopez told reporters, “the votes are not there.”</c></item>
/// <item>Refuses: <c>As she said goodbye, the crowd cheered.</c> (no comma after the frame: an object, a time clause);
/// <c>As he said he would, the mayor vetoed the bill.</c>; <c>The vote was delayed, as expected.</c> (no speaker);
/// <c>He left as the mayor spoke.</c> (no comma before <c>as</c>, a manner cue).</item>
/// </list>
/// Before the postposed rules, which would read <c>as</c> into the content.
/// </summary>
internal sealed class AsFrameRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        var e = site.Entry;
        if (e.Form == VerbForm.Gerund || e.IsNominal || e.IsPredicative || e.Class == CueClass.Manner || f.SubjectOf(site) is not { } speaker)
        {
            return false;
        }

        int asToken = speaker.FirstToken - 1;
        if (asToken < site.SentenceFirst || !r.Is(asToken, "as") || f.Quotes.IsQuoted(asToken))
        {
            return false;
        }

        int sLast = site.SentenceLast;
        Mention? addressee = null;
        if (e.TakesAddressee && f.Clause.PhraseAt(site.End, sLast + 1, allowObjectPronoun: true) is { } told)
        {
            addressee = told; // "As Lopez told reporters, …"
        }

        int p = f.Clause.SkipAdjuncts(addressee is { } a ? a.LastToken + 1 : site.End, sLast, ref addressee);
        ContentMatch? content = null;
        if (asToken == site.SentenceFirst)
        {
            // "As the minister noted, prices have fallen": the clause after the comma.
            if (r.IsPunct(p, ',') && f.Clause.IsClauseStart(p + 1, sLast, e.Clausal))
            {
                content = f.Content.Content(p + 1, forceMixedOnQuote: false);
            }
        }
        else if (r.IsPunct(asToken - 1, ',') && (p > sLast || (p == sLast && r.Tokens[p].Kind == Text.TokenKind.Punctuation)))
        {
            // "Rates will stay high, as most economists expect.": the clause before the comma.
            content = f.Content.LeftContent(asToken - 1, site.SentenceFirst);
        }

        if (content is not { } found)
        {
            return false;
        }

        double confidence = FrameConfidence.AsFrame - (f.Clause.IsFirstPerson(speaker) ? FrameConfidence.FirstPersonPenalty : 0);
        f.Add(site, speaker, f.WithSentenceAddressee(site.Sentence, addressee), found, confidence, carriedFrom: -1);
        return true;
    }
}

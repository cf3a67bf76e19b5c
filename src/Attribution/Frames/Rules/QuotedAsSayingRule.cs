using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// <c>quoted as saying</c>: the speaker is the subject of a passive <c>quoted</c>, or its object.
/// <list type="bullet">
/// <item>Matches: <c>The minister was quoted as saying the talks had failed.</c>; <c>Reuters quoted the general as saying “We are ready.”</c></item>
/// <item>Refuses: <c>was quoted as saying</c> with no speaker before it (a headline fragment); a complement that is not a clause or quote.</item>
/// </list>
/// Settles every participle after <c>quoted as</c>.
/// </summary>
internal sealed class QuotedAsSayingRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int prev = site.Previous;
        if (site.Entry.Form != VerbForm.Gerund || !r.Is(prev, "as") || !r.Is(prev - 1, "quoted") || prev - 1 < site.SentenceFirst)
        {
            return false;
        }

        int quoted = prev - 1;
        var speaker = f.Clause.IsPassive(quoted, site.SentenceFirst)
            ? f.Clause.SubjectBefore(quoted, site.LeftLimit) // "S was quoted as saying"
            : f.Clause.PhraseAt(quoted + 1, prev, allowObjectPronoun: true); // "Reuters quoted S as saying"
        if (speaker is { } sp)
        {
            f.Forward(site, sp, carriedFrom: -1, addressee: null, FrameConfidence.QuotedAsSaying);
        }

        return true;
    }
}

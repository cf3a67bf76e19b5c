using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// <c>mean</c> cues speech only after I, we or you: it rephrases what is said.
/// <list type="bullet">
/// <item>Lets through: <c>I mean the whole system is broken.</c>; <c>You really mean they knew?</c></item>
/// <item>Settles (no statement): <c>It means prices will rise.</c> (an inference); <c>…, meaning the road stays shut.</c></item>
/// </list>
/// </summary>
internal sealed class MeanCueGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site) =>
        site.Entry.Lemma == "mean" && (site.Entry.Form == VerbForm.Gerund || !f.Clause.IsFirstOrSecondPersonBefore(site.First, site.SentenceFirst));
}

namespace Attribution.Frames.Rules;

/// <summary>
/// <c>you know</c> and <c>I mean</c> set off by a comma (or closing the sentence) are fillers of
/// speech, not a source and a cue: what stands around them is no one's belief.
/// <list type="bullet">
/// <item>Settles (no statement): <c>The rules are offensive beyond, you know, anything a public figure should tolerate.</c>;
/// <c>It was, I mean, a failure.</c>; <c>I mean, nobody expected it.</c></item>
/// <item>Lets through: <c>You know the vote was rigged.</c>; <c>I mean that the plan failed.</c>; <c>I know, she said, it hurts.</c>
/// (another pronoun or another verb).</item>
/// </list>
/// </summary>
internal sealed class DiscourseMarkerGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site) =>
        site.End - site.First == 1 && site.Previous >= site.SentenceFirst && f.Clause.IsSetOffFiller(site.Previous);
}

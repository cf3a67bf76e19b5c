using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// A manner-of-speaking cue (shout, whisper, joke) reports speech only through a quote, a colon or a
/// that-clause, which the rules before it read; any other complement makes no statement.
/// <list type="bullet">
/// <item>Refuses (no statement): <c>She shouted the plan was a lie.</c>; <c>He whispered something to his aide.</c></item>
/// <item>Lets the earlier rules have: <c>She shouted: “Get out!”</c>; <c>He joked that the cake was the real winner.</c></item>
/// </list>
/// </summary>
internal sealed class MannerCueRule : ComplementRule
{
    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        content = null;
        return site.Entry.Class == CueClass.Manner;
    }
}

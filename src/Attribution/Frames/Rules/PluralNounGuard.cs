using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// Refuses a third-person cue form straight before a base-form cue: the first is a plural noun, the subject
/// of the second (<see cref="SubjectFrameRule"/> then frames the second).
/// <list type="bullet">
/// <item>Settles (no statement at the first word): <c>The new figures show unemployment fell.</c> ("figures" is not a cue);
/// <c>Early reports suggest the fire started in the kitchen.</c> ("reports" is the subject of "suggest").</item>
/// <item>Lets through: <c>She reports that …</c>; <c>He says goodbye</c> ("goodbye" is no cue); phrasal cues (<c>calls on</c>).</item>
/// </list>
/// </summary>
internal sealed class PluralNounGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        var e = site.Entry;
        int next = site.End;
        return e.Form == VerbForm.ThirdPerson && !e.IsPhrasal && next < site.SentenceLast && r.IsLowerWord(next)
            && r.Lexicons.TryGetCue(r.Text(next), out var following) && following.Form == VerbForm.Base && !following.IsPhrasal;
    }
}

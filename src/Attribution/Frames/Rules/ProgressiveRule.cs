using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A progressive cue: the subject before the auxiliary speaks.
/// <list type="bullet">
/// <item>Matches: <c>Officials were warning that the dam could fail.</c>; <c>He is saying the vote was rigged.</c></item>
/// <item>Refuses: <c>Is anyone saying otherwise?</c> (no subject before the auxiliary); <c>She was saying goodbye.</c> (no clause).</item>
/// </list>
/// Settles every participle after an auxiliary.
/// </summary>
internal sealed class ProgressiveRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        int prev = site.Previous;
        if (site.Entry.Form != VerbForm.Gerund || f.Reader.ClassOf(prev) != WordClass.Auxiliary || prev < site.SentenceFirst)
        {
            return false;
        }

        if (f.SubjectOf(site) is { } subject)
        {
            f.Forward(site, subject, carriedFrom: -1, addressee: null, FrameConfidence.Participial);
        }

        return true;
    }
}

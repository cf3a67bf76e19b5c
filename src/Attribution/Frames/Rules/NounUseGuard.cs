using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// Refuses a cue word used as a noun after a determiner, or as an infinitive after <c>to</c>.
/// <list type="bullet">
/// <item>Settles (no statement): <c>The report found that …</c>; <c>his claims were false</c>; <c>She declined to comment.</c>;
/// <c>They wanted to say goodbye.</c></item>
/// <item>Lets through: a participle after a determiner (<c>the saying</c> goes to the participial rules); <c>The minister said …</c>.</item>
/// </list>
/// </summary>
internal sealed class NounUseGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int prev = site.Previous;
        if (prev < site.SentenceFirst || !r.IsWord(prev))
        {
            return false;
        }

        // a noun: "the report", "his claims"; an infinitive: "declined to comment", "wanted to say"
        return (r.ClassOf(prev) == WordClass.Determiner && site.Entry.Form != VerbForm.Gerund) || r.Is(prev, "to");
    }
}

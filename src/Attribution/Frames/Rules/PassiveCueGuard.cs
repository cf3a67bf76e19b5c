using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// Refuses a passive cue: its subject is the one told or reported on, not the speaker.
/// <list type="bullet">
/// <item>Settles (no statement): <c>The driver was told to leave.</c>; <c>Two people are reported dead.</c>; <c>The claim has been denied.</c></item>
/// <item>Lets through: <c>The driver told police …</c>; <c>She has said …</c> (perfect, not passive).</item>
/// </list>
/// </summary>
internal sealed class PassiveCueGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site) =>
        site.Entry.Form is VerbForm.Past or VerbForm.Participle && f.Clause.IsPassive(site.First, site.SentenceFirst);
}

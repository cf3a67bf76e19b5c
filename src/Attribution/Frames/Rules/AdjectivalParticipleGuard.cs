using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// Refuses a participle distinct from the past tense (known, written, shown) without a perfect <c>have</c>: it is an adjective.
/// <list type="bullet">
/// <item>Settles (no statement): <c>the well known effects of the drug</c>; <c>a written reply to the council</c>.</item>
/// <item>Lets through: <c>The firm has written that …</c>; <c>Studies have shown that …</c>.</item>
/// </list>
/// </summary>
internal sealed class AdjectivalParticipleGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site) =>
        site.Entry.Form == VerbForm.Participle && !f.Clause.AfterHave(site.First, site.SentenceFirst);
}

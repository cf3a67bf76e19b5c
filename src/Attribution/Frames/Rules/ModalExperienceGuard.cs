using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// Refuses a present-only belief cue (<c>see</c>, flagged <c>+present</c>) after a modal, another auxiliary other than
/// <c>do</c>, or <c>to</c>: there the verb says what may happen to the subject, not what the subject foresees.
/// <list type="bullet">
/// <item>Settles (no statement): <c>Homeowners could see their bills rise by a fifth.</c>; <c>Savers will see a cut in
/// rates.</c>; <c>Visitors hope to see a rise in flights.</c></item>
/// <item>Lets through: <c>Most analysts see a rate cut in March.</c>; <c>Economists do not see a recession this year.</c></item>
/// </list>
/// </summary>
internal sealed class ModalExperienceGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        if (!site.Entry.PresentOnly)
        {
            return false;
        }

        var r = f.Reader;
        int k = site.First - 1;
        while (k > site.SentenceFirst && (r.Is(k, "not") || r.Is(k, "n't") || r.ClassOf(k) == WordClass.Adverb || r.LooksLikeLyAdverb(k)))
        {
            k--; // "could not see", "will probably see"
        }

        return k >= site.SentenceFirst && (r.Is(k, "to")
            || (r.ClassOf(k) == WordClass.Auxiliary && !r.Is(k, "do") && !r.Is(k, "does") && !r.Is(k, "did")));
    }
}

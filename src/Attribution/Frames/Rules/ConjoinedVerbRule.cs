using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A cue conjoined to an earlier active verb phrase: <c>S V1 … and CUE …</c>, the clause subject speaks.
/// <list type="bullet">
/// <item>Matches: <c>Zuckerberg tweeted to Mohamed and said the boy was welcome.</c>; <c>Senator Maria Lopez met the families and promised that the mine would close.</c>;
/// <c>The chairman thanked the manager but said a change was needed.</c>; <c>The minister praised the plan, but warned that costs would rise.</c>;
/// <c>The governor described the damage as severe and warned the toll could rise.</c>; <c>The mayor, who toured the site on Friday, promised aid and
/// said the army would help.</c>; <c>The firm has cut costs but has long maintained that prices will recover.</c></item>
/// <item>Refuses: <c>The driver was stopped and told to leave.</c> (a passive first conjunct); <c>I went home and said …</c> (first person);
/// a first conjunct with a comma or a relative clause (<see cref="Coordination.FirstConjunctSubject"/>).</item>
/// </list>
/// </summary>
internal sealed class ConjoinedVerbRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var e = site.Entry;
        bool finite = e.Form is VerbForm.Past or VerbForm.ThirdPerson || (e.Form == VerbForm.Participle && f.Clause.AfterHave(site.First, site.SentenceFirst));
        if (!finite || Coordination.CoordinatorBefore(f, site.First, site.SentenceFirst) is not (>= 0 and var coordinator)
            || f.Reader.Is(coordinator, "or") || Coordination.FirstConjunctSubject(f, coordinator, site.SentenceFirst) is not { } shared)
        {
            return false;
        }

        f.Forward(site, shared, carriedFrom: -1, addressee: null, FrameConfidence.DistantSubject);
        return true;
    }
}

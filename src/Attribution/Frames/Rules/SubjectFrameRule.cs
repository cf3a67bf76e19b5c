namespace Attribution.Frames.Rules;

/// <summary>
/// The commonest frame: the subject right before the cue speaks, and the complement rules read what follows
/// (<see cref="FrameRules.ComplementRules"/>: a quote, a colon, a that-clause, a bare clause).
/// <list type="bullet">
/// <item>Matches: <c>The minister said that the budget would balance.</c>; <c>Ito told reporters: “We are done.”</c>;
/// <c>Officials say the road will reopen on Monday.</c>; <c>The group accused the mayor of “betraying the city.”</c></item>
/// <item>Refuses (no statement): <c>The minister said nothing.</c> and <c>He announced the start of the season.</c> (an object, not a clause);
/// <c>She shouted at the referee.</c> (a manner verb needs a quote).</item>
/// </list>
/// The last rule: it reads every cue that reaches it.
/// </summary>
internal sealed class SubjectFrameRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        if (f.SubjectOf(site) is { } speaker)
        {
            f.Forward(site, speaker, carriedFrom: -1, addressee: null, FrameConfidence.SubjectFrame);
        }

        return true;
    }
}

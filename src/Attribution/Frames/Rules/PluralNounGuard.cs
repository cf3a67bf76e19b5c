using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// Refuses a third-person cue form straight before a base-form cue: the first is a plural noun, the subject
/// of the second (<see cref="SubjectFrameRule"/> then frames the second).
/// <list type="bullet">
/// <item>Settles (no statement at the first word): <c>The new figures show unemployment fell.</c> ("figures" is not a cue);
/// <c>Early reports suggest the fire started in the kitchen.</c> ("reports" is the subject of "suggest").</item>
/// <item>Settles too, a third-person form straight before a plural or modal auxiliary, which no verb in <c>-s</c> takes:
/// <c>He warned that the drainage estimates were off by a third.</c>; <c>The latest reports have the fire contained.</c>;
/// <c>Her claims would not survive a trial.</c> (when the lexicons know the word as a noun: source-nouns.txt, nominal-cues.txt).</item>
/// <item>Lets through: <c>She reports that …</c>; <c>He says goodbye</c> ("goodbye" is no cue); phrasal cues (<c>calls on</c>);
/// <c>What he says is true</c> (a singular auxiliary may follow a verb that closes a relative clause).</item>
/// </list>
/// </summary>
internal sealed class PluralNounGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        var e = site.Entry;
        int next = site.End;
        if (e.Form != VerbForm.ThirdPerson || e.IsPhrasal || next >= site.SentenceLast || !r.IsLowerWord(next) || f.Quotes.IsQuoted(next))
        {
            return false;
        }

        return (r.Lexicons.TryGetCue(r.Text(next), out var following) && following.Form == VerbForm.Base && !following.IsPhrasal)
            || (r.ClassOf(next) == WordClass.Auxiliary && !IsSingularAuxiliary(r, next) && CanBeNoun(r, site.First));
    }

    /// <summary>
    /// Whether the -s form is also the plural of a noun the lexicons know (<c>estimates</c>, <c>reports</c>, <c>claims</c>); <c>says</c>,
    /// <c>argues</c> or <c>warns</c> before a modal are verbs with a subject gap (<c>The plan, which the company says will save $100
    /// million, …</c>), read by the relative-clause rules.
    /// </summary>
    private static bool CanBeNoun(Mentions.TokenReader r, int k) => r.IsNoun(k) || r.Lexicons.TryGetNominalCue(r.Text(k), out _);

    /// <summary>
    /// <c>is</c>, <c>was</c>, <c>has</c>, <c>does</c>: what may follow a singular subject, or a verb closing a relative clause (<c>what
    /// he says is</c>); <c>being</c>, <c>having</c>: the gerund a verb takes (<c>recalls being told</c>, <c>admits having lied</c>).
    /// </summary>
    private static bool IsSingularAuxiliary(Mentions.TokenReader r, int k) =>
        r.Is(k, "is") || r.Is(k, "was") || r.Is(k, "has") || r.Is(k, "does") || r.Is(k, "being") || r.Is(k, "having") || r.Text(k)[0] == '\'';
}

namespace Attribution.Frames.Rules;

/// <summary>
/// Complement that is a clause with no <c>that</c>: a pronoun, a wh-word or a noun phrase followed by a verb.
/// <list type="bullet">
/// <item>Matches: <c>Officials say the road will reopen on Monday.</c>; <c>She said it was true.</c>; <c>He asked whether the vote would count.</c>;
/// <c>Analysts expect prices to rise.</c> is refused, but <c>Analysts said prices rose.</c> matches.</item>
/// <item>Refuses (no statement): <c>He announced the start of the season.</c>; <c>They denied these allegations.</c>; <c>She said nothing.</c></item>
/// </list>
/// </summary>
internal sealed class BareClauseRule : ComplementRule
{
    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        if (!f.Clause.IsClauseStart(next, site.SentenceLast, site.Entry.Clausal))
        {
            content = null;
            return false;
        }

        content = f.Content.Content(next, forceMixedOnQuote: false);
        confidence -= FrameConfidence.BareClausePenalty;
        return true;
    }
}

namespace Attribution.Frames.Rules;

/// <summary>
/// Complement of a cue that speaks only through a quote or a that-clause in its clause (<c>accuse … of</c>,
/// <c>praise … for</c>) and of the phrasal <c>call</c> cues: the content runs from the cue to the end of the
/// clause, mixed whenever it holds a quote.
/// <list type="bullet">
/// <item>Matches: <c>The group accused the mayor of “betraying the city.”</c>; <c>She called on the council to “act before winter.”</c>;
/// <c>He accused the board of ignoring warnings that the dam was weak.</c> (a that-clause inside).</item>
/// <item>Refuses (no statement): <c>The group accused the mayor of fraud.</c> (no quote, no that-clause).</item>
/// <item>Keeps the party called on at the head of the content (<c>called on Israel to halt the strikes</c>, as the seed
/// article has it) and marks it as <see cref="ContentMatch.CalledParty"/>, the addressee in act granularity.</item>
/// </list>
/// </summary>
internal sealed class QuoteDemandingCueRule : ComplementRule
{
    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        var e = site.Entry;
        if (!e.NeedsQuote && !(e.IsPhrasal && e.Lemma.StartsWith("call", StringComparison.Ordinal)))
        {
            content = null;
            return false;
        }

        content = f.Content.Content(site.End, forceMixedOnQuote: true);
        if (e.TakesInfinitive && content is { } called && f.Clause.PhraseAt(site.End, site.SentenceLast + 1, allowObjectPronoun: true) is { } party
            && f.Clause.IsInfinitiveAt(party.LastToken + 1, site.SentenceLast))
        {
            content = called with { CalledParty = party.Span }; // "called on Israel to halt …": Israel is the addressee in act granularity
        }

        if (e.NeedsQuote && content is { } c && c.Kind == StatementKind.Indirect && !c.ThatClause)
        {
            content = null;
        }

        return true;
    }
}

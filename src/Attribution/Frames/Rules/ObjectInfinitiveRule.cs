namespace Attribution.Frames.Rules;

/// <summary>
/// Complement of a belief or estimate cue (lexicon flag <c>+object-infinitive</c>) that is a noun phrase and a
/// to-infinitive: the belief is about the phrase (<c>expect rates to fall</c>), so the content runs from the
/// phrase to the end of the clause, as PARC 3.0 bounds it. The holder is the frame's subject; the statement
/// keeps the cue's class (not speech for <c>expect</c>, <c>believe</c>, <c>consider</c>).
/// <list type="bullet">
/// <item>Matches: <c>Most economists expect rates to fall next year.</c>; <c>Police believe the fire to have been set deliberately.</c>;
/// <c>Analysts estimate the merger to cost about 2,000 jobs.</c>; <c>The panel considered the risk to be small.</c></item>
/// <item>Not its shapes: <c>The minister is expected to resign.</c> (a passive with no source: <see cref="PassiveCueGuard"/>);
/// <c>the expected rate cut</c> (an adjective); <c>We expect a decision by Friday.</c> (no infinitive);
/// <c>The company expects to hire 500 workers.</c> (no phrase before <c>to</c>).</item>
/// </list>
/// </summary>
internal sealed class ObjectInfinitiveRule : ComplementRule
{
    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        content = null;
        if (!site.Entry.TakesObjectInfinitive || f.Quotes.IsQuoted(next))
        {
            return false;
        }

        bool phraseThenInfinitive = f.Clause.PhraseAt(next, site.SentenceLast + 1, allowObjectPronoun: true) is { } subject
            && IsInfinitive(f, subject.LastToken + 1, site.SentenceLast);
        if (!phraseThenInfinitive && f.Clause.BareObjectBeforeInfinitive(next, site.SentenceLast) is null)
        {
            return false; // "rates to fall": a bare plural the mention reader does not take for a phrase
        }

        content = f.Content.Content(next, forceMixedOnQuote: false);
        confidence -= FrameConfidence.BareClausePenalty; // no "that" marks where the content starts: ranked as a bare clause
        return true;
    }

    // "to be small", "to have been set": the auxiliaries a belief about a state takes, which IsInfinitiveAt leaves to the verb after them.
    private static bool IsInfinitive(FrameContext f, int to, int sLast) =>
        f.Clause.IsInfinitiveAt(to, sLast) || (f.Reader.Is(to, "to") && !f.Quotes.IsQuoted(to) && (f.Reader.Is(to + 1, "be") || f.Reader.Is(to + 1, "have")));
}

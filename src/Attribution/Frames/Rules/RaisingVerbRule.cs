using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// A cue in the infinitive after a verb that passes its subject on (<see cref="WordTags.RaisingVerb"/>,
/// raising-verbs.txt): the subject of that verb speaks, and the complement rules read the content after the cue.
/// <list type="bullet">
/// <item>Matches: <c>He continues to insist that the election was stolen.</c>; <c>The minister appeared to suggest that
/// the tax would stay.</c>; <c>Party leaders have continued to argue the vote was fair.</c>; after a coordinator, the subject of
/// the verb before: <c>She has long maintained that the plan works, and continues to insist that it is on track.</c>; habitual
/// <c>used to</c> before a quotation or a that-clause: <c>The former coach used to say, “Defense wins games.”</c></item>
/// <item>Leaves to <see cref="NounUseGuard"/> (no statement): <c>The company is expected to announce layoffs.</c>;
/// <c>They wanted to say goodbye.</c>; <c>She declined to say whether …</c> (a decline, found by DeclineFinder).</item>
/// </list>
/// </summary>
internal sealed class RaisingVerbRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int to = site.Previous;
        int carrier = to - 1;
        if (site.Entry.Form != VerbForm.Base || carrier < site.LeftLimit || !r.Is(to, "to") || f.Quotes.IsQuoted(to)
            || !r.IsLowerWord(carrier) || ((r.TagsOf(carrier) & WordTags.RaisingVerb) == 0 && !IsHabitual(f, site, carrier)))
        {
            return false;
        }

        if (f.Clause.IsPassive(carrier, site.SentenceFirst))
        {
            return true; // "is expected to announce": no subject to pass on
        }

        if (f.Clause.SubjectBefore(carrier, site.LeftLimit) is { } speaker)
        {
            f.Forward(site, speaker, carriedFrom: -1, addressee: null, FrameConfidence.SubjectFrame); // as sure as "S insists …"
            return true;
        }

        // "She has long maintained that …, and continues to insist that …": the raising verb shares the subject of the verb before.
        int coordinator = Coordination.CoordinatorBefore(f, carrier, site.SentenceFirst);
        if (coordinator < 0 || f.Reader.Is(coordinator, "or"))
        {
            return true; // "to insist" with no subject to pass on: an infinitive, as NounUseGuard would say
        }

        if (f.CarriedSpeaker(site.Sentence, carrier) is int source)
        {
            f.Forward(site, f.Candidates[source].Speaker!.Value, source, addressee: null, FrameConfidence.DistantSubject);
        }
        else if (Coordination.FirstConjunctSubject(f, coordinator, site.SentenceFirst) is { } shared)
        {
            f.Forward(site, shared, carriedFrom: -1, addressee: null, FrameConfidence.DistantSubject);
        }

        return true;
    }

    /// <summary>
    /// <c>The coach used to say, “…”</c>, <c>He used to argue that …</c>: habitual <c>used to</c>, where the subject of <c>used</c> is the
    /// one who kept saying it. Only before a quotation or a that-clause: in <c>the term police used to describe the suspect</c>
    /// <c>used</c> has an object of its own (the term) and the infinitive says what for.
    /// </summary>
    private static bool IsHabitual(FrameContext f, in CueSite site, int carrier)
    {
        if (!f.Reader.Is(carrier, HabitualCarrier))
        {
            return false;
        }

        // "used to tell her that …", "used to tell reporters, “…”": the addressee stands between the cue and what it says.
        int next = site.End;
        if (site.Entry.TakesAddressee && f.Clause.PhraseAt(next, site.SentenceLast + 1, allowObjectPronoun: true) is { } told)
        {
            next = told.LastToken + 1;
        }

        return (f.Reader.Is(next, "that") && !f.Quotes.IsQuoted(next)) || f.Clause.QuoteFollows(next);
    }

    /// <summary>The past of <i>use</i> that, before <c>to</c>, marks a habit (<c>used to say</c>); the other forms do not (<c>they use to describe</c>).</summary>
    private const string HabitualCarrier = "used";
}

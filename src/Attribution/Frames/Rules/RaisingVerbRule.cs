using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// A cue in the infinitive after a verb that passes its subject on (<see cref="WordTags.RaisingVerb"/>,
/// raising-verbs.txt): the subject of that verb speaks, and the complement rules read the content after the cue.
/// <list type="bullet">
/// <item>Matches: <c>He continues to insist that the election was stolen.</c>; <c>The minister appeared to suggest that
/// the tax would stay.</c>; <c>Party leaders have continued to argue the vote was fair.</c>; after a coordinator, the subject of
/// the verb before: <c>She has long maintained that the plan works, and continues to insist that it is on track.</c></item>
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
            || !r.IsLowerWord(carrier) || (r.TagsOf(carrier) & WordTags.RaisingVerb) == 0)
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
}

using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// A cue gerund after a verb of aspect that passes its subject on (<see cref="WordTags.AspectVerb"/>, aspect-verbs.txt):
/// the subject of that verb speaks, and the complement rules read the content after the cue.
/// <list type="bullet">
/// <item>Matches: <c>He kept saying "we will be fine" all winter.</c>; <c>She keeps telling reporters the plant is safe.</c>;
/// <c>The union has continued insisting that the offer is too low.</c>; <c>The landlord kept on saying, "Next month."</c>;
/// after a coordinator, the subject of the verb before: <c>He walked out and kept saying the count was rigged.</c></item>
/// <item>Leaves to the other rules: <c>Keeping quiet, she said …</c> (no cue after the verb of aspect); <c>They stopped saying it</c>
/// (stop is no verb of aspect here: the subject no longer says it); a verb of aspect with no subject to pass on.</item>
/// </list>
/// </summary>
internal sealed class AspectGerundRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int carrier = site.Previous;
        if (carrier >= site.SentenceFirst && r.Is(carrier, "on") && !f.Quotes.IsQuoted(carrier))
        {
            carrier--; // "kept on saying"
        }

        if (site.Entry.Form != VerbForm.Gerund || carrier < site.SentenceFirst || f.Quotes.IsQuoted(carrier)
            || !r.IsLowerWord(carrier) || (r.TagsOf(carrier) & WordTags.AspectVerb) == 0)
        {
            return false;
        }

        if (f.Clause.SubjectBefore(carrier, site.LeftLimit) is { } speaker)
        {
            f.Forward(site, speaker, carriedFrom: -1, addressee: null, FrameConfidence.SubjectFrame); // as sure as "S says …"
            return true;
        }

        // "He walked out and kept saying …": the verb of aspect shares the subject of the verb before.
        int coordinator = Coordination.CoordinatorBefore(f, carrier, site.SentenceFirst);
        if (coordinator < 0 || r.Is(coordinator, "or"))
        {
            return false;
        }

        if (f.CarriedSpeaker(site.Sentence, carrier) is int source)
        {
            f.Forward(site, f.Candidates[source].Speaker!.Value, source, addressee: null, FrameConfidence.DistantSubject);
            return true;
        }

        if (Coordination.FirstConjunctSubject(f, coordinator, site.SentenceFirst) is { } shared)
        {
            f.Forward(site, shared, carriedFrom: -1, addressee: null, FrameConfidence.DistantSubject);
            return true;
        }

        return false;
    }
}

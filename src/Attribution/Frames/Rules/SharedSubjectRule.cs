using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A cue after a coordinator shares the speaker of a statement already framed in the sentence.
/// <list type="bullet">
/// <item>Matches: <c>They claimed the vote was rigged and claim the count must be redone.</c>; <c>She said the plan was sound but warned that costs could rise.</c>;
/// <c>He said the deal was fair and has repeatedly argued that it will hold.</c> (adverbs and a perfect auxiliary between)</item>
/// <item>Refuses: <c>Prices rose and analysts warned …</c> when no statement with a speaker comes before (<see cref="ConjoinedVerbRule"/> and <see cref="SubjectFrameRule"/> look next).</item>
/// </list>
/// </summary>
internal sealed class SharedSubjectRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        if (Coordination.CoordinatorBefore(f, site.First, site.SentenceFirst) < 0 || f.CarriedSpeaker(site.Sentence, site.First) is not int source)
        {
            return false;
        }

        // "They claimed X and claim Y", "She said X but warned Y": the conjuncts share the subject.
        f.Forward(site, f.Candidates[source].Speaker!.Value, source, addressee: null, FrameConfidence.DistantSubject);
        return true;
    }
}

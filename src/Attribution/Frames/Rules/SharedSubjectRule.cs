using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A cue after a coordinator shares the speaker of a statement already framed in the sentence.
/// <list type="bullet">
/// <item>Matches: <c>They claimed the vote was rigged and claim the count must be redone.</c>; <c>She said the plan was sound but warned that costs could rise.</c></item>
/// <item>Refuses: <c>Prices rose and analysts warned …</c> when no statement with a speaker comes before (<see cref="ConjoinedVerbRule"/> and <see cref="SubjectFrameRule"/> look next).</item>
/// </list>
/// </summary>
internal sealed class SharedSubjectRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        int prev = site.Previous;
        if (prev < site.SentenceFirst || !f.Clause.JoinsVerbs(prev) || f.CarriedSpeaker(site.Sentence, site.First) is not int source)
        {
            return false;
        }

        // "They claimed X and claim Y", "She said X but warned Y": the conjuncts share the subject.
        f.Forward(site, f.Candidates[source].Speaker!.Value, source, addressee: null, FrameConfidence.DistantSubject);
        return true;
    }
}

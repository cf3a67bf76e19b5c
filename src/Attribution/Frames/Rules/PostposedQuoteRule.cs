namespace Attribution.Frames.Rules;

/// <summary>
/// A quote (or a clause ending in a quote) before its frame: <c>“Q,” S said</c> or <c>“Q,” said S</c>, the frame
/// closing the sentence with only an addressee, time, adverbs or an appositive after it.
/// <list type="bullet">
/// <item>Matches: <c>“We will rebuild,” the mayor said on Friday.</c>; <c>“It is over,” said Jane Ito, the team's captain.</c>;
/// <c>“Q.” Smith said.</c> (the quote ends the sentence before the frame); <c>The plan is “dead on arrival,” he told reporters.</c> (mixed).
/// A frame that runs on (<c>“…,” said Bolden to the crowd, which cheered.</c>) still matches, at a lower confidence.</item>
/// <item>Refuses: <c>“Q.” Smith said the team …</c> (a new statement: <see cref="QuoteBeforeNextFrameRule"/>); a quote in another paragraph than its frame.</item>
/// </list>
/// </summary>
internal sealed class PostposedQuoteRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        if (f.PostposedOf(site) is not { } frame || frame.Content.Kind == StatementKind.Indirect || frame.Interrupted)
        {
            return false;
        }

        double tailPenalty = 0;
        if (frame.Tail == PostposedFrame.TailRejected)
        {
            if (frame.AcrossSentences)
            {
                return false;
            }

            tailPenalty = FrameConfidence.RunOnTailPenalty; // “Q,” S V … is a strong frame whatever follows it
        }

        f.Add(site, frame.Speaker, f.WithSentenceAddressee(site.Sentence, frame.Addressee), frame.Content, FrameConfidence.PostposedQuote - tailPenalty, carriedFrom: -1);
        return true;
    }
}

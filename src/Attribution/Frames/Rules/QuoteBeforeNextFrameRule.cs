namespace Attribution.Frames.Rules;

/// <summary>
/// A quote standing alone before a sentence whose frame goes on with a statement of its own: the quote goes
/// to that speaker too, and the cue is left to the later rules for the second statement.
/// <list type="bullet">
/// <item>Matches: <c>“We will win this.” Coach Dana Whitfield said the squad had trained harder than ever.</c>
/// (the quote to Whitfield; <see cref="SubjectFrameRule"/> then frames the clause).</item>
/// <item>Refuses: <c>“We will win this.” ¶ Whitfield said …</c> (another paragraph); <c>He said, “Q.” She explained the plan.</c> (the quote is framed already).</item>
/// </list>
/// Never settles the cue.
/// </summary>
internal sealed class QuoteBeforeNextFrameRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        if (f.PostposedOf(site) is { AcrossSentences: true, Tail: PostposedFrame.TailRejected } frame && frame.Content.Kind != StatementKind.Indirect)
        {
            f.Add(site, frame.Speaker, frame.Addressee, frame.Content, FrameConfidence.QuoteBeforeNextFrame, carriedFrom: -1);
        }

        return false;
    }
}

namespace Attribution.Frames.Rules;

/// <summary>
/// A quote interrupted by its frame: the two pieces make one statement with two fragments.
/// <list type="bullet">
/// <item>Matches: <c>“The bridge is safe,” the engineer said, “but the road is not.”</c>; <c>“We tried,” said Ito, “and we failed.”</c></item>
/// <item>Refuses: <c>The bridge is safe, the engineer said, “but …”</c> (a reported clause is not interrupted: <see cref="SubjectFrameRule"/> may read the quote);
/// <c>“The bridge is safe.” The engineer said, “…”</c> (the frame opens a new sentence).</item>
/// </list>
/// </summary>
internal sealed class InterruptedQuoteRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        if (f.PostposedOf(site) is not { Interrupted: true } frame || frame.Content.Kind == StatementKind.Indirect)
        {
            return false;
        }

        var second = f.Quotes.Pieces[frame.Tail];
        var first = frame.Content.Content;
        var content = frame.Content with
        {
            Content = new TextSpan(first.Start, second.Span.End),
            Fragments = [first, second.Span],
            LastToken = second.LastToken,
        };
        f.Add(site, frame.Speaker, f.WithSentenceAddressee(site.Sentence, frame.Addressee), content, FrameConfidence.PostposedQuote, carriedFrom: -1);
        return true;
    }
}

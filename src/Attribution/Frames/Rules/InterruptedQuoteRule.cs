namespace Attribution.Frames.Rules;

/// <summary>
/// A quote interrupted by its frame: each piece is a statement of the one act, the second carrying the frame's
/// speaker and addressee (act granularity makes them one statement with two fragments).
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

        // One statement per piece, of one act: the frame's statement holds the first piece, the second carries
        // its speaker (act granularity joins them again, with both pieces as fragments).
        var second = f.Quotes.Pieces[frame.Tail];
        int head = f.Candidates.Count;
        f.Add(site, frame.Speaker, f.WithSentenceAddressee(site.Sentence, frame.Addressee), frame.Content, FrameConfidence.PostposedQuote, carriedFrom: -1);
        if (f.Candidates.Count > head)
        {
            f.AddCarriedPiece(head, second, FrameConfidence.PostposedQuote);
        }

        return true;
    }
}

namespace Attribution.Frames.Rules;

/// <summary>
/// Complement that is a quote opening right after the frame, after a comma or a colon or straight away.
/// <list type="bullet">
/// <item>Matches: <c>The mayor said: “We will rebuild.”</c>; <c>She told the crowd, “Go home.”</c>; <c>He called it “a disgrace.”</c> is not this
/// rule's (an object first), but <c>He said “never again” and left.</c> is.</item>
/// <item>Refuses: <c>He said the plan was “dead on arrival.”</c> (a clause holding a quote: <see cref="BareClauseRule"/>).</item>
/// </list>
/// </summary>
internal sealed class PreposedQuoteRule : ComplementRule
{
    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        var r = f.Reader;
        var quotes = f.Quotes;
        if ((r.IsPunct(next, ',') || r.IsPunct(next, ':')) && quotes.PieceOf(next + 1) is int piece and >= 0 && quotes.Pieces[piece].FirstToken == next + 1)
        {
            content = f.Content.QuoteContent(piece);
            confidence += FrameConfidence.PreposedQuoteBonus;
            return true;
        }

        if (quotes.PieceOf(next) is int direct and >= 0 && quotes.Pieces[direct].FirstToken == next)
        {
            content = f.Content.QuoteContent(direct);
            confidence += FrameConfidence.AdjacentQuoteBonus;
            return true;
        }

        content = null;
        return false;
    }
}

namespace Attribution.Frames.Rules;

/// <summary>
/// Complement after a colon that opens no quote: the clause after it, to its end.
/// <list type="bullet">
/// <item>Matches: <c>The statement said: the plant will close in March.</c>; <c>He explained: costs had doubled since 2019.</c></item>
/// <item>Refuses: <c>He said: “We are done.”</c> (a quote: <see cref="PreposedQuoteRule"/> comes first); a colon before the sentence end (no content).</item>
/// </list>
/// </summary>
internal sealed class ColonClauseRule : ComplementRule
{
    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        if (!f.Reader.IsPunct(next, ':'))
        {
            content = null;
            return false;
        }

        content = f.Content.Content(next + 1, forceMixedOnQuote: false);
        return true;
    }
}

namespace Attribution.Frames.Rules;

/// <summary>
/// Complement opened by the complementiser <c>that</c>: the reported clause after it (mixed when it holds a quote).
/// <list type="bullet">
/// <item>Matches: <c>The minister said that the budget would balance.</c>; <c>Police said on Friday that two men were held.</c>;
/// <c>He said that was wrong.</c> (a demonstrative <c>that</c> is kept in the content).</item>
/// <item>Refuses: a quoted <c>“that”</c>; <c>He said the plan …</c> (no <c>that</c>: <see cref="BareClauseRule"/>).</item>
/// </list>
/// </summary>
internal sealed class ThatClauseRule : ComplementRule
{
    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        if (!f.Reader.Is(next, "that") || f.Quotes.IsQuoted(next))
        {
            content = null;
            return false;
        }

        content = f.Content.Content(f.Clause.IsDemonstrativeThat(next) ? next : next + 1, forceMixedOnQuote: true);
        return true;
    }
}

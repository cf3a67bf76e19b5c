namespace Attribution.Frames.Rules;

/// <summary>
/// <c>continue</c> cues speech only next to a quote.
/// <list type="bullet">
/// <item>Lets through: <c>She continued: “We will rebuild.”</c>; <c>“We will rebuild,” he continued.</c>; <c>“…,” continued the mayor.</c></item>
/// <item>Settles (no statement): <c>Fighting continued through the night.</c>; <c>Prices continued to climb.</c></item>
/// </list>
/// </summary>
internal sealed class ContinueCueGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site) =>
        site.Entry.Lemma == "continue" && !f.Clause.QuoteFollows(site.End) && !f.Clause.QuoteBeforeFrame(site.First, site.SentenceFirst);
}

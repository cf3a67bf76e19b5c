namespace Attribution.Frames.Rules;

/// <summary>
/// <c>add to</c> means increase, not say: the <c>that</c>-clause after its object belongs to a noun (<c>fears that …</c>,
/// <c>signs that …</c>) and nobody states it.
/// <list type="bullet">
/// <item>Settles (no statement): <c>The economy shrank in October, adding to signs that a recession has begun.</c>; <c>The
/// strike added to pressure on the government.</c></item>
/// <item>Lets through: <c>He added that talks would resume.</c>; <c>“We are not done,” she added.</c>; <c>The minister added, to
/// applause, that …</c> (a comma comes first).</item>
/// </list>
/// </summary>
internal sealed class AddToGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site) =>
        site.Entry.Lemma == "add" && !site.Entry.IsPhrasal && f.Reader.Is(site.End, "to") && !f.Quotes.IsQuoted(site.End);
}

namespace Attribution.Frames.Rules;

/// <summary>
/// Refuses a naming cue (<c>call</c>, <c>label</c>, <c>brand</c>: the cues flagged <c>+predicate</c>) right before a quote: the quote is a
/// name, not speech.
/// <list type="bullet">
/// <item>Settles (no statement): <c>a print called “Cowboys and Indians”</c>; <c>a group calling itself “The Guardians”</c>; <c>a hacker
/// labelled “Ghost” online</c>.</item>
/// <item>Lets through: <c>He called the ruling “a disgrace to the court.”</c> (an object comes first); <c>She called on the council to act.</c> (phrasal).</item>
/// </list>
/// </summary>
internal sealed class CalledNameGuard : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site) =>
        site.Entry.TakesPredicate && !site.Entry.IsPhrasal && f.Quotes.PieceOf(site.End) is int named and >= 0 && f.Quotes.Pieces[named].FirstToken == site.End;
}

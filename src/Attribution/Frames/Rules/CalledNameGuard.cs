using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames.Rules;

/// <summary>
/// Refuses a naming cue (<c>call</c>, <c>label</c>, <c>brand</c>: the cues flagged <c>+predicate</c>) whose quote is a name, not
/// speech: the quote right after the cue, or a short quote in title case right after a short object (a nickname or a
/// label given to someone or something, which news prints capitalised like any name).
/// <list type="bullet">
/// <item>Settles (no statement): <c>a print called “Cowboys and Indians”</c>; <c>a group calling itself “The Guardians”</c>; <c>a hacker
/// labelled “Ghost” online</c>; <c>Fans call him “the Hammer”</c>; <c>Locals call the new stadium “the Bowl.”</c></item>
/// <item>Lets through: <c>He called the ruling “a disgrace to the court.”</c> (an object comes first, the quote in lower case);
/// <c>She called the plan “Unworkable. Unfair.”</c> (a stop inside: speech); <c>She called on the council to act.</c> (phrasal).</item>
/// </list>
/// </summary>
internal sealed class CalledNameGuard : FrameRule
{
    /// <summary>How many tokens the object before a nickname may have (<c>him</c>, <c>the new stadium</c>, <c>the state's top court</c>).</summary>
    private const int MaxNamedObjectTokens = 5;

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        if (!site.Entry.TakesPredicate || site.Entry.IsPhrasal)
        {
            return false;
        }

        return f.Quotes.PieceOf(site.End) is int named and >= 0 && f.Quotes.Pieces[named].FirstToken == site.End
            || NamesItsObject(f, site);
    }

    /// <summary>
    /// <c>call him “the Hammer”</c>: a short object with no quote or comma in it, then a closed quote that reads as a name
    /// (<see cref="IsName"/>).
    /// </summary>
    private static bool NamesItsObject(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        for (int k = site.End; k <= site.SentenceLast && k - site.End <= MaxNamedObjectTokens; k++)
        {
            if (f.Quotes.PieceOf(k) is int p and >= 0)
            {
                var piece = f.Quotes.Pieces[p];
                return k > site.End && piece.FirstToken == k && IsName(r, piece);
            }

            if (!r.IsWord(k) && !r.IsPossessive(k))
            {
                return false; // a comma or a stop: the quote after it is no name given to the object
            }
        }

        return false;
    }

    /// <summary>
    /// A closed quote of words in title case (<see cref="QuotedTitle.IsTitleCase"/>), at most <see cref="QuotedTitle.MaxProgrammeWords"/>
    /// of them, one capitalised; the sentence's stop or comma may end it, American style, once it has two words (<c>“the Bowl.”</c>;
    /// a lone <c>“Unworkable.”</c> is a judgment).
    /// </summary>
    private static bool IsName(TokenReader r, QuotePiece piece)
    {
        int last = piece.LastToken - 1;
        if (last > piece.FirstToken + 2 && r.Tokens[last].Kind == TokenKind.Punctuation && (r.Is(last, ".") || r.Is(last, ",")))
        {
            last--;
        }

        if (!piece.Closed || last <= piece.FirstToken || last - piece.FirstToken > QuotedTitle.MaxProgrammeWords || !QuotedTitle.IsTitleCase(r, piece))
        {
            return false;
        }

        bool capitalised = false;
        for (int k = piece.FirstToken + 1; k <= last; k++)
        {
            if (!r.IsWord(k) && !r.IsPossessive(k))
            {
                return false;
            }

            capitalised |= r.IsCapitalized(k);
        }

        return capitalised;
    }
}

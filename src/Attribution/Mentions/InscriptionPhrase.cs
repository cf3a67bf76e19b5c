using Attribution.Lexicons;

namespace Attribution.Mentions;

/// <summary>
/// The noun phrase of a thing that bears a text (inscription-nouns.txt: a sign, a banner, shirts), which PARC 3.0 takes as
/// the source of the text it reads or says: <c>a banner reading “…”</c>, <c>shirts that read “…”</c>. The phrase is kept
/// short, a determiner and one modifier at most before the head, because the verb of the clause around it is often one
/// the lexicons do not know (<c>Nurses wore shirts that read “…”</c>: the source is <c>shirts</c>, not
/// <c>Nurses wore shirts</c>).
/// </summary>
internal static class InscriptionPhrase
{
    /// <summary>
    /// The most lower-case words between an inscription noun and a relative <c>that</c> set off from it
    /// (<c>shirts started to come out that said “…”</c>): a short verb group with its particles.
    /// </summary>
    private const int MaxExtraposedGap = 5;

    /// <summary>Whether the token is a thing that bears a text (<c>sign</c>, <c>banners</c>, <c>T-shirt</c>).</summary>
    public static bool IsHead(TokenReader r, int i) => r.IsWord(i) && (r.TagsOf(i) & WordTags.InscriptionNoun) != 0;

    /// <summary>
    /// The phrase headed by the inscription noun at <paramref name="head"/>: <c>shirts</c>, <c>a banner</c>, <c>a large banner</c>,
    /// <c>the union's placard</c>, <c>two signs</c>; null when the token is no inscription noun.
    /// </summary>
    public static Mention? EndingAt(TokenReader r, int head, int limit)
    {
        if (head < limit || !IsHead(r, head))
        {
            return null;
        }

        int first = head;
        if (head - 1 >= limit && IsDeterminerLike(r, head - 1))
        {
            first = head - 1; // "a banner", "the union's placard", "two signs"
        }
        else if (head - 2 >= limit && IsDeterminerLike(r, head - 2) && r.IsLowerWord(head - 1) && r.ClassOf(head - 1) == WordClass.None)
        {
            first = head - 2; // "a large banner", "a handwritten sign"
        }

        if (r.IsPossessive(first) && first - 1 >= limit && r.IsWord(first - 1))
        {
            first = r.ClassOf(first - 2) == WordClass.Determiner && first - 2 >= limit ? first - 2 : first - 1; // "the union's placard"
        }

        return new Mention(r.SpanOf(first, head), first, head, MentionKind.Nominal);
    }

    /// <summary>
    /// The inscription phrase a relative <c>that</c> at <paramref name="that"/> is set off from by a short verb group:
    /// <c>shirts started to come out that said “…”</c>. Only lower-case words that open no noun phrase of their own (no
    /// determiner, pronoun or noun a speaker could be) may stand between, so <c>a sign on the bill that said …</c> keeps its nearer head.
    /// </summary>
    public static Mention? ExtraposedBefore(TokenReader r, int that, int limit)
    {
        for (int k = that - 1; k >= limit && that - k <= MaxExtraposedGap + 1; k--)
        {
            if (IsHead(r, k))
            {
                return k < that - 1 ? EndingAt(r, k, limit) : null;
            }

            if (!r.IsLowerWord(k) || r.ClassOf(k) == WordClass.Determiner || r.IsPronoun(k) || r.IsNoun(k) || r.IsPossessive(k))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsDeterminerLike(TokenReader r, int i) =>
        r.ClassOf(i) == WordClass.Determiner || r.IsPossessive(i) || r.Tokens[i].Kind == Text.TokenKind.Number;
}

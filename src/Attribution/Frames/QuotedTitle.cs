using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>
/// A quotation in title case, the way news prints the name of a work or a programme (<c>“Songs for the Drowned”</c>,
/// <c>“State of the Union”</c>, <c>“Meet the Press”</c>): every word that is neither a function word nor a pronoun is
/// capitalised. A lower-case pronoun after the first word (<c>“Shame on him.”</c>) shows speech, since title case
/// capitalises pronouns. Stateless.
/// </summary>
internal static class QuotedTitle
{
    /// <summary>The most words, marks excluded, of a programme's name read as part of a frame's adjunct.</summary>
    public const int MaxProgrammeWords = 6;

    /// <summary>Whether the words of <paramref name="piece"/> are in title case.</summary>
    public static bool IsTitleCase(TokenReader r, QuotePiece piece)
    {
        for (int k = piece.FirstToken + 1; k < piece.LastToken; k++)
        {
            if (r.IsLowerWord(k) && (r.ClassOf(k) == WordClass.None || (k > piece.FirstToken + 1 && (r.IsPronoun(k) || r.ClassOf(k) == WordClass.ObjectPronoun))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="piece"/> names a programme or a publication inside a frame's adjunct: short, closed, in
    /// title case, with no stop inside (<c>said on CNN's “State of the Union” that …</c>; not <c>said: “Go Home.”</c>).
    /// </summary>
    public static bool IsProgrammeName(TokenReader r, QuotePiece piece)
    {
        if (!piece.Closed || piece.TokenCount - 2 > MaxProgrammeWords || piece.TokenCount < 3 || !IsTitleCase(r, piece))
        {
            return false;
        }

        for (int k = piece.FirstToken + 1; k < piece.LastToken; k++)
        {
            if (!r.IsWord(k) && !r.IsPossessive(k))
            {
                return false;
            }
        }

        return true;
    }
}

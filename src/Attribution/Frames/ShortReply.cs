using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>
/// A quotation too short to pass for a statement by length that is still one: a reply of a word or two that is
/// a sentence of its own, its stop inside the marks (<c>“No.”</c>, <c>“Never!”</c>, <c>“Why?”</c>). A scare-quoted
/// word or a title (<c>“reckless”</c>, <c>“The Long Night”</c>) has no stop of its own; where a sentence-final stop
/// falls inside the marks by the American convention (<c>called it “reckless.”</c>) the quotation does not open
/// its sentence, which the callers check.
/// </summary>
internal static class ShortReply
{
    /// <summary>Whether <paramref name="piece"/> is closed and holds words ending in a full stop, a question or an exclamation mark.</summary>
    public static bool Is(TokenReader r, QuotePiece piece)
    {
        int inside = piece.LastToken - 1;
        return piece.Closed && inside > piece.FirstToken + 1 && r.IsWord(piece.FirstToken + 1)
            && (r.IsPunct(inside, '.') || r.IsPunct(inside, '!') || r.IsPunct(inside, '?'));
    }
}

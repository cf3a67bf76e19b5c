namespace Attribution.Frames;

/// <summary>
/// The part of an outermost quotation that lies in one paragraph. A quotation that runs over paragraphs
/// (left open at each paragraph end and re-opened at the next paragraph start) has one piece per paragraph;
/// each piece can have its own frame (<c>“…,” he said.</c>) or inherit the speaker.
/// </summary>
/// <param name="Quote">Index of the quotation in the scanner's output.</param>
/// <param name="FirstToken">The opening (or re-opening) mark.</param>
/// <param name="LastToken">The closing mark, or the paragraph's last token when the quotation is still open there.</param>
/// <param name="Closed">Whether <paramref name="LastToken"/> is a closing mark.</param>
/// <param name="Span">From the first token's start to the last token's end.</param>
internal readonly record struct QuotePiece(int Quote, int FirstToken, int LastToken, bool Closed, TextSpan Span)
{
    public int TokenCount => LastToken - FirstToken + 1;
}

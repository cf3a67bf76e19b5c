using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames.Rules;

/// <summary>
/// A quote signed after a dash, the name closing the paragraph or followed by a comma and an appositive.
/// <list type="bullet">
/// <item>Matches: <c>“We will not back down.” —Jane Doe, union leader</c>; <c>“The sea is rising.” — Tomas Berg.</c></item>
/// <item>Refuses: <c>“Minister quits over leak” — The Daily Courier, May 3, 2021</c> (a headline cited with its outlet and date);
/// <c>“…” — he said later</c> (a pronoun); a dash followed by more sentence.</item>
/// </list>
/// </summary>
internal sealed class DashSignatureRule : QuoteRule
{
    public override Candidate? TryMatch(TokenReader r, QuotePiece piece, int[] sentenceOf, Candidate? previous)
    {
        var document = r.Document;
        int s = sentenceOf[piece.FirstToken];
        var paragraph = document.Paragraphs[document.Sentences[s].Paragraph];
        int paragraphLast = document.Sentences[paragraph.EndSentence - 1].EndToken - 1;
        int after = piece.LastToken + 1;
        if (after <= paragraphLast && r.Tokens[after].Kind == TokenKind.Dash
            && MentionFinder.PhraseStartingAt(r, after + 1, paragraphLast + 1, allowObjectPronoun: false) is { } signed
            && (signed.LastToken == paragraphLast || r.IsPunct(signed.LastToken + 1, ',') || r.IsPunct(signed.LastToken + 1, '.') && signed.LastToken + 1 == paragraphLast)
            && signed.Kind != MentionKind.Pronoun && !IsHeadlineCitation(r, piece, signed))
        {
            return Frameless(piece, signed, null, s, FrameConfidence.VerblessFrame, sentenceOf[signed.LastToken], signed.LastToken);
        }

        return null;
    }

    /// <summary>
    /// <c>“Minister quits over leak” — The Daily Courier, May 3, 2021</c>: a headline (no closing full stop in
    /// the quote) cited with its outlet and date is a reference, not a statement.
    /// </summary>
    private static bool IsHeadlineCitation(TokenReader r, QuotePiece piece, Mention signer)
    {
        int lastInside = piece.LastToken - 1;
        if (!piece.Closed || lastInside <= piece.FirstToken || r.IsPunct(lastInside, '.') || r.IsPunct(lastInside, '!') || r.IsPunct(lastInside, '?')
            || r.Text(lastInside)[0] == '…')
        {
            return false;
        }

        int after = signer.LastToken + 1;
        return r.IsPunct(after, ',') && r.InRange(after + 1) && (MentionFinder.IsTimeWord(r, after + 1) || r.Tokens[after + 1].Kind == TokenKind.Number);
    }
}

using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames.Rules;

/// <summary>
/// A party label before a colon and a quote that ends the sentence, as in transcripts and interviews.
/// <list type="bullet">
/// <item>Matches: <c>Doe: “We will not back down.”</c>; <c>Senator Ito: “The bill is dead.”</c></item>
/// <item>Refuses: <c>He: “…”</c> (a pronoun); a label of six or more tokens; <c>Doe: “We will not back down,” she added later.</c> (the quote does not end the sentence).</item>
/// </list>
/// </summary>
internal sealed class ColonLabelRule : QuoteRule
{
    /// <summary>The most tokens (less one) a party label may have; longer phrases before a colon are sentences.</summary>
    private const int MaxLabelSpan = 6;

    public override Candidate? TryMatch(TokenReader r, QuotePiece piece, int[] sentenceOf, Candidate? previous)
    {
        var document = r.Document;
        int s = sentenceOf[piece.FirstToken];
        int colon = piece.FirstToken - 1;
        int sentenceFirst = document.Sentences[s].FirstToken;
        int sentenceLast = document.Sentences[sentenceOf[piece.LastToken]].EndToken - 1;
        bool quoteEndsSentence = piece.LastToken >= sentenceLast
            || (piece.LastToken + 1 == sentenceLast && r.Tokens[sentenceLast].Kind == TokenKind.Punctuation);
        if (colon > sentenceFirst && r.IsPunct(colon, ':') && quoteEndsSentence && MentionFinder.PhraseEndingAt(r, colon - 1, sentenceFirst) is { } label
            && label.FirstToken == sentenceFirst && label.Kind != MentionKind.Pronoun && label.LastToken - label.FirstToken < MaxLabelSpan)
        {
            return Frameless(piece, label, null, s, FrameConfidence.VerblessFrame, sentenceOf[piece.LastToken], piece.LastToken);
        }

        return null;
    }
}

using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A fully quoted sentence or paragraph right after a statement inherits its speaker.
/// <list type="bullet">
/// <item>Matches: <c>“We will rebuild,” the mayor said. “Every house, every school.”</c>; a quoted paragraph after <c>¶ Ito said the plan was sound.</c></item>
/// <item>Refuses: a quote after an unframed sentence in between (<c>… the mayor said. Rain fell. “Every house.”</c>); a quote inside a sentence
/// (<c>It was “a disaster”, the report found.</c>); a quote two paragraphs on.</item>
/// </list>
/// </summary>
internal sealed class ContinuationRule : QuoteRule
{
    public override Candidate? TryMatch(TokenReader r, QuotePiece piece, int[] sentenceOf, Candidate? previous)
    {
        if (previous is null || previous.Speaker is null)
        {
            return null;
        }

        var document = r.Document;
        int s = sentenceOf[piece.FirstToken];
        var sentence = document.Sentences[s];
        bool startsSentence = piece.FirstToken == sentence.FirstToken || r.IsPunct(piece.FirstToken - 1, '.') || (piece.FirstToken > 0 && sentenceOf[piece.FirstToken - 1] != s);
        int lastSentence = sentenceOf[piece.LastToken];
        int lastSentenceEnd = document.Sentences[lastSentence].EndToken - 1;
        bool endsSentence = piece.LastToken >= lastSentenceEnd - 1
            || !piece.Closed;
        if (!startsSentence || !endsSentence)
        {
            return null;
        }

        if (s > previous.LastSentence + 1 || s < previous.Sentence)
        {
            return null; // a sentence in between (a new topic or speaker) breaks the chain
        }

        int p = document.Sentences[s].Paragraph;
        int previousParagraph = document.Sentences[previous.LastSentence].Paragraph;
        if (p > previousParagraph + 1)
        {
            return null;
        }

        double confidence = piece.Closed ? FrameConfidence.Continuation : FrameConfidence.Continuation - FrameConfidence.UnclosedContinuationPenalty;
        var made = Frameless(piece, previous.Speaker.Value, previous.AddresseeMention, s, confidence, lastSentence, piece.LastToken);
        made.Source = previous;
        made.Draft.SpeakerKind = previous.Draft.SpeakerKind;
        made.Draft.IsSpeech = previous.Draft.IsSpeech;
        return made;
    }
}

using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames;

/// <summary>
/// A floating quote: a paragraph that is one quotation with no frame of its own, after a paragraph that
/// quotes or names its speaker (<c>Smith finished third on the money list. ¶ “We’re all proud to represent
/// Canada.”</c>). News writers drop the frame when the speaker is plain from the paragraph before; the
/// statement carries that speaker with a lower confidence than a framed or continuation quote.
/// </summary>
internal static class FloatingQuote
{
    /// <summary>
    /// A quoted paragraph shorter than this (marks included) is a title, a slogan or a name, not a statement,
    /// unless it is a sentence of its own with its stop inside the marks: a reply (<c>“No.”</c>, <c>“Absolutely.”</c>).
    /// </summary>
    private const int MinTokens = 5;

    /// <summary>
    /// The statement for <paramref name="piece"/> when it is a whole quoted paragraph whose speaker the
    /// paragraph before gives; null otherwise. <paramref name="previous"/> is the last statement before it;
    /// <paramref name="continued"/> says the piece is left open at its paragraph end and re-opened in the next.
    /// </summary>
    public static Candidate? Match(TokenReader r, QuotePiece piece, int[] sentenceOf, Candidate? previous, bool continued)
    {
        var document = r.Document;
        int s = sentenceOf[piece.FirstToken];
        int p = document.Sentences[s].Paragraph;
        if (!(piece.Closed || continued) || !EndsLikeASentence(r, piece) || (piece.TokenCount < MinTokens && !IsReply(r, piece)))
        {
            return null;
        }

        if (!IsWholeParagraph(r, piece, document.Paragraphs[p]))
        {
            return AfterNarration(r, piece, s, sentenceOf, previous);
        }

        if (p == 0)
        {
            return null;
        }

        int lastSentence = sentenceOf[piece.LastToken];
        var before = document.Paragraphs[p - 1];
        if (previous?.Speaker is { } carried && document.Sentences[previous.LastSentence].Paragraph == p - 1 && previous.Draft.IsSpeech)
        {
            var made = Make(piece, carried, s, lastSentence, FrameConfidence.FloatingCarried);
            made.Source = previous;
            made.Draft.SpeakerKind = previous.Draft.SpeakerKind;
            return made;
        }

        if (previous is not null && document.Sentences[previous.LastSentence].Paragraph >= p - 1)
        {
            return null; // the paragraph before has a statement with no speaker: nothing to carry
        }

        return NamedSubject(r, before) is { } named ? Make(piece, named, s, lastSentence, FrameConfidence.FloatingNamedSubject) : null;
    }

    /// <summary>
    /// A quotation that opens a sentence and closes its paragraph, after a sentence of narration in the same
    /// paragraph whose subject is a person (<c>The coach was furious. “That was never a penalty.”</c>): the
    /// writer lets the sentence before introduce the speaker. Nothing is carried past another statement.
    /// </summary>
    private static Candidate? AfterNarration(TokenReader r, QuotePiece piece, int s, int[] sentenceOf, Candidate? previous)
    {
        var document = r.Document;
        var sentences = document.Sentences;
        var paragraph = document.Paragraphs[sentences[s].Paragraph];
        if (s == paragraph.FirstSentence || piece.FirstToken != sentences[s].FirstToken || !ClosesParagraph(r, piece, paragraph)
            || (previous is not null && sentences[previous.LastSentence].Paragraph == sentences[s].Paragraph))
        {
            return null;
        }

        var narration = sentences[s - 1];
        if (r.IsQuoteMark(narration.FirstToken) || MentionFinder.ClauseSubject(r, narration.FirstToken, narration.EndToken) is not { } subject
            || !IsPerson(r, subject))
        {
            return null;
        }

        return Make(piece, subject, s, sentenceOf[piece.LastToken], FrameConfidence.FloatingNamedSubject);
    }

    // A name, he or she, or a noun phrase whose head is a person noun ("the coach", "Mr Smith's lawyer").
    private static bool IsPerson(TokenReader r, Mention subject) => subject.Kind switch
    {
        MentionKind.Name => subject.FirstToken != subject.LastToken || !OpensSentence(r, subject.FirstToken) || IntroducedBefore(r, subject.FirstToken),
        MentionKind.Pronoun => Pronouns.IsSingularPersonalSubject(r.Text(subject.FirstToken)),
        MentionKind.Nominal => (r.TagsOf(subject.LastToken) & WordTags.PersonNoun) != 0,
        _ => false,
    };

    /// <summary>How far back a lone capitalised word opening a sentence is looked for as the last word of a full name.</summary>
    private const int MaxIntroductionLookBack = 3000;

    private static bool OpensSentence(TokenReader r, int token) =>
        r.Document.Sentences[r.Document.SentenceOfToken[token]].FirstToken == token;

    // "Kravets shook her head." names a person only if the story gave her full name before ("Olena Kravets"); a lone
    // capitalised word opening a sentence is as often a common noun ("Prices rose …"). Looks back a bounded window.
    private static bool IntroducedBefore(TokenReader r, int token)
    {
        var word = r.Text(token);
        for (int k = token - 1; k > 0 && token - k <= MaxIntroductionLookBack; k--)
        {
            if (r.IsCapitalized(k - 1) && r.Text(k).Equals(word, StringComparison.Ordinal) && !OpensSentence(r, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWholeParagraph(TokenReader r, QuotePiece piece, Paragraph paragraph) =>
        piece.FirstToken == r.Document.Sentences[paragraph.FirstSentence].FirstToken && ClosesParagraph(r, piece, paragraph);

    // The piece ends the paragraph, or only a stop after its closing mark does ("“…”.").
    private static bool ClosesParagraph(TokenReader r, QuotePiece piece, Paragraph paragraph)
    {
        int last = r.Document.Sentences[paragraph.EndSentence - 1].EndToken - 1;
        return piece.LastToken == last || (piece.LastToken + 1 == last && r.Tokens[last].Kind == TokenKind.Punctuation);
    }

    // “No.”, “Absolutely!”: a short reply that opens its sentence (a scare-quoted word closing a sentence of the
    // writer's, “called it ‘reckless.’”, has words before it).
    private static bool IsReply(TokenReader r, QuotePiece piece) => ShortReply.Is(r, piece) && StartsSentence(r, piece);

    private static bool StartsSentence(TokenReader r, QuotePiece piece) =>
        piece.FirstToken == r.Document.Sentences[r.Document.SentenceOfToken[piece.FirstToken]].FirstToken
        || r.IsPunct(piece.FirstToken - 1, '.') || r.IsPunct(piece.FirstToken - 1, '!') || r.IsPunct(piece.FirstToken - 1, '?');

    // “We’re all proud to represent Canada.” ends a sentence inside its marks; a title (“The Long Night”) does not.
    // A piece left open at its paragraph end ends there, on its own stop.
    private static bool EndsLikeASentence(TokenReader r, QuotePiece piece)
    {
        int inside = piece.Closed ? piece.LastToken - 1 : piece.LastToken;
        if (r.IsPunct(inside, '.') || r.IsPunct(inside, '!') || r.IsPunct(inside, '?') || (r.InRange(inside) && r.Text(inside)[0] == '…'))
        {
            return true;
        }

        return r.IsPunct(piece.LastToken + 1, '.');
    }

    /// <summary>
    /// The last subject of the paragraph that names a person (a name, he or she, or a person noun: <c>The coach did not
    /// hold back.</c>), outside quotations.
    /// </summary>
    private static Mention? NamedSubject(TokenReader r, Paragraph paragraph)
    {
        var sentences = r.Document.Sentences;
        Mention? found = null;
        for (int s = paragraph.FirstSentence; s < paragraph.EndSentence; s++)
        {
            var sentence = sentences[s];
            if (r.IsQuoteMark(sentence.FirstToken))
            {
                continue;
            }

            if (MentionFinder.ClauseSubject(r, sentence.FirstToken, sentence.EndToken) is not { } subject)
            {
                continue;
            }

            // A group (Residents, Officials) in the paragraph before is too loose a link to a quote across the break.
            if (IsPerson(r, subject) && (subject.Kind != MentionKind.Nominal || (r.TagsOf(subject.LastToken) & WordTags.Plural) == 0))
            {
                found = subject;
            }
        }

        return found;
    }

    private static Candidate Make(QuotePiece piece, Mention speaker, int sentence, int lastSentence, double confidence)
    {
        var draft = new StatementDraft
        {
            Kind = StatementKind.Direct,
            Content = piece.Span,
            Speaker = speaker.Span,
            SpeakerKind = speaker.Kind,
            FrameSentence = sentence,
            Confidence = confidence,
        };
        return new Candidate(draft, speaker, null, -1, sentence, lastSentence, piece.LastToken);
    }
}

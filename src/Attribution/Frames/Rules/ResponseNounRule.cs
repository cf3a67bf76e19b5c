using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames.Rules;

/// <summary>
/// A noun for a reply or a message (response-nouns.txt: answer, verdict, message, words) with its owner, heading a
/// short frame that ends in a colon or a question mark right before a quotation: the owner speaks the quotation.
/// <list type="bullet">
/// <item>Matches: <c>The message from voters was clear: “Get it done.”</c> (speaker: voters); <c>The governor's
/// reply was short: “Not a chance.”</c>; <c>His advice to young reporters: “Check everything twice.”</c>; <c>Her answer
/// to the offer? “No way.”</c> (a question standing for the frame, the quotation its own sentence).</item>
/// <item>Refuses: <c>The answer was simple: “Build more homes.”</c> (no owner: the writer may be speaking);
/// <c>His answer to critics was a new book: “The Long Road.”</c> (a title); <c>The message from the markets was clear: “…”</c>
/// (the owner cannot speak); <c>Her answer surprised everyone: “…”</c> (a verb other than be); a frame longer than a
/// short clause, or a quotation that does not end its sentence.</item>
/// </list>
/// </summary>
internal sealed class ResponseNounRule : QuoteRule
{
    /// <summary>The most tokens from the sentence start to the colon or question mark: an owner, the noun, a short predicate.</summary>
    private const int MaxFrameTokens = 14;

    /// <summary>How many modifiers may stand between the owner and the noun (<c>her blunt answer</c>).</summary>
    private const int MaxModifiers = 2;

    /// <summary>The most words of the predicate after a form of be (<c>was short and sweet</c>).</summary>
    private const int MaxPredicateWords = 4;

    public override Candidate? TryMatch(TokenReader r, QuotePiece piece, int[] sentenceOf, Candidate? previous)
    {
        var sentences = r.Document.Sentences;
        int s = sentenceOf[piece.FirstToken];
        int end = piece.FirstToken - 1; // the colon or the question mark that closes the frame
        int frameSentence;
        if (r.IsPunct(end, ':') && EndsSentence(r, piece, sentenceOf))
        {
            frameSentence = s;
        }
        else if (r.IsPunct(end, '?') && piece.FirstToken == sentences[s].FirstToken && s > 0 && sentenceOf[end] == s - 1
            && sentences[s - 1].Paragraph == sentences[s].Paragraph)
        {
            frameSentence = s - 1;
        }
        else
        {
            return null;
        }

        int first = sentences[frameSentence].FirstToken;
        if (end - first > MaxFrameTokens || !ReadsLikeSpeech(r, piece))
        {
            return null;
        }

        if (OwnerAndNoun(r, first, end) is not ({ } owner, int afterFrame) || !CanSpeak(r, owner))
        {
            return null;
        }

        bool question = r.IsPunct(end, '?');
        if (!PredicateFits(r, afterFrame, end, question))
        {
            return null;
        }

        return Frameless(piece, owner, null, frameSentence, FrameConfidence.ResponseNoun, sentenceOf[piece.LastToken], piece.LastToken);
    }

    /// <summary>
    /// The owner of the response noun opening the frame and the token after the noun phrase (and its owner phrase):
    /// <c>Her | answer</c>, <c>The governor 's | reply</c>, <c>The message | from voters</c>.
    /// </summary>
    private static (Mention? Owner, int After) OwnerAndNoun(TokenReader r, int first, int end)
    {
        int noun = -1;
        for (int k = first; k < end && k - first <= MaxFrameTokens / 2; k++)
        {
            if (r.IsQuoteMark(k) || r.IsPunct(k, ','))
            {
                return (null, -1);
            }

            if (r.IsLowerWord(k) && (r.TagsOf(k) & WordTags.ResponseNoun) != 0)
            {
                noun = k;
                break;
            }
        }

        if (noun < 0)
        {
            return (null, -1);
        }

        int left = noun - 1;
        for (int m = 0; m < MaxModifiers && left > first && r.IsLowerWord(left) && r.ClassOf(left) == WordClass.None && !r.IsNoun(left); m++)
        {
            left--; // "her blunt answer", "the mayor's final message"
        }

        if (left >= first && r.IsWord(left) && Pronouns.IsThirdPersonPossessive(r.Text(left)) && left == first)
        {
            return (new Mention(r.SpanOf(left, left), left, left, MentionKind.Pronoun), noun + 1);
        }

        if (left > first && r.IsPossessive(left) && MentionFinder.PhraseEndingAt(r, left - 1, first) is { } possessor && possessor.FirstToken == first)
        {
            return (possessor, noun + 1);
        }

        if (left == first && r.ClassOf(left) == WordClass.Determiner && (r.Is(noun + 1, "from") || r.Is(noun + 1, "of"))
            && MentionFinder.PhraseStartingAt(r, noun + 2, end, allowObjectPronoun: false) is { } source)
        {
            return (source, source.LastToken + 1);
        }

        return (null, -1);
    }

    /// <summary>
    /// What may stand between the noun phrase and the colon: a short prepositional phrase (<c>to the offer</c>), then
    /// nothing, or a form of be with a short predicate (<c>was clear</c>, <c>was short and sweet</c>); before a question
    /// mark, no verb at all.
    /// </summary>
    private static bool PredicateFits(TokenReader r, int at, int end, bool question)
    {
        if (at < end && r.ClassOf(at) is WordClass.Preposition or WordClass.NounPreposition)
        {
            at++;
            while (at < end && r.ClassOf(at) != WordClass.Auxiliary)
            {
                if (r.IsQuoteMark(at) || r.IsPunct(at, ',') || r.IsPunct(at, ';'))
                {
                    return false;
                }

                at++;
            }
        }

        if (at == end)
        {
            return true;
        }

        if (question || r.ClassOf(at) != WordClass.Auxiliary || end - at - 1 > MaxPredicateWords)
        {
            return false;
        }

        for (int k = at + 1; k < end; k++)
        {
            if (!r.IsLowerWord(k) || r.IsNoun(k) || (r.ClassOf(k) is not (WordClass.None or WordClass.Adverb or WordClass.Coordinator)))
            {
                return false; // "was a new book": a noun phrase, not how the words came out
            }
        }

        return true;
    }

    // Quoted speech, not a title: a lower-case content word, or a closing stop inside the marks ("“Brilliant.”").
    internal static bool ReadsLikeSpeech(TokenReader r, QuotePiece piece)
    {
        int inside = piece.LastToken - 1;
        if (piece.Closed && (r.IsPunct(inside, '.') || r.IsPunct(inside, '!') || r.IsPunct(inside, '?')))
        {
            return true;
        }

        for (int k = piece.FirstToken + 1; k < piece.LastToken; k++)
        {
            if (r.IsLowerWord(k) && r.ClassOf(k) == WordClass.None)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsSentence(TokenReader r, QuotePiece piece, int[] sentenceOf)
    {
        int sentenceLast = r.Document.Sentences[sentenceOf[piece.LastToken]].EndToken - 1;
        return piece.LastToken >= sentenceLast || (piece.LastToken + 1 == sentenceLast && r.Tokens[sentenceLast].Kind == TokenKind.Punctuation);
    }

    // People, bodies and their documents speak; "the markets", "the polls" do not.
    internal static bool CanSpeak(TokenReader r, Mention owner) => owner.Kind switch
    {
        MentionKind.Name or MentionKind.Organization or MentionKind.Anonymous or MentionKind.Pronoun => true,
        _ => (r.TagsOf(owner.LastToken) & (WordTags.PersonNoun | WordTags.GroupNoun)) != 0,
    };
}

using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames.Rules;

/// <summary>
/// A headline or deck that opens with a quotation and a colon, its speaker the subject of the line after the colon, as
/// British and Australian outlets write them: the quote first, then who said it and what they did.
/// <list type="bullet">
/// <item>Matches: <c>‘It's a disgrace’: Fans turn on club owner after sale</c>; <c>“We’re heartbroken”: Family of missing hiker
/// pays tribute</c>; <c>'Nobody is safe': residents flee as wildfire spreads</c> (speaker: the subject after the colon).</item>
/// <item>Refuses: a line with a closing full stop or more than <see cref="MaxLineWords"/> words (running text); a quote not at
/// the line's start; <c>‘Absolutely devastating’: Floods hit town</c> (the subject cannot speak); <c>'Q': He quits</c> (a
/// pronoun, which a headline does not use for its speaker).</item>
/// </list>
/// </summary>
internal sealed class HeadlineQuoteLabelRule : QuoteRule
{
    /// <summary>Headlines and decks are short; a longer line is running text.</summary>
    private const int MaxLineWords = 24;

    public override Candidate? TryMatch(TokenReader r, QuotePiece piece, int[] sentenceOf, Candidate? previous)
    {
        var document = r.Document;
        int s = sentenceOf[piece.FirstToken];
        var sentence = document.Sentences[s];
        var paragraph = document.Paragraphs[sentence.Paragraph];
        int colon = piece.LastToken + 1;
        int lineLast = document.Sentences[paragraph.EndSentence - 1].EndToken - 1;
        if (!piece.Closed || piece.FirstToken != document.Sentences[paragraph.FirstSentence].FirstToken || !r.IsPunct(colon, ':')
            || colon >= lineLast || !IsShortLine(r, colon + 1, lineLast))
        {
            return null;
        }

        if (MentionFinder.PhraseStartingAt(r, colon + 1, lineLast + 1, allowObjectPronoun: false) is not { } phrase
            || SpeakerIn(r, phrase) is not { } speaker || !r.IsWord(speaker.LastToken + 1))
        {
            return null; // the subject must be followed by its verb: "Fans turn on …"
        }

        return Frameless(piece, speaker, null, s, FrameConfidence.HeadlineQuoteLabel, sentenceOf[piece.LastToken], piece.LastToken);
    }

    /// <summary>
    /// The speaker the phrase after the colon opens with: the phrase itself when it can speak, else its part up to the first
    /// person or group noun and any capitalised words after a capitalised one (a title and its name), since a headline's verb
    /// can read as a noun (<c>Fans turn</c>, <c>Family pays</c>); never a pronoun.
    /// </summary>
    private static Mention? SpeakerIn(TokenReader r, Mention phrase)
    {
        if (phrase.Kind == MentionKind.Pronoun)
        {
            return null;
        }

        if (ResponseNounRule.CanSpeak(r, phrase))
        {
            return phrase;
        }

        for (int k = phrase.FirstToken; k < phrase.LastToken; k++)
        {
            if ((r.TagsOf(k) & (Lexicons.WordTags.PersonNoun | Lexicons.WordTags.GroupNoun)) != 0)
            {
                while (k < phrase.LastToken && r.IsCapitalized(k) && r.IsCapitalized(k + 1))
                {
                    k++; // a title and the name after it: "Prime Minister Anthony Albanese"
                }

                return MentionFinder.PhraseStartingAt(r, phrase.FirstToken, k + 1, allowObjectPronoun: false) is { } head && ResponseNounRule.CanSpeak(r, head) ? head : null;
            }
        }

        return null;
    }

    /// <summary>A headline's rest: no closing full stop and at most <see cref="MaxLineWords"/> words.</summary>
    private static bool IsShortLine(TokenReader r, int first, int last)
    {
        if (r.IsPunct(last, '.'))
        {
            return false;
        }

        int words = 0;
        for (int k = first; k <= last; k++)
        {
            if (r.IsWord(k) && ++words > MaxLineWords)
            {
                return false;
            }
        }

        return true;
    }
}

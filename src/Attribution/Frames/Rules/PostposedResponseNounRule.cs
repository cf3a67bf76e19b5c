using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A quotation named after it by a reply or message noun (response-nouns.txt) with its owner: <c>“Q,” was the verdict
/// of S</c>, <c>“Q,” came the reply from S</c>, <c>“Q” was her reaction</c>. The owner speaks the quotation; the
/// mirror image of <see cref="ResponseNounRule"/>, whose frame comes first.
/// <list type="bullet">
/// <item>Matches: <c>“Sell,” was the one-word verdict of another analyst, who asked not to be named.</c>; <c>“Not a chance,” came
/// the reply from the minister.</c>; <c>“Disgraceful” was her reaction.</c>; <c>“Get it done” was the governor's message to
/// lawmakers.</c></item>
/// <item>Refuses: <c>“Brexit” was the word of the year.</c> (the owner cannot speak); <c>“The Long Road” was the title of his
/// memoir.</c> (no reply noun, and a title); <c>“Q” was the answer to the riddle.</c> (no owner); a quotation inside a sentence
/// (<c>He said “no” was the answer of the board.</c>).</item>
/// </list>
/// </summary>
internal sealed class PostposedResponseNounRule : QuoteRule
{
    /// <summary>How many words may stand between the determiner or owner and the noun (<c>the blunt one-word verdict</c>).</summary>
    private const int MaxModifiers = 2;

    public override Candidate? TryMatch(TokenReader r, QuotePiece piece, int[] sentenceOf, Candidate? previous)
    {
        var sentences = r.Document.Sentences;
        int s = sentenceOf[piece.FirstToken];
        // "“Sell,” was …": the comma inside the marks is a quotation's before its frame, whatever its words look like.
        if (!piece.Closed || piece.FirstToken != sentences[s].FirstToken || !(ResponseNounRule.ReadsLikeSpeech(r, piece) || r.IsPunct(piece.LastToken - 1, ',')))
        {
            return null;
        }

        int k = piece.LastToken + 1;
        if (r.IsPunct(k, ','))
        {
            k++; // "“Q”, was …" with the comma outside the marks
        }

        if (!(r.Is(k, "was") || r.Is(k, "is") || r.Is(k, "came") || r.Is(k, "comes")) || sentenceOf[k] != sentenceOf[piece.LastToken])
        {
            return null;
        }

        int start = k + 1;
        int end = sentences[sentenceOf[k]].EndToken;
        Mention? owner = null;
        int m = start;
        if (r.IsWord(m) && Pronouns.IsThirdPersonPossessive(r.Text(m)))
        {
            owner = new Mention(r.SpanOf(m, m), m, m, MentionKind.Pronoun); // "was her reaction"
            m++;
        }
        else if (r.ClassOf(m) == WordClass.Determiner)
        {
            m++;
        }

        int noun = -1;
        for (int n = 0; n <= MaxModifiers + 2 && m < end; n++, m++)
        {
            if (r.IsLowerWord(m) && (r.TagsOf(m) & WordTags.ResponseNoun) != 0)
            {
                noun = m;
                break;
            }

            if (owner is null && r.IsPossessive(m) && MentionFinder.PhraseEndingAt(r, m - 1, start) is { } possessor && possessor.FirstToken == start)
            {
                owner = possessor; // "was the governor's message"
                continue;
            }

            if (!r.IsWord(m) || r.IsQuoteMark(m) || (r.ClassOf(m) != WordClass.None && !r.IsPossessive(m)))
            {
                return null;
            }
        }

        if (noun < 0)
        {
            return null;
        }

        if (owner is null && (r.Is(noun + 1, "of") || r.Is(noun + 1, "from")))
        {
            owner = MentionFinder.PhraseStartingAt(r, noun + 2, end, allowObjectPronoun: false); // "the verdict of another analyst"
        }

        if (owner is not { } speaker || !ResponseNounRule.CanSpeak(r, speaker))
        {
            return null;
        }

        return Frameless(piece, speaker, null, s, FrameConfidence.ResponseNoun, sentenceOf[k], piece.LastToken);
    }
}

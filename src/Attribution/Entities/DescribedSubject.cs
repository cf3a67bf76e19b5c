using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Pipeline;

namespace Attribution.Entities;

/// <summary>
/// A person the text describes but does not name, as the subject that opens a sentence: <c>A protester held a banner
/// …</c>, <c>The woman, who asked not to be named, …</c>. Not a speaker itself, it is still what a <c>she</c> or
/// <c>he</c> in the next sentences may refer to, nearer than a person named before it.
/// </summary>
/// <param name="FirstToken">The determiner that opens the sentence.</param>
/// <param name="HeadToken">The person noun that heads the phrase.</param>
/// <param name="LastToken">The phrase's last token: the head, or the end of its <c>of</c> phrase (<c>the chief of staff</c>).</param>
/// <param name="Sentence">The sentence it opens.</param>
internal readonly record struct DescribedSubject(int FirstToken, int HeadToken, int LastToken, int Sentence)
{
    /// <summary>Modifiers between the determiner and the head (<c>a young Syrian protester</c>); longer phrases are left alone.</summary>
    private const int MaxModifiers = 3;

    /// <summary>
    /// Adds to <paramref name="into"/>, in order, the described person subjects of the document's sentences. A sentence
    /// qualifies when it opens (after a short fronted adjunct, if any), outside quotes, with a singular determiner, up to <see cref="MaxModifiers"/> lower-case
    /// modifiers and a singular person noun, followed by a verb, a comma or a relative word (not by another noun or a
    /// possessive), and no speaker or addressee span already covers it (<paramref name="covered"/>).
    /// </summary>
    public static void Find(TokenReader r, DocumentPositions positions, bool[] covered, List<DescribedSubject> into)
    {
        var sentences = r.Document.Sentences;
        for (int s = 0; s < sentences.Length; s++)
        {
            int end = Math.Min(sentences[s].EndToken, r.Count);
            int first = AfterFrontedAdjunct(r, positions, sentences[s].FirstToken, end);
            if (first + 2 >= end || positions.InQuote[first] || covered[first] || !IsSingularDeterminer(r.Text(first)))
            {
                continue;
            }

            int head = -1;
            for (int k = first + 1; k < end && k - first <= MaxModifiers + 1 && r.IsLowerWord(k) && r.ClassOf(k) == WordClass.None; k++)
            {
                if ((r.TagsOf(k) & WordTags.PersonNoun) != 0 && (r.TagsOf(k) & WordTags.Plural) == 0 && !r.IsNoun(k + 1) && !r.IsPossessive(k + 1))
                {
                    head = k;
                    break;
                }
            }

            if (head > 0 && (r.IsLowerWord(head + 1) || r.IsPunct(head + 1, ',')))
            {
                into.Add(new DescribedSubject(first, head, OfPhraseEnd(r, head, end), s));
            }
        }
    }

    /// <summary>The most tokens an <c>of</c> phrase after the head runs and still names the person (<c>of the central bank</c>).</summary>
    private const int MaxOfPhraseTokens = 4;

    /// <summary>
    /// <c>the chief of staff</c>, <c>the head of the agency</c>: the last token of a short <c>of</c> phrase after the head when
    /// a verb or a comma follows it; the head otherwise.
    /// </summary>
    private static int OfPhraseEnd(TokenReader r, int head, int end)
    {
        if (!r.Is(head + 1, "of") || MentionFinder.PhraseStartingAt(r, head + 2, end, allowObjectPronoun: false) is not { } of
            || of.LastToken - head - 1 > MaxOfPhraseTokens || !(r.IsLowerWord(of.LastToken + 1) || r.IsPunct(of.LastToken + 1, ',')))
        {
            return head;
        }

        return of.LastToken;
    }

    /// <summary>The most tokens a fronted adjunct runs before its comma (<c>In an interview with NPR on Sunday,</c>).</summary>
    private const int MaxFrontedAdjunctTokens = 10;

    /// <summary>
    /// <c>In an interview with NPR, the chief of staff brushed aside …</c>: the subject after a short adjunct that opens the
    /// sentence with a preposition and closes with a comma; the sentence's first token otherwise.
    /// </summary>
    private static int AfterFrontedAdjunct(TokenReader r, DocumentPositions positions, int first, int end)
    {
        if (positions.InQuote[first] || r.ClassOf(first) is not (WordClass.Preposition or WordClass.NounPreposition))
        {
            return first;
        }

        for (int k = first + 1; k < end && k - first <= MaxFrontedAdjunctTokens; k++)
        {
            if (positions.InQuote[k])
            {
                return first;
            }

            if (r.IsPunct(k, ','))
            {
                return k + 1 < end ? k + 1 : first;
            }
        }

        return first;
    }

    private static bool IsSingularDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
        || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("one", StringComparison.OrdinalIgnoreCase);
}

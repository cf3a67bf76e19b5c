using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames;

/// <summary>
/// Headlines and decks set in title case (<c>Trump Says He Will Not Concede</c>): there a capitalised verb is a
/// verb, not part of a name, so its cue counts. A paragraph is a headline when it is one short line without a
/// closing full stop whose content words are all capitalised.
/// </summary>
internal static class Headline
{
    /// <summary>Headlines and decks are short; a longer paragraph is running text with many names.</summary>
    private const int MaxWords = 24;

    /// <summary>Fewer words than this is a label or a byline, not a headline with a frame.</summary>
    private const int MinWords = 4;

    public static bool IsTitleCase(TokenReader r, Paragraph paragraph)
    {
        var sentences = r.Document.Sentences;
        if (paragraph.EndSentence - paragraph.FirstSentence != 1)
        {
            return false;
        }

        var sentence = sentences[paragraph.FirstSentence];
        int last = sentence.EndToken - 1;
        if (r.IsPunct(last, '.'))
        {
            return false;
        }

        int words = 0;
        for (int k = sentence.FirstToken; k <= last; k++)
        {
            if (!r.IsWord(k))
            {
                continue;
            }

            if (++words > MaxWords)
            {
                return false;
            }

            // AP style keeps short function words in lower case (of, to, in, and, with); a lower-case content word is running text.
            if (r.IsLowerWord(k) && r.ClassOf(k) == WordClass.None)
            {
                return false;
            }
        }

        return words >= MinWords;
    }
}

using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>
/// Who a question-and-answer piece interviews, read from its introduction (the text before the first <c>Q:</c>
/// label), so <c>A:</c> turns resolve to that person and <c>Q:</c> turns to the interviewer:
/// <list type="bullet">
/// <item><c>Reporter Alan Moss spoke with Dr. Priya Raman about the outbreak.</c>: Raman answers, Moss asks;</item>
/// <item><c>The Courier interviewed novelist Jane Doe.</c>, <c>In an interview with Jane Doe, …</c>: Doe answers;</item>
/// <item><c>Novelist Jane Doe spoke to the Courier about her book.</c>: the one spoken to is no person, so Doe, the subject, answers.</item>
/// </list>
/// The words come from interview-words.txt (<see cref="WordTags.InterviewWord"/>); the first one outside quotations
/// with a person on either side decides. Linear: one pass over the introduction.
/// </summary>
internal static class InterviewIntro
{
    /// <summary>The person who answers and the one who asks (either may be null).</summary>
    public readonly record struct Parties(Mention? Interviewee, Mention? Interviewer);

    /// <summary>Reads the parties from the tokens before <paramref name="end"/>; both null when no introduction names them.</summary>
    public static Parties Read(TokenReader r, QuoteLayout quotes, int[] sentenceOf, int end) => Read(r, quotes.IsQuoted, sentenceOf, end);

    /// <summary>As above, with the tokens inside quotations told by <paramref name="isQuoted"/> (the entity stage has no quote layout).</summary>
    public static Parties Read(TokenReader r, Func<int, bool> isQuoted, int[] sentenceOf, int end)
    {
        for (int k = 0; k < end; k++)
        {
            if ((r.TagsOf(k) & WordTags.InterviewWord) == 0 || !r.IsLowerWord(k) || isQuoted(k))
            {
                continue;
            }

            var sentence = r.Document.Sentences[sentenceOf[k]];
            int sentenceEnd = Math.Min(end, sentence.EndToken);
            int objectStart = k + 1;
            if (r.Is(objectStart, "down"))
            {
                objectStart++; // "sat down with"
            }

            // "interviewed Jane Doe", "had the chance to interview Jane Doe": the verb takes the interviewee as its object.
            bool interviewed = r.Is(k, "interviewed") || (r.Is(k, "interview") && r.Is(k - 1, "to"));
            if (!interviewed && !(r.Is(objectStart, "with") || r.Is(objectStart, "to")))
            {
                continue; // "the interview has been edited", "he sat on the board"
            }

            if (!interviewed)
            {
                objectStart++;
            }

            var spokenTo = MentionFinder.PhraseStartingAt(r, objectStart, sentenceEnd, allowObjectPronoun: false);
            var subject = r.ClassOf(k - 1) == WordClass.Determiner ? null : MentionFinder.SubjectBefore(r, k, sentence.FirstToken);
            if (spokenTo is { } person && IsPerson(r, person))
            {
                return new Parties(person, subject);
            }

            if (subject is { } speaker && IsPerson(r, speaker) && !interviewed)
            {
                return new Parties(speaker, spokenTo); // "Jane Doe spoke to the Courier"
            }
        }

        return default;
    }

    // "Dr. Lucia Ferrante", "Mayor Carla Boyd", "novelist Jane Doe", "the novelist Jane Doe": a name of two words or more,
    // after an article only when a lower-case description stands between them; "the Ledger", "The New York Times" and
    // "Reuters" are outlets.
    private static bool IsPerson(TokenReader r, Mention mention)
    {
        if (mention.Kind != MentionKind.Name)
        {
            return false;
        }

        int nameStart = mention.FirstToken;
        if (r.ClassOf(nameStart) == WordClass.Determiner)
        {
            nameStart++;
            if (nameStart > mention.LastToken || !r.IsLowerWord(nameStart))
            {
                return false;
            }

            while (nameStart <= mention.LastToken && r.IsLowerWord(nameStart))
            {
                nameStart++;
            }
        }

        int capitalized = 0;
        for (int k = nameStart; k <= mention.LastToken; k++)
        {
            capitalized += r.IsCapitalized(k) ? 1 : 0;
        }

        return capitalized >= 2;
    }
}

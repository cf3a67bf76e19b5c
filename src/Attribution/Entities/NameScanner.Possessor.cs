using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Entities;

/// <summary>
/// A name that <c>its</c> refers back to across the name's own verb: <c>Morgan Stanley cut its forecast</c>,
/// <c>Glencore has raised its copper target</c>. News writes <c>its</c> of a body, never of a person, and nothing but a
/// verb (with an auxiliary or adverb) stands between the subject and the possessive, so the name is a body's whatever
/// its first word (see NameScanner.cs).
/// </summary>
internal sealed partial class NameScanner
{
    /// <summary>An auxiliary, an adverb and the verb: <c>has also cut its</c>. Further on, <c>its</c> may be another subject's.</summary>
    private const int MaxWordsBeforeIts = 3;

    /// <summary>
    /// Whether the words from <paramref name="next"/> are a verb group and then <c>its</c>. A verb of saying is allowed
    /// only when <paramref name="allowCue"/>: <c>Jane Doe said its profits fell</c> reports on the company she speaks
    /// for, so a person's name (a known first name opens it) keeps its kind there.
    /// </summary>
    private bool IsSubjectOfOwnIts(int next, int sentenceEnd, bool allowCue)
    {
        int limit = Math.Min(sentenceEnd, next + MaxWordsBeforeIts + 1);
        bool verb = false;
        for (int k = next; k < limit; k++)
        {
            if (!_reader.IsLowerWord(k) || _positions.InQuote[k])
            {
                return false;
            }

            if (_reader.Is(k, "its"))
            {
                return verb;
            }

            var wordClass = _reader.ClassOf(k);
            if (wordClass is WordClass.Auxiliary or WordClass.Adverb && !verb)
            {
                continue;
            }

            // A preposition, an article or a conjunction right after the name, or a second word after the verb
            // ("said shares of its"), is no subject-verb-possessive.
            if (wordClass != WordClass.None || verb || _reader.IsNoun(k) || (!allowCue && _reader.HasRole(k, WordRoles.Cue)))
            {
                return false;
            }

            verb = true;
        }

        return false;
    }

    /// <summary>An unknown word opening a sentence is a verb or an adverb as often as a name; <c>Glencore cut its</c> is a name.</summary>
    private bool IsUnknownNameBeforeOwnIts(int start, int sentenceEnd)
    {
        var word = _document.TokenText(start);
        return !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal) // "Speaking to its", "Asked about its"
            && IsSubjectOfOwnIts(start + 1, sentenceEnd, allowCue: true);
    }
}

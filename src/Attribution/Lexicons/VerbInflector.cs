namespace Attribution.Lexicons;

/// <summary>
/// Generates the inflected forms of an English verb lemma: third person -s, past, past participle and
/// -ing, with e-dropping, y-to-i, consonant doubling and caller-given irregular forms, and the British spelling that
/// doubles a final l after one vowel (<c>signalled</c>, <c>labelled</c>: wire copy in British English spells them so). Stateless.
/// </summary>
internal static class VerbInflector
{
    // Two-syllable verbs stressed on the last syllable double their final consonant (admitted, referred);
    // the CVC test alone cannot see stress, so these are listed.
    private static readonly HashSet<string> DoublesFinalConsonant = new(StringComparer.Ordinal)
    {
        "admit", "commit", "submit", "omit", "permit", "regret", "refer", "prefer", "confer", "infer", "defer",
        "transmit", "rebut", "compel", "propel", "repel", "occur", "incur", "concur", "deter", "abet", "allot", "acquit",
    };

    /// <summary>The forms of <paramref name="lemma"/>: base, -s, past, past participle, -ing (duplicates possible).</summary>
    public static IEnumerable<(string Form, VerbForm Kind)> Inflect(string lemma, string? past = null, string? participle = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(lemma);
        yield return (lemma, VerbForm.Base);
        yield return (ThirdPerson(lemma), VerbForm.ThirdPerson);
        string regularPast = RegularPast(lemma);
        yield return (past ?? regularPast, VerbForm.Past);
        yield return (participle ?? past ?? regularPast, VerbForm.Participle);
        yield return (Gerund(lemma), VerbForm.Gerund);
        if (BritishDoublesFinalL(lemma))
        {
            string doubled = lemma + "l";
            if (past is null)
            {
                yield return (doubled + "ed", VerbForm.Past);
            }

            if (participle is null && past is null)
            {
                yield return (doubled + "ed", VerbForm.Participle);
            }

            yield return (doubled + "ing", VerbForm.Gerund);
        }
    }

    /// <summary>
    /// British English doubles the final l of a verb after a single vowel whatever the stress (<c>signal</c> →
    /// <c>signalled</c>, <c>label</c> → <c>labelled</c>, <c>travel</c> → <c>travelling</c>); American English keeps one
    /// (<c>signaled</c>), which <see cref="RegularPast"/> gives. Not after two vowels (<c>reveal</c> → <c>revealed</c>) nor
    /// where both spellings double anyway (<c>compel</c>).
    /// </summary>
    private static bool BritishDoublesFinalL(string lemma) =>
        lemma.Length >= 4 && lemma[^1] == 'l' && IsVowel(lemma[^2]) && !IsVowel(lemma[^3]) && !ShouldDouble(lemma);

    public static string ThirdPerson(string lemma)
    {
        if (lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma == "go")
        {
            return lemma + "es";
        }

        if (EndsWithConsonantY(lemma))
        {
            return lemma[..^1] + "ies";
        }

        return lemma + "s";
    }

    public static string RegularPast(string lemma)
    {
        if (lemma.EndsWith('e'))
        {
            return lemma + "d";
        }

        if (EndsWithConsonantY(lemma))
        {
            return lemma[..^1] + "ied";
        }

        return ShouldDouble(lemma) ? lemma + lemma[^1] + "ed" : lemma + "ed";
    }

    public static string Gerund(string lemma)
    {
        if (lemma.EndsWith("ie", StringComparison.Ordinal))
        {
            return lemma[..^2] + "ying";
        }

        if (lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) && !lemma.EndsWith("ye", StringComparison.Ordinal) && lemma.Length > 2)
        {
            return lemma[..^1] + "ing";
        }

        return ShouldDouble(lemma) ? lemma + lemma[^1] + "ing" : lemma + "ing";
    }

    private static bool EndsWithConsonantY(string lemma) => lemma.Length > 1 && lemma[^1] == 'y' && !IsVowel(lemma[^2]);

    // Monosyllables ending consonant-vowel-consonant double (chat → chatted, plan → planned, but not
    // w, x, y endings); longer verbs only when listed.
    private static bool ShouldDouble(string lemma)
    {
        if (DoublesFinalConsonant.Contains(lemma))
        {
            return true;
        }

        bool quBeforeVowel = lemma.Length >= 4 && lemma[^3] == 'u' && lemma[^4] == 'q'; // quip → quipped: the u of qu is not a vowel
        if (lemma.Length < 3 || lemma[^1] is 'w' or 'x' or 'y' || IsVowel(lemma[^1]) || !IsVowel(lemma[^2]) || (IsVowel(lemma[^3]) && !quBeforeVowel))
        {
            return false;
        }

        int vowelGroups = 0;
        bool inVowel = false;
        foreach (char c in lemma)
        {
            bool vowel = IsVowel(c);
            if (vowel && !inVowel)
            {
                vowelGroups++;
            }

            inVowel = vowel;
        }

        return vowelGroups == 1;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

namespace Attribution.Entities;

/// <summary>Classifies personal pronouns by what they can refer to.</summary>
internal static class Pronouns
{
    public static PronounClass Classify(ReadOnlySpan<char> word)
    {
        if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase))
        {
            return PronounClass.Masculine;
        }

        if (word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase))
        {
            return PronounClass.Feminine;
        }

        if (word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("them", StringComparison.OrdinalIgnoreCase))
        {
            return PronounClass.Plural;
        }

        if (word.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return PronounClass.Neuter;
        }

        if (word.Equals("I", StringComparison.Ordinal) || word.Equals("we", StringComparison.OrdinalIgnoreCase) || word.Equals("me", StringComparison.OrdinalIgnoreCase) || word.Equals("us", StringComparison.Ordinal))
        {
            return PronounClass.FirstPerson;
        }

        return PronounClass.None;
    }
}

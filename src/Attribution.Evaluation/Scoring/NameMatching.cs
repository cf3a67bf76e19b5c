using System.Text;
using Attribution.Evaluation.Gold;

namespace Attribution.Evaluation.Scoring;

/// <summary>
/// Compares a predicted speaker name with a gold one: case-insensitive, with quote marks and white space
/// normalised and edge punctuation dropped. Two names also match when one is contained in the other as
/// whole words ("Guterres" and "António Guterres", "U.N. Security Council" and "the U.N. Security
/// Council"), because gold and predictions name the same person at different lengths.
/// </summary>
public static class NameMatching
{
    /// <summary>True when <paramref name="predicted"/> and <paramref name="gold"/> name the same speaker.</summary>
    public static bool Matches(string? predicted, string? gold)
    {
        if (predicted is null || gold is null)
        {
            return false;
        }

        string[] a = Words(predicted);
        string[] b = Words(gold);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        return a.Length <= b.Length ? ContainsRun(b, a) : ContainsRun(a, b);
    }

    /// <summary>The normalised words of a name.</summary>
    public static string[] Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                builder.Append(' ');
            }
            else if (QuoteMarks.IsDoubleQuote(c))
            {
                builder.Append('"');
            }
            else if (QuoteMarks.IsSingleQuote(c))
            {
                builder.Append('\'');
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        string[] words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        foreach (string word in words)
        {
            string trimmed = TrimEdgePunctuation(word);
            if (trimmed.Length > 0)
            {
                kept.Add(trimmed);
            }
        }

        return [.. kept];
    }

    // Abbreviation periods stay ("U.N."): only a lone trailing comma, colon or quote is noise.
    private static string TrimEdgePunctuation(string word)
    {
        int start = 0;
        int end = word.Length;
        while (start < end && word[start] is '"' or '\'' or '(' or '[' or ',' or ';' or ':')
        {
            start++;
        }

        while (end > start && word[end - 1] is '"' or '\'' or ')' or ']' or ',' or ';' or ':')
        {
            end--;
        }

        return word[start..end];
    }

    private static bool ContainsRun(string[] longer, string[] shorter)
    {
        for (int i = 0; i + shorter.Length <= longer.Length; i++)
        {
            bool all = true;
            for (int j = 0; j < shorter.Length && all; j++)
            {
                all = string.Equals(longer[i + j], shorter[j], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}

using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>Where reported content ends: the words that, after a comma, start something other than the reported clause.</summary>
internal static class ClauseBreaks
{
    // Adjuncts that follow reported content but are not part of it ("…, consistent with his demand",
    // "…, despite …"). Contrast and concession open a new discourse unit, as annotators treat them.
    private static readonly string[] AdjunctStarters =
    [
        "but", "although", "though", "while", "whereas", "despite", "amid", "consistent", "citing", "even", "according", "however",
        "prompting", "sparking", "referring",
    ];

    public static bool IsAdjunctStarter(TokenReader r, int i)
    {
        if (!r.IsWord(i))
        {
            return false;
        }

        var t = r.Text(i);
        foreach (var w in AdjunctStarters)
        {
            if (t.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

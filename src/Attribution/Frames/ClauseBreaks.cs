using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>Where reported content ends: the words that, after a comma, start something other than the reported clause.</summary>
internal static class ClauseBreaks
{
    // Adjuncts that follow reported content but are not part of it ("…, consistent with his demand",
    // "…, despite …"). Contrast and concession open a new discourse unit, as annotators treat them.
    private static readonly string[] AdjunctStarters =
    [
        "but", "although", "though", "while", "whereas", "despite", "amid", "consistent", "even", "according", "however",
        "prompting", "sparking", "referring",
    ];

    // Participles that name where a source had its information ("…, Reuters reported, citing officials", "According to
    // Yonhap, quoting KCNA, …"): an adjunct of the frame, never reported content.
    private static readonly string[] SourceCitingParticiples = ["citing", "quoting"];

    /// <summary>Whether <c>citing</c> or <c>quoting</c> stands at <paramref name="i"/>: the frame's own source of information follows.</summary>
    public static bool IsSourceCiting(TokenReader r, int i) => r.IsWord(i) && IsOneOf(r.Text(i), SourceCitingParticiples);

    public static bool IsAdjunctStarter(TokenReader r, int i)
    {
        if (!r.IsWord(i))
        {
            return false;
        }

        var t = r.Text(i);
        return IsOneOf(t, AdjunctStarters) || IsOneOf(t, SourceCitingParticiples);
    }

    private static bool IsOneOf(ReadOnlySpan<char> t, string[] words)
    {
        foreach (var w in words)
        {
            if (t.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

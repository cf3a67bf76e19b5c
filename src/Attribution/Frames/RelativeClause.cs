using Attribution.Lexicons;

namespace Attribution.Frames;

/// <summary>
/// Whether a cue stands in a non-restrictive relative clause: <c>Smith, who said the plan was flawed, resigned</c>;
/// <c>…, said Dale Ho, who argued the case.</c> The clause's subject is the relative pronoun, which stands for the
/// noun before the comma, so the cue's frame reads neither that noun as a new subject nor the words before it as
/// its content.
/// </summary>
internal static class RelativeClause
{
    /// <summary>
    /// Whether the cue's subject is <c>who</c> or <c>which</c> set off by a comma, with only auxiliaries and adverbs
    /// between (<c>, who said</c>, <c>, which has long argued</c>: "long" after an auxiliary).
    /// </summary>
    public static bool HoldsCue(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int k = site.Previous;
        while (k > site.SentenceFirst && (r.ClassOf(k) is WordClass.Adverb or WordClass.Auxiliary || r.Is(k, "long")))
        {
            k--;
        }

        return k > site.SentenceFirst && (r.Is(k, "who") || r.Is(k, "which")) && r.IsPunct(k - 1, ',');
    }
}

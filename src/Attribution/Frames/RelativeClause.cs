using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames;

/// <summary>
/// Whether a cue stands in a relative clause: non-restrictive, <c>Smith, who said the plan was flawed, resigned</c>;
/// <c>…, said Dale Ho, who argued the case.</c> The clause's subject is the relative pronoun, which stands for the
/// noun before the comma, so the cue's frame reads neither that noun as a new subject nor the words before it as
/// its content.
/// </summary>
internal static class RelativeClause
{
    /// <summary>
    /// Whether the cue's subject is <c>who</c> or <c>which</c> set off by a comma, with only auxiliaries and adverbs
    /// between (<c>, who said</c>, <c>, which has long argued</c>: "long" after an auxiliary), or a quantifier of them
    /// (<c>, many of whom say</c>).
    /// </summary>
    public static bool HoldsCue(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int k = site.Previous;
        while (k > site.SentenceFirst && (r.ClassOf(k) is WordClass.Adverb or WordClass.Auxiliary || r.Is(k, "long")))
        {
            k--;
        }

        return k > site.SentenceFirst && ((r.Is(k, "who") || r.Is(k, "which")) && r.IsPunct(k - 1, ',') || IsPartitiveRelative(r, k, site.SentenceFirst));
    }

    /// <summary>
    /// <c>The workers, many of whom say they have not been paid, gathered …</c>, <c>…, most of which said …</c>: a quantifier and
    /// <c>of whom</c>/<c>of which</c> after a comma, the relative pronoun at <paramref name="k"/>; a non-restrictive relative clause like
    /// <c>, who said</c>.
    /// </summary>
    private static bool IsPartitiveRelative(TokenReader r, int k, int sentenceFirst) =>
        k - 3 >= sentenceFirst && (r.Is(k, "whom") || r.Is(k, "which")) && r.Is(k - 1, "of") && r.IsPunct(k - 3, ',')
        && (r.ClassOf(k - 2) == WordClass.Determiner || r.Tokens[k - 2].Kind == TokenKind.Number);

    /// <summary>
    /// Whether the cue's subject is <c>who</c> or <c>that</c> with no comma before it, right after the noun phrase that opens the
    /// main clause (<c>The lawyer who argued the case told the court …</c>, <c>Residents who fear the plant will close have formed
    /// …</c>): a restrictive relative clause inside the main clause's subject, so the main clause's predicate follows the
    /// relative clause's own words.
    /// </summary>
    public static bool HoldsCueInSubject(FrameContext f, in CueSite site, Mention speaker)
    {
        var r = f.Reader;
        int k = site.Previous;
        while (k > site.SentenceFirst && (r.ClassOf(k) is WordClass.Adverb or WordClass.Auxiliary || r.Is(k, "long")))
        {
            k--;
        }

        if (k <= site.SentenceFirst || !(r.Is(k, "who") || r.Is(k, "that")) || f.Quotes.IsQuoted(k) || !r.IsWord(k - 1) || speaker.LastToken != k - 1)
        {
            return false;
        }

        int start = speaker.FirstToken;
        return start == site.SentenceFirst || r.IsPunct(start - 1, ',') || r.Tokens[start - 1].Kind == TokenKind.Dash;
    }
}

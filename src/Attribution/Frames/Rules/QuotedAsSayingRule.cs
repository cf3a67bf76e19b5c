using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// <c>quoted as saying</c>, <c>cited as saying</c>: the speaker is the subject of a passive <c>quoted</c> or
/// <c>cited</c>, or the object of an active one (the outlet that quotes is not the speaker).
/// <list type="bullet">
/// <item>Matches: <c>The minister was quoted as saying the talks had failed.</c>; <c>The coach was quoted by the Herald as saying …</c>;
/// <c>Reuters quoted a senior official as saying: “The talks are dead.”</c>; <c>The Times cited two people familiar with the matter as
/// saying …</c>; <c>state media said, quoting the general as saying …</c></item>
/// <item>Refuses: <c>was quoted as saying</c> with no speaker before it (a headline fragment); a complement that is not a clause or
/// quote; an object that is not one noun phrase running up to <c>as</c> (<c>quoted figures from the report, as saying …</c>).</item>
/// </list>
/// Settles every participle after <c>as</c> that a quoting verb governs.
/// </summary>
internal sealed class QuotedAsSayingRule : FrameRule
{
    /// <summary>The most tokens between the quoting verb and <c>as</c>: an object noun phrase with its modifiers, or <c>by</c> and the outlet.</summary>
    private const int MaxObjectTokens = 12;

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        int prev = site.Previous;
        if (site.Entry.Form != VerbForm.Gerund || !r.Is(prev, "as") || prev - 1 < site.SentenceFirst || QuotingVerbBefore(f, prev, site.SentenceFirst) is not int quoting)
        {
            return false;
        }

        var clause = f.Clause;
        Mentions.Mention? speaker;
        if (clause.IsPassive(quoting, site.SentenceFirst))
        {
            // "S was quoted as saying", "S was quoted by the Herald as saying": only "by" and the outlet may come between.
            speaker = quoting == prev - 1 || (r.Is(quoting + 1, "by") && AllWords(r, quoting + 2, prev - 1))
                ? clause.SubjectBefore(quoting, site.LeftLimit)
                : null;
        }
        else
        {
            // "Reuters quoted S as saying": S is the object, running up to "as".
            speaker = clause.PhraseAt(quoting + 1, prev, allowObjectPronoun: true) is { } obj && obj.LastToken == prev - 1 ? obj : null;
        }

        if (speaker is { } sp)
        {
            f.Forward(site, sp, carriedFrom: -1, addressee: null, FrameConfidence.QuotedAsSaying);
        }

        return true;
    }

    /// <summary>The nearest form of <c>quote</c> or <c>cite</c> before <paramref name="asToken"/>, within the object's reach and its clause, or null.</summary>
    private static int? QuotingVerbBefore(FrameContext f, int asToken, int sentenceFirst)
    {
        var r = f.Reader;
        int stop = Math.Max(sentenceFirst, asToken - 1 - MaxObjectTokens);
        for (int k = asToken - 1; k >= stop; k--)
        {
            if (f.Quotes.IsQuoted(k) || r.IsPunct(k, ';') || r.IsPunct(k, ':') || r.IsPunct(k, '.'))
            {
                return null;
            }

            if (IsQuotingVerb(r, k))
            {
                return k;
            }
        }

        return null;
    }

    // The outlet after "by" is read as words, not as a noun phrase: "the Manchester Evening News" holds a time word.
    private static bool AllWords(Mentions.TokenReader r, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (!r.IsWord(k))
            {
                return false;
            }
        }

        return first <= last;
    }

    private static bool IsQuotingVerb(Mentions.TokenReader r, int k) =>
        r.Is(k, "quoted") || r.Is(k, "quoting") || r.Is(k, "quotes") || r.Is(k, "cited") || r.Is(k, "citing") || r.Is(k, "cites");
}

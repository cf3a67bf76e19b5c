using Attribution.Lexicons;
using Attribution.Text;

namespace Attribution.Frames.Rules;

/// <summary>
/// Complement of a characterising cue (lexicon flag <c>+characterise</c>) with no quotation: the object and what the
/// source calls it are the content, as PARC 3.0 counts them. Two shapes: an <c>as</c> phrase after the object, and for
/// the cues flagged <c>+predicate</c> (call, brand, label) a predicate after it (an adjective, or a noun phrase opened by
/// <c>a</c> or <c>an</c>: <c>branded him a traitor</c>). Before
/// <see cref="QuoteDemandingCueRule"/>, which refuses these cues without a quote; a clause holding a quotation is left to it.
/// <list type="bullet">
/// <item>Matches: <c>The governor described the talks as productive.</c>; <c>The ministry dismissed the report as politically
/// motivated.</c>; <c>Some investors called the plan misguided.</c>; <c>The senator called the ruling a disgrace to the
/// court.</c>; <c>The treasurer called the quarterly results disappointing.</c> (an adjective of judgment, judgment-adjectives.txt)</item>
/// <item>Refuses (no statement): <c>She called the police.</c>, <c>He called a strike.</c>, <c>She called an emergency meeting.</c> (no predicate); <c>The union
/// called the meeting to order.</c>, <c>The network called the race for Ortiz.</c> (a preposition after the object);
/// <c>The team called it a day.</c> (the idiom); <c>The witness described the scene.</c> and <c>described the car as well</c>
/// (no <c>as</c> phrase); <c>They called their daughter Emma.</c> (a name, not a judgment).</item>
/// </list>
/// </summary>
internal sealed class CharacterisationRule : ComplementRule
{
    /// <summary>How many tokens the object may have (<c>the administration's new border plan</c>).</summary>
    private const int MaxObjectTokens = 6;

    /// <summary>
    /// Endings that make a single word after the object an adjective (<c>misguided</c>, <c>dangerous</c>, <c>reckless</c>,
    /// <c>irresponsible</c>); endings that nouns share (-ive, -ing, -al, -ent: <c>the chief executive</c>, <c>the emergency
    /// meeting</c>, <c>the final proposal</c>) count only after a negative prefix (<see cref="NegativePrefixes"/>).
    /// </summary>
    private static readonly string[] AdjectiveEndings = ["ed", "ous", "ful", "less", "ible"];

    /// <summary>Endings an adjective with a negative prefix may have (<c>unacceptable</c>, <c>unrealistic</c>, <c>unconstitutional</c>).</summary>
    private static readonly string[] PrefixedAdjectiveEndings = ["able", "ive", "ic", "al", "ent", "ant", "ing", "ate", "ary"];

    /// <summary>Negative prefixes that mark a judgment (<c>un-</c>, <c>in-</c>, <c>ir-</c>, <c>il-</c>, <c>im-</c>).</summary>
    private static readonly string[] NegativePrefixes = ["un", "in", "ir", "il", "im"];

    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        content = null;
        var e = site.Entry;
        if (!e.Characterises || e.IsPhrasal || next != site.End || ObjectEnd(f, next, site.SentenceLast) is not int objectLast)
        {
            return false;
        }

        var r = f.Reader;
        int predicate = objectLast + 1;
        bool judged = r.Is(predicate, "as") ? OpensAsPhrase(f, predicate + 1, site.SentenceLast)
            : e.TakesPredicate && IsCalledPredicate(f, objectLast, predicate, site.SentenceLast);
        if (!judged || f.Content.Content(next, forceMixedOnQuote: false) is not { } found || found.Kind != StatementKind.Indirect || found.LastToken < predicate
            || InObjectGap(f))
        {
            return false; // a quotation in the clause: QuoteDemandingCueRule reads it as mixed
        }

        content = found;
        confidence -= FrameConfidence.CharacterisationPenalty;
        return true;
    }

    /// <summary>
    /// The last token of the object after the cue: an object pronoun (<c>him</c>, <c>them</c>, <c>it</c>), or a noun phrase of
    /// determiners, possessives and plain words up to <see cref="MaxObjectTokens"/> tokens; null when none opens at <paramref name="start"/>.
    /// </summary>
    private static int? ObjectEnd(FrameContext f, int start, int sLast)
    {
        var r = f.Reader;
        if (start >= sLast || f.Quotes.IsQuoted(start))
        {
            return null;
        }

        if (r.ClassOf(start) == WordClass.ObjectPronoun || r.Is(start, "it") || r.Is(start, "them") || r.Is(start, "her"))
        {
            return r.ClassOf(start + 1) == WordClass.None || r.Is(start + 1, "as") || r.Is(start + 1, "a") || r.Is(start + 1, "an") ? start : null;
        }

        int k = start;
        while (k < sLast && k - start < MaxObjectTokens && !f.Quotes.IsQuoted(k) && !r.Is(k, "as")
            && (r.IsPossessive(k) || (r.IsWord(k) && !r.IsPronoun(k) && r.ClassOf(k) is WordClass.None or WordClass.Determiner)))
        {
            if (k > start && r.ClassOf(k) == WordClass.Determiner && !r.IsPossessive(k - 1))
            {
                break; // "called the ruling | a disgrace": a second determiner opens the predicate
            }

            if (k > start && r.IsLowerWord(k) && IsAdjectiveLike(r, k) && !IsAdjectiveLike(r, k - 1) && ClauseEndsAfter(f, k + 1, sLast) && !r.Is(k + 1, "as"))
            {
                break; // "called the plan | misguided": the last adjective before the clause's end is the predicate
            }

            k++;
        }

        return k > start && r.ClassOf(k - 1) != WordClass.Determiner ? k - 1 : null;
    }

    /// <summary>
    /// <c>What he called a witch hunt ended …</c>, <c>the plan, which she called misguided, …</c>: the object is a gap before
    /// the speaker, so the words after the cue are no object and predicate of its own.
    /// </summary>
    private static bool InObjectGap(FrameContext f)
    {
        var r = f.Reader;
        int before = f.ForwardSpeaker is { } speaker ? speaker.FirstToken - 1 : -1;
        return before >= 0 && (r.Is(before, "what") || r.Is(before, "which") || r.Is(before, "whom") || r.Is(before, "that"));
    }

    /// <summary><c>as productive</c>, <c>as a betrayal</c>, <c>as politically motivated</c>: a word that can open a judgment, not <c>as well</c> or <c>as if</c>.</summary>
    private static bool OpensAsPhrase(FrameContext f, int k, int sLast)
    {
        var r = f.Reader;
        return k <= sLast && !f.Quotes.IsQuoted(k) && r.IsWord(k) && !r.Is(k, "well") && !r.IsPronoun(k)
            && r.ClassOf(k) is WordClass.None or WordClass.Determiner or WordClass.Adverb;
    }

    /// <summary>
    /// For the <c>+predicate</c> cues: <c>misguided</c>, <c>deeply flawed</c> (an adjective, after at most one adverb) or <c>a disgrace</c> (a
    /// noun phrase opened by a/an), followed by the clause's end or a preposition; not <c>it a day</c>.
    /// </summary>
    private static bool IsCalledPredicate(FrameContext f, int objectLast, int k, int sLast)
    {
        var r = f.Reader;
        if (k >= sLast || f.Quotes.IsQuoted(k) || !r.IsLowerWord(k))
        {
            return false;
        }

        if (r.Is(k, "a") || r.Is(k, "an"))
        {
            bool idiom = r.Is(objectLast, "it") && r.Is(k + 1, "day"); // "called it a day": stopped, no judgment
            return !idiom && r.IsLowerWord(k + 1) && r.ClassOf(k + 1) == WordClass.None && !f.Quotes.IsQuoted(k + 1);
        }

        int adjective = r.ClassOf(k) == WordClass.Adverb || r.LooksLikeLyAdverb(k) ? k + 1 : k;
        return adjective <= sLast && r.IsLowerWord(adjective) && IsAdjectiveLike(r, adjective) && ClauseEndsAfter(f, adjective + 1, sLast);
    }

    private static bool IsAdjectiveLike(Mentions.TokenReader r, int k)
    {
        if (r.ClassOf(k) != WordClass.None || r.IsNoun(k))
        {
            return false;
        }

        if ((r.TagsOf(k) & WordTags.JudgmentAdjective) != 0)
        {
            return true; // "disappointing", "constructive", "unfair": judgments the endings below cannot tell from nouns
        }

        var word = r.Text(k);
        if (EndsWithAny(word, AdjectiveEndings))
        {
            return true;
        }

        foreach (var prefix in NegativePrefixes)
        {
            if (word.Length > prefix.Length + 4 && word.StartsWith(prefix, StringComparison.Ordinal) && EndsWithAny(word, PrefixedAdjectiveEndings))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The clause ends at <paramref name="k"/>: punctuation, a coordinator, a subordinator or a preposition (<c>unfair to workers</c>).</summary>
    private static bool ClauseEndsAfter(FrameContext f, int k, int sLast)
    {
        var r = f.Reader;
        return k > sLast || r.Tokens[k].Kind == TokenKind.Punctuation || f.Quotes.IsQuoted(k)
            || r.ClassOf(k) is WordClass.Coordinator or WordClass.Subordinator or WordClass.NounPreposition or WordClass.Preposition;
    }
}

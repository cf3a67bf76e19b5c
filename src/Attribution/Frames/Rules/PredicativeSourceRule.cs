using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// An adjective of belief or feeling after a linking verb (predicative-cues.txt): the subject is the source
/// and the clause after the adjective is the content, as PARC 3.0 counts it; the statement is not speech.
/// The complement rules read the content, so a bare clause needs a <c>+clausal</c> adjective (<c>sure</c>,
/// <c>confident</c>) and the others need <c>that</c> (<c>aware that</c>, <c>disappointed that</c>).
/// <list type="bullet">
/// <item>Matches: <c>Officials are confident that the bridge will reopen by March.</c>; <c>I'm sure the talks will fail.</c>;
/// <c>Investors were increasingly worried that the bank would cut rates.</c>; <c>The governor is well aware that the budget is short.</c>;
/// <c>Union leaders remain hopeful a deal can be reached.</c></item>
/// <item>Settles with no statement: <c>a confident smile</c> (no linking verb); <c>It is certain that …</c> (no source);
/// <c>He is confident of victory.</c>, <c>They are aware of the risks.</c>, <c>She is sure to win.</c> (no clause);
/// <c>They are afraid and hate change.</c> (a second predicate).</item>
/// <item>Leaves to the verb rules: <c>Investors worried that the bank would fail.</c> (a verb, not an adjective).</item>
/// </list>
/// </summary>
internal sealed class PredicativeSourceRule : FrameRule
{
    /// <summary>How many degree words may stand between the linking verb and the adjective (<c>is not entirely sure</c>).</summary>
    private const int MaxDegreeWords = 3;

    // Linking verbs whose subject the adjective describes; the forms of "be" are read by ClauseReader-style
    // checks here because "'m" and "'re" are not auxiliaries in the function-word table.
    private static readonly string[] LinkingVerbs =
    [
        "is", "are", "was", "were", "am", "be", "been", "being", "'m", "’m", "'re", "’re",
        "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared",
        "feel", "feels", "felt", "become", "becomes", "became", "grew", "grow", "grows", "grown",
    ];

    // Degree words that are not in the adverb class ("very sure", "quite confident", "so convinced").
    private static readonly string[] DegreeWords = ["very", "quite", "so", "pretty", "more", "less", "most", "too", "all", "rather", "well", "increasingly"];

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        if (!r.Lexicons.TryGetPredicativeCue(r.Text(site.First), out var adjective) || !r.IsLowerWord(site.First))
        {
            return false;
        }

        int verb = LinkingVerbBefore(r, site.Previous, site.LeftLimit);
        if (verb < 0)
        {
            return site.Entry.IsPredicative; // "a confident smile": no cue; "Investors worried that …" goes on as a verb
        }

        if (f.Clause.SubjectBefore(verb, site.LeftLimit) is not { } source || IsNeuterPronoun(r, source))
        {
            return true; // "It is certain that …": no one holds the belief
        }

        if (r.ClassOf(site.End) == WordClass.Coordinator)
        {
            return true; // "They are simply afraid and hate modernity": a second predicate, not a clause
        }

        var predicativeSite = site with { Cue = site.Cue with { Entry = adjective } };
        f.Forward(predicativeSite, source, carriedFrom: -1, addressee: null, FrameConfidence.PredicativeSource);
        return true;
    }

    /// <summary>The linking verb before the adjective at <paramref name="last"/> + 1, over degree words; -1 when there is none.</summary>
    private static int LinkingVerbBefore(TokenReader r, int last, int limit)
    {
        int k = last;
        for (int skipped = 0; k >= limit && skipped < MaxDegreeWords && IsDegreeWord(r, k); skipped++)
        {
            k--;
        }

        if (k < limit || !IsAny(r, k, LinkingVerbs))
        {
            // "he's sure", "she’s convinced": 's is "is" only after a pronoun ("the minister's certain …" is a possessive).
            return k - 1 >= limit && (r.Is(k, "'s") || r.Is(k, "’s")) && r.IsPronoun(k - 1) ? k : -1;
        }

        return k;
    }

    private static bool IsDegreeWord(TokenReader r, int k) =>
        r.IsLowerWord(k) && (r.ClassOf(k) == WordClass.Adverb || IsAny(r, k, DegreeWords) || (r.Text(k).EndsWith("ly", StringComparison.Ordinal) && !r.IsNoun(k)));

    private static bool IsAny(TokenReader r, int k, string[] words)
    {
        foreach (var w in words)
        {
            if (r.Is(k, w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNeuterPronoun(TokenReader r, Mention source) =>
        source.Kind == MentionKind.Pronoun && (r.TagsOf(source.FirstToken) & WordTags.NeuterPronoun) != 0
        || (source.FirstToken == source.LastToken && (r.Is(source.FirstToken, "this") || r.Is(source.FirstToken, "that") || r.Is(source.FirstToken, "there")));
}

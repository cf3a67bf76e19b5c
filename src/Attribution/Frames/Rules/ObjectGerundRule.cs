using Attribution.Lexicons;

namespace Attribution.Frames.Rules;

/// <summary>
/// Complement of an evidence cue (lexicon flag <c>+object-gerund</c>) that is a noun phrase and an -ing verb: the
/// evidence shows that phrase doing something (<c>The poll shows Clinton leading by four points</c>), so the content
/// runs from the phrase to the end of the clause, as PARC 3.0 bounds it.
/// <list type="bullet">
/// <item>Matches: <c>A Commerce Department report showed retail sales rising 0.4% in October.</c>; <c>Early polls show the
/// race tightening.</c></item>
/// <item>Refuses (not its shape): <c>The survey showed the housing market in trouble.</c> (<c>housing</c> modifies a noun:
/// <see cref="FunctionWords.IsCompoundIngModifier"/>); <c>The report showed a rise in spending.</c> (no noun phrase before
/// the -ing word); <c>The video shows the officer.</c> (no -ing verb).</item>
/// </list>
/// </summary>
internal sealed class ObjectGerundRule : ComplementRule
{
    /// <summary>How many words the noun phrase before the -ing verb may have (<c>the Federal Reserve's policy committee</c>).</summary>
    private const int MaxPhraseWords = 5;

    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        content = null;
        if (!site.Entry.TakesObjectGerund || next > site.SentenceLast || f.Quotes.IsQuoted(next) || GerundAfterPhrase(f, next, site.SentenceLast) < 0)
        {
            return false;
        }

        if (f.Content.Content(next, forceMixedOnQuote: false) is not { } found)
        {
            return false;
        }

        content = found;
        confidence -= FrameConfidence.BareClausePenalty; // no "that" marks where the content starts: ranked as a bare clause
        return true;
    }

    /// <summary>The -ing verb after a noun phrase starting at <paramref name="next"/>, or -1.</summary>
    private static int GerundAfterPhrase(FrameContext f, int next, int sLast)
    {
        var r = f.Reader;
        if (r.IsPronoun(next) && !r.Is(next, "it"))
        {
            return -1; // "showed them leaving" is a perception of people, rarely an attribution; "it" is the thing shown
        }

        for (int k = next; k <= sLast && k - next <= MaxPhraseWords; k++)
        {
            if (f.Quotes.IsQuoted(k) || !(r.IsWord(k) || r.IsPossessive(k) || r.Tokens[k].Kind == Text.TokenKind.Number))
            {
                return -1;
            }

            var word = r.Text(k);
            if (k > next && r.IsLowerWord(k) && word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && !r.IsNoun(k)
                && !FunctionWords.IsCompoundIngModifier(word) && r.ClassOf(k) == WordClass.None)
            {
                return k;
            }

            if (r.ClassOf(k) is not (WordClass.None or WordClass.Determiner) || f.Clause.IsCueAt(k) && k > next)
            {
                return -1; // a preposition, auxiliary or verb before any -ing word: not a phrase and its verb
            }
        }

        return -1;
    }
}

using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// Complement of a forecast or estimate cue (lexicon flag <c>+object</c>) that is a noun phrase alone: the phrase
/// names what the source foresees or reckons (<c>forecast a 2% rise in unemployment</c>), and PARC 3.0 counts it as the
/// content. The last complement rule: a clause after the cue went to <see cref="BareClauseRule"/> first.
/// <list type="bullet">
/// <item>Matches: <c>The Bank of England forecast a 2% rise in unemployment next year.</c>; <c>Analysts had expected
/// earnings of 42 cents a share.</c>; <c>The company now expects adjusted earnings of $3.10 a share.</c>; <c>Pollsters predicted a
/// narrow win for the governor.</c>; <c>The agency estimates 40,000 homes were lost</c> goes to the clause rule, and
/// <c>The agency estimated damage of $2 billion.</c> here.</item>
/// <item>Matches for an evidence cue (<c>+object-gerund</c>, show) or a belief verb only with a figure or a noun of change in the
/// phrase: <c>The survey showed a sharp drop in consumer confidence.</c>; <c>Forecasts show growth of 0.6% next year.</c>;
/// <c>The budget office projected a deficit of $2 billion.</c></item>
/// <item>Refuses (no statement): <c>Nobody expected the verdict.</c>, <c>The video shows the officer.</c> (no figure, no change);
/// <c>Economists predicted it.</c> (a pronoun names nothing); <c>He predicted that …</c> and
/// <c>predicted the fall of the government would …</c> (clauses: other rules); <c>the forecast rise</c> (an adjective:
/// <see cref="NounUseGuard"/>); <c>The storm was forecast to hit on Friday.</c> (a passive); <c>new laws expected next
/// month</c> (a time after the cue).</item>
/// </list>
/// </summary>
internal sealed class ObjectContentRule : ComplementRule
{
    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        content = null;
        if (!site.Entry.TakesObject || next > site.SentenceLast || f.Quotes.IsQuoted(next) || !StartsNounPhrase(f, next))
        {
            return false;
        }

        if (f.Content.Content(next, forceMixedOnQuote: false) is not { } found || found.Kind != StatementKind.Indirect)
        {
            return false;
        }

        if ((site.Entry.Class == CueClass.Belief || site.Entry.TakesObjectGerund) && !HoldsQuantity(f, next, found))
        {
            return false; // "Nobody expected the verdict", "The video shows the officer": what a belief or evidence verb states is a figure or a change
        }

        content = found;
        confidence -= FrameConfidence.ObjectContentPenalty;
        return true;
    }

    /// <summary>
    /// <c>expected earnings of 42 cents a share</c>, <c>expect growth of about 2%</c>, <c>showed a sharp drop in confidence</c>:
    /// a number, an amount or a noun of change (change-nouns.txt) in the phrase makes a belief or evidence verb's object a
    /// forecast or a finding, as business news uses it.
    /// </summary>
    private static bool HoldsQuantity(FrameContext f, int next, ContentMatch found)
    {
        var r = f.Reader;
        for (int k = next; k <= found.LastToken; k++)
        {
            if (r.Tokens[k].Kind == Text.TokenKind.Number || r.Text(k)[0] is '$' or '£' or '€' or '%' || (r.IsLowerWord(k) && (r.TagsOf(k) & WordTags.ChangeNoun) != 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A determiner, a number, a currency sign or a lower-case modifier or noun: not a pronoun, preposition, adverb or clause opener.</summary>
    private static bool StartsNounPhrase(FrameContext f, int next)
    {
        var r = f.Reader;
        if (r.Tokens[next].Kind == Text.TokenKind.Number || r.Text(next)[0] is '$' or '£' or '€')
        {
            return true;
        }

        if (!r.IsLowerWord(next) || r.IsPronoun(next) || (r.TagsOf(next) & (WordTags.RelativePronoun | WordTags.QuantityPronoun)) != 0
            || f.Clause.IsWhWord(next) || r.Is(next, "that") || r.Is(next, "as"))
        {
            return false;
        }

        if (MentionFinder.IsTimeWord(r, next) || (r.InRange(next + 1) && MentionFinder.IsTimeWord(r, next + 1)))
        {
            return false; // "laws … expected next month": a time, not what is foreseen (and the cue a reduced passive)
        }

        var cls = r.ClassOf(next);
        return cls == WordClass.Determiner || (cls == WordClass.None && (!r.LooksVerbalOrAdverb(next) || IsParticipleBeforeNoun(r, next)));
    }

    /// <summary><c>adjusted earnings</c>, <c>revised figures</c>: a participle in -ed before a lower-case noun modifies it.</summary>
    private static bool IsParticipleBeforeNoun(TokenReader r, int k)
    {
        int noun = k + 1;
        return r.Text(k).EndsWith("ed", StringComparison.Ordinal) && r.InRange(noun) && r.IsLowerWord(noun) && r.ClassOf(noun) == WordClass.None
            && !r.LooksVerbalOrAdverb(noun) && !r.IsPronoun(noun);
    }
}

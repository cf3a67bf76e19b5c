using Attribution.Lexicons;
using Attribution.Text;

namespace Attribution.Frames.Rules;

/// <summary>
/// Complement that is a clause with no <c>that</c>: a pronoun, a wh-word or a noun phrase followed by a verb.
/// <list type="bullet">
/// <item>Matches: <c>Officials say the road will reopen on Monday.</c>; <c>She said it was true.</c>; <c>He asked whether the vote would count.</c>;
/// <c>Analysts expect prices to rise.</c> is refused, but <c>Analysts said prices rose.</c> matches.</item>
/// <item>Matches a noun phrase whose verb opens a quotation (a mixed content): <c>The chief executive acknowledged the
/// restructuring “will be painful for our people.”</c>; <c>She said the assistant “still makes mistakes.”</c></item>
/// <item>Refuses (no statement): <c>He announced the start of the season.</c>; <c>They denied these allegations.</c>; <c>She said nothing.</c>;
/// <c>The group claimed responsibility for the attack.</c> and <c>The incumbent conceded defeat.</c> (an act noun, act-objects.txt);
/// <c>He praised the coach “for his grit.”</c> (no verb opens the quotation); <c>Voters see the system for the sham it has become.</c>
/// (a present-only belief cue, see, takes no bare clause); <c>She felt sick after the meal.</c> (a linking verb's predicate).</item>
/// </list>
/// </summary>
internal sealed class BareClauseRule : ComplementRule
{
    /// <summary>How many adverbs may open the quoted predicate before its verb (<c>“still makes mistakes”</c>).</summary>
    private const int MaxQuotedAdverbs = 2;

    /// <summary>How many tokens the noun phrase before the quoted predicate may have (<c>the company's new voice assistant</c>).</summary>
    private const int MaxSubjectTokens = 6;

    public override bool TryRead(FrameContext f, in CueSite site, int next, ref double confidence, out ContentMatch? content)
    {
        if (site.Entry.PresentOnly || IsActObject(f, next, site.SentenceLast) || (site.Entry.Links && IsPredicateAfterLinkingVerb(f, next))
            || (!f.Clause.IsClauseStart(next, site.SentenceLast, site.Entry.Clausal) && !SubjectBeforeQuotedPredicate(f, next, site.SentenceLast)))
        {
            // "Voters see the system for the sham it has become": a bare complement of "see" is a judgment of a thing,
            // not a reported clause; its forecast is a noun phrase (ObjectContentRule) or a that-clause.
            content = null;
            return false;
        }

        content = f.Content.Content(next, forceMixedOnQuote: false);
        confidence -= FrameConfidence.BareClausePenalty;
        return true;
    }

    /// <summary>
    /// <c>felt sick after the meal</c>, <c>felt betrayed by the party</c>, <c>feels good about the match</c>: after a linking verb
    /// (<c>+linking</c>), a lower-case word that is no pronoun, determiner, number or known or plural noun, with no auxiliary after
    /// it, is the subject's state. <c>feel inflation will ease</c> and <c>felt prices were too high</c> stay clauses.
    /// </summary>
    private static bool IsPredicateAfterLinkingVerb(FrameContext f, int next)
    {
        var r = f.Reader;
        return r.IsLowerWord(next) && r.ClassOf(next) == WordClass.None && !r.IsPronoun(next) && !r.IsNoun(next)
            && !r.Text(next).EndsWith("s", StringComparison.Ordinal) && r.ClassOf(next + 1) != WordClass.Auxiliary && !f.Quotes.IsQuoted(next);
    }

    /// <summary>
    /// <c>claimed responsibility for the attack</c>, <c>conceded defeat</c>, <c>claimed full responsibility</c>: a noun of
    /// act-objects.txt as the bare object (after at most <see cref="MaxActObjectModifiers"/> modifiers) makes the cue an act,
    /// not a report, though a <c>+clausal</c> verb reads any bare complement as a clause. Not when the noun is a clause's
    /// subject (<c>conceded defeat was likely</c>: an auxiliary follows it).
    /// </summary>
    private static bool IsActObject(FrameContext f, int next, int sLast)
    {
        var r = f.Reader;
        for (int k = next; k <= sLast && k - next <= MaxActObjectModifiers && r.IsLowerWord(k) && !f.Quotes.IsQuoted(k)
            && r.ClassOf(k) is WordClass.None or WordClass.Determiner; k++)
        {
            if ((r.TagsOf(k) & WordTags.ActObject) != 0)
            {
                return r.ClassOf(k + 1) != WordClass.Auxiliary;
            }
        }

        return false;
    }

    /// <summary>How many words may stand before the act noun (<c>claimed full responsibility</c>, <c>claimed no credit</c>).</summary>
    private const int MaxActObjectModifiers = 2;

    /// <summary>
    /// <c>acknowledged the restructuring | “will be painful …”</c>: an unquoted noun phrase, then a quotation that opens
    /// with the phrase's verb (an auxiliary or a finite form, after at most <see cref="MaxQuotedAdverbs"/> adverbs).
    /// </summary>
    private static bool SubjectBeforeQuotedPredicate(FrameContext f, int next, int sLast)
    {
        var r = f.Reader;
        var quotes = f.Quotes;
        int mark = next;
        while (mark <= sLast && mark - next < MaxSubjectTokens && !quotes.IsQuoted(mark)
            && (r.IsWord(mark) && !r.IsPronoun(mark) && r.ClassOf(mark) is WordClass.None or WordClass.Determiner || r.IsPossessive(mark)))
        {
            mark++; // "the restructuring", "the company's new assistant": a noun phrase with no preposition or clause word
        }

        if (mark == next || r.ClassOf(mark - 1) == WordClass.Determiner || f.Clause.IsCueAt(next))
        {
            return false;
        }

        if (quotes.PieceOf(mark) is not (>= 0 and var piece) || quotes.Pieces[piece].FirstToken != mark || !r.IsQuoteMark(mark))
        {
            return false;
        }

        int verb = mark + 1;
        while (verb - mark <= MaxQuotedAdverbs && verb < quotes.Pieces[piece].LastToken && r.ClassOf(verb) == WordClass.Adverb)
        {
            verb++;
        }

        if (verb >= quotes.Pieces[piece].LastToken || !r.IsLowerWord(verb) || r.IsNoun(verb) || r.IsPronoun(verb))
        {
            return false;
        }

        var word = r.Text(verb);
        return r.ClassOf(verb) == WordClass.Auxiliary && r.Tokens[verb].Kind != TokenKind.Apostrophe
            || r.ClassOf(verb) == WordClass.None
                && (FunctionWords.IsIrregularPast(word) || word.EndsWith("ed", StringComparison.Ordinal)
                    || (word.Length > 3 && word[^1] == 's' && word[^2] != 's' && word[^2] != 'u'));
    }
}

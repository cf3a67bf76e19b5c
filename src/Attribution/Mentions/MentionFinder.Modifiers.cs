using Attribution.Lexicons;
using Attribution.Text;

namespace Attribution.Mentions;

/// <summary>The parts of a subject noun phrase around its head: quantified and partitive groups, roles, attributive participles, restrictive relatives and compound cues (see MentionFinder.cs).</summary>
internal static partial class MentionFinder
{
    /// <summary>
    /// <c>Many | in the party</c>: a quantifier head says nothing alone, so the speaker is the whole phrase up to the
    /// verb, as with <c>Officials at the meeting</c>; any other head stays the source on its own (<c>A sign</c>).
    /// </summary>
    private static Mention WithQuantifiedPeople(TokenReader r, Mention head, int phraseLast) =>
        head.FirstToken == head.LastToken && FunctionWords.IsPluralPeopleOpener(r.Text(head.FirstToken))
            ? new Mention(r.SpanOf(head.FirstToken, phraseLast), head.FirstToken, phraseLast, MentionKind.Nominal)
            : head;

    /// <summary>
    /// A quantifier with <c>of</c> and the people it picks from, ending at <paramref name="last"/>: <c>one of them</c>,
    /// <c>two of the aides</c>, <c>some of the residents</c>, <c>most of us</c>. The whole phrase is an unnamed source (the
    /// quantifier is its head, not the object of <c>of</c>). Not <c>the head of the agency</c> (a noun before <c>of</c>) nor
    /// <c>one of the reasons</c> (no person). Null when no such phrase ends there.
    /// </summary>
    public static Mention? PartitiveEndingAt(TokenReader r, int last, int limit)
    {
        int pick;
        if (r.Is(last, "them") || r.Is(last, "us"))
        {
            pick = last;
        }
        else if (r.IsLowerWord(last) && (r.TagsOf(last) & (WordTags.PersonNoun | WordTags.GroupNoun)) != 0 && PhraseEndingAt(r, last, limit) is { } people)
        {
            pick = people.FirstToken;
        }
        else
        {
            return null;
        }

        int quantifier = pick - 2;
        if (quantifier < limit || !r.Is(pick - 1, "of") || !IsQuantifier(r, quantifier))
        {
            return null;
        }

        return new Mention(r.SpanOf(quantifier, last), quantifier, last, MentionKind.Anonymous);
    }

    // "one", "two", "some", "many", "most", "several", "both", "each", "all", "few", "none": a determiner that counts,
    // not one that points (the, this, those) or owns (his).
    private static bool IsQuantifier(TokenReader r, int k) =>
        r.IsWord(k) && (r.Is(k, "none") || (r.ClassOf(k) == WordClass.Determiner && !r.Is(k, "the") && !r.Is(k, "a") && !r.Is(k, "an") && !r.Is(k, "this")
            && !r.Is(k, "these") && !r.Is(k, "those") && !r.Is(k, "such") && !r.Is(k, "no") && !r.Is(k, "other") && !r.Is(k, "another")
            && !r.Is(k, "every") && !r.Is(k, "any") && !Pronouns.IsPossessiveDeterminer(r.Text(k))));

    /// <summary>
    /// <c>one resident, Maria Velez, 62, said</c>: a name with its age is itself the appositive of a role phrase before
    /// it, which is the subject; the role must be a person noun or title (<c>the mayor</c>, <c>her neighbour</c>), so
    /// <c>At the hearing, Maria Velez, 62, said</c> keeps the name.
    /// </summary>
    private static Mention? RoleBeforeNamedAge(TokenReader r, Mention name, int limit)
    {
        int comma = name.FirstToken - 1;
        if (name.Kind != MentionKind.Name || comma - 1 < limit || !r.IsPunct(comma, ',') || PhraseEndingAt(r, comma - 1, limit) is not { } role)
        {
            return null;
        }

        bool afterPreposition = role.FirstToken - 1 >= limit && r.ClassOf(role.FirstToken - 1) is WordClass.NounPreposition or WordClass.Preposition;
        return !afterPreposition && r.IsLowerWord(role.LastToken) && (r.TagsOf(role.LastToken) & (WordTags.PersonNoun | WordTags.Title)) != 0 ? role : null;
    }

    /// <summary>
    /// <c>of</c>, <c>for</c>, <c>at</c>, <c>to</c>, <c>on</c>, <c>in</c> or <c>from</c> at <paramref name="preposition"/> after a role
    /// word (a title or a person noun, singular or plural): <c>Ambassador to the United States</c>, <c>CEO of the Refugee
    /// Council</c>, <c>Republicans on the House Financial Services Committee</c>, <c>officials at the ministry</c>: the
    /// phrase after it is the role's complement, not a phrase of its own.
    /// </summary>
    /// <remarks>
    /// After a cue (<paramref name="placeToo"/> false) <c>on</c>, <c>in</c> and <c>from</c> more often open the frame's adjunct
    /// (<c>told reporters in a statement</c>) than a complement, so only a subject reads them as one.
    /// </remarks>
    private static bool IsRoleComplement(TokenReader r, int preposition, bool placeToo = true) =>
        (r.Is(preposition, "of") || r.Is(preposition, "for") || r.Is(preposition, "at") || r.Is(preposition, "to")
            || (placeToo && (r.Is(preposition, "on") || r.Is(preposition, "in") || r.Is(preposition, "from"))))
        && r.IsWord(preposition - 1) && !r.IsPronoun(preposition - 1)
        && ((r.TagsOf(preposition - 1) & (WordTags.Title | WordTags.PersonNoun)) != 0 || r.Lexicons.Entities.Is(r.Text(preposition - 1), NameTags.Title));

    /// <summary>
    /// <c>told shipping agents that …</c>, <c>told the ruling party</c>: an -ing word that makes compound nouns
    /// (<see cref="FunctionWords.IsCompoundIngModifier"/>) right before a known person or group noun is part of the phrase, not a verb after it.
    /// </summary>
    private static bool IsCompoundIngBeforeNoun(TokenReader r, int k, int limit) =>
        k + 1 < limit && FunctionWords.IsCompoundIngModifier(r.Text(k)) && r.IsLowerWord(k + 1) && r.IsNoun(k + 1);

    /// <summary>
    /// An -ing or -ed word inside a noun phrase that a determiner or possessive opens, before its head:
    /// <c>The acting director</c>, <c>its holding company</c>, <c>The Chicago bank holding company</c>, <c>the embattled
    /// lender</c>. Without the determiner (<c>Protesters chanting slogans</c>) the word more likely starts a clause.
    /// </summary>
    private static bool IsAttributiveParticiple(TokenReader r, int k, int limit)
    {
        var text = r.Text(k);
        if (!(text.EndsWith("ing", StringComparison.Ordinal) || text.EndsWith("ed", StringComparison.Ordinal)) || r.Lexicons.TryGetCue(text, out _))
        {
            return false;
        }

        if (text.EndsWith("ing", StringComparison.Ordinal) && k - 1 >= limit && r.IsNoun(k - 1) && !FunctionWords.IsCompoundIngModifier(text))
        {
            return false; // "a study tracking sleep", "residents living nearby": a known head noun, then its modifier ("bank holding company" is one noun)
        }

        for (int j = k - 1; j >= limit && k - j <= MaxCompoundModifiers + 1; j--)
        {
            if (r.ClassOf(j) == WordClass.Determiner || r.IsPossessive(j))
            {
                return true;
            }

            if (!r.IsWord(j) || r.ClassOf(j) != WordClass.None || !(r.IsNoun(j) || r.IsCapitalized(j)) || r.IsPronoun(j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How many nouns or names may stand between the determiner and an attributive participle (<c>the Chicago bank holding company</c>).</summary>
    private const int MaxCompoundModifiers = 3;

    /// <summary>
    /// "from" after a document that a body issued: <c>a statement from the ministry</c>, <c>figures from the Office for
    /// National Statistics</c>. The issuer belongs to the source phrase.
    /// </summary>
    /// <summary>
    /// The head of a subject with a restrictive relative clause that runs from <c>who</c> or <c>that</c> to
    /// <paramref name="last"/> (<c>People | who live near the plant | say</c>): the head must open the clause, at
    /// <paramref name="limit"/> or after a comma, and the relative clause holds no comma or quotation; else null.
    /// </summary>
    public static Mention? RestrictiveRelativeHead(TokenReader r, int last, int limit)
    {
        for (int k = last; k > limit && last - k < MaxRelativeClauseTokens; k--)
        {
            if (!r.IsWord(k) && !r.IsPossessive(k) && r.Tokens[k].Kind != Text.TokenKind.Number)
            {
                return null;
            }

            if (!(r.Is(k, "who") || r.Is(k, "that")) || !r.IsLowerWord(k) || k == last)
            {
                continue;
            }

            bool opensClause = k - 1 == limit || r.IsPunct(k - 2, ',');
            if (r.Is(k - 1, "those") && r.Is(k, "who") && opensClause)
            {
                return new Mention(r.SpanOf(k - 1, k - 1), k - 1, k - 1, MentionKind.Anonymous); // "Those who know him say"
            }

            // The head noun stands right before the relative pronoun ("People who", "the report that").
            if (k - 1 < limit || !r.IsWord(k - 1) || r.IsPronoun(k - 1) || r.ClassOf(k - 1) != WordClass.None || r.IsQuoteMark(k - 1))
            {
                return null;
            }

            return PhraseEndingAt(r, k - 1, limit) is { } head && head.Kind != MentionKind.Pronoun
                && (head.FirstToken == limit || r.IsPunct(head.FirstToken - 1, ','))
                ? head
                : null;
        }

        return null;
    }

    /// <summary>
    /// A cue word in its base form used as a noun before a person or group noun: <c>the state auditor</c>, <c>state
    /// officials</c>, <c>the report authors</c>. It stands at the phrase's edge (<paramref name="phraseEdge"/>: the first
    /// token the phrase may take), after a determiner, a preposition or punctuation, so a verb between two noun phrases
    /// (<c>Critics claim officials lied</c>) still ends the phrase.
    /// </summary>
    private static bool IsAttributiveCueNoun(TokenReader r, int k, int phraseEdge)
    {
        if (!r.IsLowerWord(k) || !IsNounAhead(r, k + 1) || !r.Lexicons.TryGetCue(r.Text(k), out var cue) || cue.Form != VerbForm.Base || cue.IsPhrasal)
        {
            return false;
        }

        return k == phraseEdge || !r.InRange(k - 1) || !r.IsWord(k - 1)
            || r.ClassOf(k - 1) is WordClass.Determiner or WordClass.Preposition or WordClass.NounPreposition;
    }

    /// <summary>
    /// <c>The central bank's own forecasts | suggest</c>, <c>Her remarks | show</c>, <c>the ministry's reports | indicate</c>: a cue's -s form
    /// before a cue's base form, after a determiner or possessive (at most two plain words between), is a plural noun heading the
    /// second cue's subject, not a verb (<see cref="Frames.Rules.PluralNounGuard"/> refuses it as a cue).
    /// </summary>
    private static bool IsPluralCueNounHead(TokenReader r, int k)
    {
        if (!r.IsLowerWord(k) || !r.Lexicons.TryGetCue(r.Text(k), out var cue) || cue.Form != VerbForm.ThirdPerson || cue.IsPhrasal
            || !r.IsLowerWord(k + 1) || !r.Lexicons.TryGetCue(r.Text(k + 1), out var next) || next.Form != VerbForm.Base || next.IsPhrasal)
        {
            return false;
        }

        for (int m = k - 1; m >= 0 && k - m <= 3; m--)
        {
            if (r.IsPossessive(m) || r.ClassOf(m) == WordClass.Determiner || r.Is(m, "her"))
            {
                return true; // "the bank's forecasts", "their comments", "her remarks"
            }

            if (!r.IsLowerWord(m) || r.ClassOf(m) != WordClass.None || r.LooksVerbalOrAdverb(m))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A person, group or source noun at <paramref name="k"/>, or right after one plain lower-case modifier there
    /// (<c>state | election officials</c>).
    /// </summary>
    private static bool IsNounAhead(TokenReader r, int k) =>
        r.InRange(k) && r.IsLowerWord(k) && (r.IsNoun(k)
            || (r.ClassOf(k) == WordClass.None && !r.LooksVerbalOrAdverb(k) && r.InRange(k + 1) && r.IsLowerWord(k + 1) && r.IsNoun(k + 1)));

    /// <summary>
    /// <c>a conference | call</c>, <c>the police | report</c>: a cue's base form after a singular common noun in a phrase that
    /// opens with a determiner, and before what ends an adjunct, is the second noun of a compound, not a verb (a singular
    /// noun takes no base-form verb; <c>read</c>, both base and past, is a verb before its colon or object).
    /// </summary>
    private static bool IsCompoundNounCue(TokenReader r, int k, int start)
    {
        if (k - 1 <= start || !r.IsLowerWord(k - 1) || r.ClassOf(k - 1) != WordClass.None || r.LooksVerbalOrAdverb(k - 1) || r.Text(k - 1).EndsWith("s", StringComparison.Ordinal)
            || !r.Lexicons.TryGetCue(r.Text(k), out var cue) || cue.Form != VerbForm.Base || cue.IsPhrasal)
        {
            return false;
        }

        // What follows ends the phrase as an adjunct does ("call that …", "call, …", "call on Monday"), not as a verb
        // goes on to its object or a colon ("One placard read: …", "A friend read the letter").
        bool endsAdjunct = !r.InRange(k + 1) || r.Is(k + 1, "that") || r.IsPunct(k + 1, ',') || r.IsPunct(k + 1, '.')
            || r.ClassOf(k + 1) is WordClass.NounPreposition or WordClass.Preposition;
        if (!endsAdjunct)
        {
            return false;
        }

        // The determiner opens this noun phrase, past at most one more modifier ("on a long conference call").
        return r.ClassOf(k - 2) == WordClass.Determiner && k - 2 >= start
            || (k - 3 >= start && r.ClassOf(k - 3) == WordClass.Determiner && r.IsLowerWord(k - 2) && r.ClassOf(k - 2) == WordClass.None);
    }

    /// <summary>A word that can end a noun phrase before "and": a common noun, a capitalised word or a possessive (not a pronoun).</summary>
    private static bool IsNounLikeEnd(TokenReader r, int k) =>
        (r.IsNoun(k) || r.IsCapitalized(k) || r.IsPossessive(k) || (r.IsLowerWord(k) && !r.LooksVerbalOrAdverb(k) && !FunctionWords.IsIrregularPast(r.Text(k))))
        && !r.IsPronoun(k) && r.ClassOf(k) == WordClass.None;

    /// <summary>A capitalised preposition between capitalised words: part of a body's name, which news capitalises whole.</summary>
    private static bool IsCapitalizedPrepositionInName(TokenReader r, int k) =>
        r.IsCapitalized(k) && !r.IsAcronym(k) && r.IsCapitalized(k - 1) && r.IsCapitalized(k + 1);

    private static bool IsDocumentOrigin(TokenReader r, int k) =>
        r.Is(k, "from") && r.IsLowerWord(k - 1) && (r.TagsOf(k - 1) & WordTags.SourceNoun) != 0;

    /// <summary>
    /// "to" inside a body's capitalised name, between its head and a capitalised verb: <c>Committee to Protect Journalists</c>,
    /// <c>Campaign to End Loneliness</c>.
    /// </summary>
    private static bool IsNameInfinitive(TokenReader r, int k) =>
        r.Is(k, "to") && r.IsCapitalized(k - 1) && r.IsCapitalized(k + 1) && r.Lexicons.Entities.Is(r.Text(k - 1), NameTags.OrganizationHead);

    /// <summary>"has long argued", "have long said": "long" is an adverb only right after an auxiliary (a long line is a noun phrase).</summary>
    private static bool IsPerfectLong(TokenReader r, int i) => r.Is(i, "long") && r.IsLowerWord(i) && r.ClassOf(i - 1) == WordClass.Auxiliary;
}

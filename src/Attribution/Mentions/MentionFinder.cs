using Attribution.Lexicons;
using Attribution.Text;

namespace Attribution.Mentions;

/// <summary>
/// Finds the noun phrases of attribution frames — the speaker before or after a cue, the addressee after
/// it, the subject of a clause — by walking a bounded number of tokens, so each call costs O(1) in the
/// document size.
/// </summary>
internal static class MentionFinder
{
    /// <summary>The most tokens a speaker or addressee noun phrase may have.</summary>
    public const int MaxPhraseTokens = 24;

    private const int MaxAppositiveTokens = 25;

    /// <summary>How long a restrictive relative clause between a subject's head and its verb may be, in tokens.</summary>
    private const int MaxRelativeClauseTokens = 12;

    /// <summary>A parenthesis after a name is an acronym or a party label (WHO, D-Ohio, R-Texas): a few tokens.</summary>
    private const int MaxParenthesisTokens = 12;

    /// <summary>
    /// The subject of the verb at <paramref name="verb"/>: the noun phrase ending just before it (after
    /// auxiliaries and adverbs), a pronoun, the antecedent of a relative pronoun, or the head of
    /// <c>NAME, APPOSITIVE,</c>. Tokens before <paramref name="limit"/> are never used.
    /// </summary>
    public static Mention? SubjectBefore(TokenReader r, int verb, int limit)
    {
        int i = verb - 1;
        while (i >= limit && (r.ClassOf(i) is WordClass.Auxiliary or WordClass.Adverb || IsPerfectLong(r, i)) && !(r.IsCapitalized(i) && IsSurnameLikeMonth(r, i)))
        {
            i--;
        }

        if (i > limit && TimeAdjunct.StartBefore(r, i, limit) is int adjunct and > 0 && adjunct > limit)
        {
            // "The ministry on Tuesday said", "Trump last week said": the time belongs to the verb, the subject is before it.
            i = adjunct - 1;
            while (i >= limit && r.ClassOf(i) is WordClass.Adverb)
            {
                i--;
            }

            // "The report released in March said": the participle modifies the subject before it.
            if (i - 1 >= limit && r.IsLowerWord(i) && r.Text(i).EndsWith("ed", StringComparison.Ordinal) && !r.IsNoun(i) && r.ClassOf(i) == WordClass.None
                && (r.IsNoun(i - 1) || r.IsCapitalized(i - 1)))
            {
                i--;
            }
        }

        if (i >= limit && r.IsPunct(i, ')'))
        {
            return BeforeParenthesis(r, i, limit);
        }

        if (i < limit)
        {
            return null;
        }

        if (SourceModifiers.PhraseEndingAt(r, i, limit) is { } modified)
        {
            return modified; // "a person familiar with the talks said", "those close to him say"
        }

        if ((r.Is(i, "whom") || r.Is(i, "which")) && r.Is(i - 1, "of") && r.ClassOf(i - 2) == WordClass.Determiner && i - 3 >= limit)
        {
            // "4,000 nurses, many of whom say …": the quantified relative speaks for its antecedent.
            int j = r.IsPunct(i - 3, ',') ? i - 4 : i - 3;
            return j >= limit ? Antecedent(r, j, limit) : null;
        }

        if (PartitiveEndingAt(r, i, limit) is { } partitive)
        {
            return partitive; // "one of them said", "some of the residents say"
        }

        var tags = r.TagsOf(i);
        if ((tags & WordTags.RelativePronoun) != 0)
        {
            int j = i - 1;
            if (r.IsPunct(j, ','))
            {
                j--;
            }

            return j >= limit ? PhraseEndingAt(r, j, limit) : null;
        }

        if (r.IsPronoun(i))
        {
            return new Mention(r.SpanOf(i, i), i, i, MentionKind.Pronoun);
        }

        if (r.IsPunct(i, ','))
        {
            // NAME, APPOSITIVE, said — the head lies before an earlier comma. A phrase after a preposition is
            // inside the appositive ("Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said"),
            // so the scan goes on to an earlier comma and keeps that phrase only when no head is found there.
            int stop = Math.Max(limit, i - MaxAppositiveTokens);
            Mention? insideAppositive = null;
            for (int k = i - 1; k > stop; k--)
            {
                if (k == i - 1 && r.IsPunct(k, '.'))
                {
                    continue; // "Ana Lucero, D-Calif., said": the stop of an abbreviation closing the appositive, not a sentence end
                }

                if (r.IsPunct(k, ',') || r.IsQuoteMark(k) || r.IsPunct(k, '.'))
                {
                    if (!r.IsPunct(k, ','))
                    {
                        return insideAppositive;
                    }

                    if (PartyLabel.StartingBefore(r, k - 1) is int label and > 0 && label - 1 > stop && r.IsPunct(label - 1, ','))
                    {
                        k = label; // "Rep. Jim Carver, R-Ohio, a close ally of the president, said": the label is an appositive too
                        continue;
                    }

                    if (r.IsPunct(k - 1, ')') && k - 1 >= limit)
                    {
                        return BeforeParenthesis(r, k - 1, limit); // "Rep. Jane Doe (D-Ohio), a member of the panel, said"
                    }

                    if (k - 1 >= limit && SourceModifiers.PhraseEndingAt(r, k - 1, limit) is { } modifiedHead)
                    {
                        return modifiedHead; // "Officials familiar with the talks, who spoke on condition of anonymity, said"
                    }

                    if (PhraseEndingAt(r, k - 1, limit) is { } head && k - 1 >= limit && (HasCapital(r, head) || head.Kind == MentionKind.Pronoun || r.IsNoun(head.LastToken) || r.ClassOf(head.FirstToken) == WordClass.Determiner))
                    {
                        if (head.FirstToken - 1 < limit || r.ClassOf(head.FirstToken - 1) is not (WordClass.NounPreposition or WordClass.Preposition))
                        {
                            return k + 2 == i && r.Tokens[k + 1].Kind == TokenKind.Number ? RoleBeforeNamedAge(r, head, limit) ?? head : head;
                        }

                        insideAppositive ??= head;
                    }
                }
            }

            return insideAppositive;
        }

        if (RestrictiveRelativeHead(r, i, limit) is { } relativeHead)
        {
            return relativeHead; // "People who live near the plant say", "Voters who met the candidate said"
        }

        if (PhraseEndingAt(r, i, limit) is not { } phrase)
        {
            return PostModifiedSubject.HeadBeforeBareObject(r, i, limit);
        }

        if (r.IsLowerWord(phrase.FirstToken) && r.ClassOf(phrase.FirstToken) == WordClass.None && PostModifiedSubject.HeadBeforeBareObject(r, i, limit) is { } participleHead)
        {
            return participleHead; // "A study tracking commuters found": a known person noun as the participle's bare object is no subject either
        }

        // "A sign on the door of the clinic said", "Leaders from both parties say": the phrase before the verb is the
        // object of a post-modifier whose head opens the clause, and the head is the source.
        return phrase.Kind != MentionKind.Pronoun && phrase.FirstToken - 1 > limit && r.IsLowerWord(phrase.FirstToken - 1)
            && FunctionWords.IsPreposition(r.Text(phrase.FirstToken - 1)) && PostModifiedSubject.HeadBefore(r, phrase.FirstToken, limit) is { } postModifiedHead
            && (postModifiedHead.FirstToken == 0 || !(r.IsWord(postModifiedHead.FirstToken - 1) || r.IsQuoteMark(postModifiedHead.FirstToken - 1)))
            ? WithQuantifiedPeople(r, postModifiedHead, phrase.LastToken)
            : phrase;
    }

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

    /// <summary>
    /// The noun phrase ending at <paramref name="end"/> that a relative clause after it refers to, kept to
    /// nouns, numbers, names and possessives (<c>The hospital employs 4,000 nurses, many of whom</c>: the
    /// nurses, not the clause before them).
    /// </summary>
    private static Mention? Antecedent(TokenReader r, int end, int limit)
    {
        if (!IsHead(r, end) || !(r.IsNoun(end) || r.IsCapitalized(end)))
        {
            return null;
        }

        int first = end;
        while (first - 1 >= limit && end - first < MaxPhraseTokens
            && (r.Tokens[first - 1].Kind == Text.TokenKind.Number || r.IsPossessive(first - 1) || (r.IsWord(first - 1) && r.ClassOf(first - 1) == WordClass.None && (r.IsNoun(first - 1) || r.IsCapitalized(first - 1)))))
        {
            first--;
        }

        if (first - 1 >= limit && r.ClassOf(first - 1) == WordClass.Determiner)
        {
            first--;
        }

        return new Mention(r.SpanOf(first, end), first, end, Classify(r, first, end));
    }

    /// <summary>
    /// The noun phrase before the parenthesis that closes at <paramref name="close"/>, the parenthesis included:
    /// <c>The World Health Organisation (WHO)</c>, <c>Rep. Jane Doe (D-Ohio)</c>.
    /// </summary>
    private static Mention? BeforeParenthesis(TokenReader r, int close, int limit)
    {
        int open = close - 1;
        while (open >= limit && close - open < MaxParenthesisTokens && !r.IsPunct(open, '('))
        {
            open--;
        }

        if (open < limit || !r.IsPunct(open, '('))
        {
            return null;
        }

        return PhraseEndingAt(r, open - 1, limit) is { } outer ? outer with { Span = r.SpanOf(outer.FirstToken, close), LastToken = close } : null;
    }

    /// <summary>The noun phrase whose last token is <paramref name="end"/>, collected leftwards down to <paramref name="limit"/>.</summary>
    public static Mention? PhraseEndingAt(TokenReader r, int end, int limit)
    {
        if (end < limit || !r.InRange(end) || !(IsHead(r, end) || (end > limit && IsNumberedName(r, end - 1, end))))
        {
            return null;
        }

        int first = end;
        int prepositions = 0;
        int secondConjunct = -1;
        for (int k = end - 1; k >= limit && end - k < MaxPhraseTokens; k--)
        {
            if (r.IsPossessive(k))
            {
                first = k;
                continue;
            }

            if (r.Tokens[k].Kind == Text.TokenKind.Number)
            {
                first = k;
                continue;
            }

            if (!r.IsWord(k))
            {
                break;
            }

            var cls = r.ClassOf(k);
            if (cls == WordClass.Determiner)
            {
                first = k;
                if (r.ClassOf(k - 1) == WordClass.Determiner && k - 1 >= limit)
                {
                    first = k - 1;
                }
                else if (prepositions < 2 && k - 2 >= limit && r.Is(k - 1, "and") && IsNounLikeEnd(r, k - 2))
                {
                    // "Both the district and the police department", "The union and the employers' federation": one
                    // coordinated source.
                    prepositions++;
                    secondConjunct = k;
                    first = k - 2;
                    k -= 1;
                    continue;
                }
                else if (prepositions < 2 && k - 2 >= limit && IsRoleComplement(r, k - 1))
                {
                    // "CEO of the Refugee Council Enver Solomon", "the editor of the Sydney Morning Herald": the role
                    // before the preposition heads the phrase.
                    prepositions++;
                    first = k - 2;
                    k -= 2;
                    continue;
                }

                break;
            }

            if (prepositions < 2 && k - 1 >= limit && IsNameInfinitive(r, k))
            {
                prepositions++; // "the Committee to Protect Journalists"
                first = k;
                continue;
            }

            if (cls is WordClass.NounPreposition or WordClass.Preposition && k - 1 >= limit && IsCapitalizedPrepositionInName(r, k))
            {
                prepositions++; // "Reporters Without Borders", "Mothers Against Drunk Driving"
                first = k;
                continue;
            }

            if (cls is WordClass.NounPreposition or WordClass.Coordinator)
            {
                // "a spokesman for the ministry", "groups and organizations": only between noun-like words.
                if (prepositions < 2 && k - 1 >= limit && (r.IsCapitalized(k - 1) || r.IsNoun(k - 1) || r.IsPossessive(k - 1)) && !r.IsPronoun(k - 1))
                {
                    prepositions++;
                    first = k;
                    continue;
                }

                break;
            }

            if (cls != WordClass.None || r.IsPronoun(k) || (r.TagsOf(k) & WordTags.RelativePronoun) != 0)
            {
                break;
            }

            if (r.IsLowerWord(k) && r.LooksVerbalOrAdverb(k) && !IsAttributiveParticiple(r, k, limit))
            {
                break;
            }

            first = k;
        }

        if (secondConjunct >= 0 && first > limit && r.IsWord(first - 1))
        {
            first = secondConjunct; // "ticket sales rose and | its owners": the first conjunct does not open the clause
        }

        while (first < end && (r.ClassOf(first) is WordClass.NounPreposition or WordClass.Coordinator || r.IsPossessive(first)))
        {
            first++;
        }

        if (!Plausible(r, first, end))
        {
            return null;
        }

        return new Mention(r.SpanOf(first, end), first, end, Classify(r, first, end));
    }

    /// <summary>
    /// The noun phrase starting at <paramref name="start"/> and collected rightwards (not past
    /// <paramref name="limit"/>, exclusive): an inverted speaker (<c>said Jane Smith</c>), an addressee
    /// (<c>told the U.N. Security Council</c>), the source of <c>according to</c>.
    /// </summary>
    public static Mention? PhraseStartingAt(TokenReader r, int start, int limit, bool allowObjectPronoun)
    {
        if (start >= limit || !r.InRange(start))
        {
            return null;
        }

        if (r.IsPronoun(start) || (allowObjectPronoun && r.ClassOf(start) == WordClass.ObjectPronoun) || (allowObjectPronoun && r.Is(start, "her")))
        {
            bool isDeterminer = r.Is(start, "her") && r.IsWord(start + 1) && r.ClassOf(start + 1) == WordClass.None && !r.IsPronoun(start + 1) && start + 1 < limit;
            if (!isDeterminer)
            {
                return new Mention(r.SpanOf(start, start), start, start, MentionKind.Pronoun);
            }
        }

        if (start + 2 < limit && IsQuantifier(r, start) && r.Is(start + 1, "of") && (r.Is(start + 2, "them") || r.Is(start + 2, "us")))
        {
            return new Mention(r.SpanOf(start, start + 2), start, start + 2, MentionKind.Anonymous); // "said one of them"
        }

        int last = -1;
        int prepositions = 0;
        int programmeHead = -1;
        for (int k = start; k < limit && k - start < MaxPhraseTokens; k++)
        {
            if (r.IsPossessive(k) || r.Tokens[k].Kind == Text.TokenKind.Number)
            {
                last = k;
                continue;
            }

            if (!r.IsWord(k))
            {
                break;
            }

            if (last == k - 1 && r.IsPossessive(k - 1) && r.IsCapitalized(k) && IsTimeWord(r, k))
            {
                last = k; // "told the BBC's Today programme", "the paper's Sunday edition": a programme or an edition, not a time
                if (k + 1 < limit && r.IsLowerWord(k + 1) && r.ClassOf(k + 1) == WordClass.None)
                {
                    last = ++k; // "NBC's Today show": the programme's head noun, though "show" is also a verb of saying
                    programmeHead = k;
                }

                continue;
            }

            var cls = r.ClassOf(k);
            if (cls == WordClass.Determiner)
            {
                if (last >= 0 && !r.IsPossessive(k - 1) && r.ClassOf(k - 1) != WordClass.Determiner && r.ClassOf(k - 1) != WordClass.NounPreposition && r.ClassOf(k - 1) != WordClass.Coordinator
                    && !IsRoleComplement(r, k - 1, placeToo: false))
                {
                    break; // a new phrase starts
                }

                last = k;
                continue;
            }

            bool documentOrigin = last == k - 1 && IsDocumentOrigin(r, k);
            if (cls is WordClass.NounPreposition or WordClass.Coordinator || (last == k - 1 && IsRoleComplement(r, k, placeToo: false)) || documentOrigin)
            {
                // "said hundreds of protesters", "said dozens of residents": a quantity and what it counts.
                bool counted = r.Is(k, "of") && last == k - 1 && r.ClassOf(last) == WordClass.Determiner && r.IsLowerWord(k + 1) && r.ClassOf(k + 1) == WordClass.None && k + 1 < limit;
                bool joins = counted || ((r.Is(k, "of") || r.Is(k, "for") || r.Is(k, "and") || IsRoleComplement(r, k, placeToo: false) || documentOrigin) && prepositions < 2 && last >= 0
                    && (r.IsCapitalized(k + 1) || r.ClassOf(k + 1) == WordClass.Determiner) && k + 1 < limit && !IsTimeWord(r, k + 1));
                if (!joins)
                {
                    break;
                }

                prepositions++;
                continue;
            }

            if (cls != WordClass.None || r.IsPronoun(k) || (r.TagsOf(k) & WordTags.RelativePronoun) != 0)
            {
                break;
            }

            // "Kravets shook her head", "Holm sat down": an irregular past after the phrase is its verb, not a word of it.
            if (r.IsLowerWord(k) && ((r.LooksVerbalOrAdverb(k) && !IsCompoundNounCue(r, k, start)) || (last >= 0 && !r.IsNoun(k) && FunctionWords.IsIrregularPast(r.Text(k)))))
            {
                break;
            }

            if (IsTimeWord(r, k) && last >= 0)
            {
                break;
            }

            last = k;
            if (r.IsLowerWord(k) && r.IsNoun(k) && !(r.IsLowerWord(k + 1) && r.IsNoun(k + 1)) && !r.IsPossessive(k + 1)
                && !(r.Is(k + 1, "of") || r.Is(k + 1, "for") || IsRoleComplement(r, k + 1, placeToo: false) || IsDocumentOrigin(r, k + 1)) && !(r.IsCapitalized(k + 1) && r.ClassOf(k + 1) == WordClass.None && !IsTimeWord(r, k + 1)))
            {
                break; // a common-noun head ends the phrase (told reporters on Thursday)
            }
        }

        while (last >= start && (r.ClassOf(last) is WordClass.Determiner or WordClass.NounPreposition or WordClass.Coordinator))
        {
            last--;
        }

        bool head = last >= start && (IsHead(r, last) || IsCompoundNounCue(r, last, start) || last == programmeHead);
        if (head && FindModifier(r, start, last, limit) is int modifier && SourceModifiers.ModifierEnd(r, modifier, limit) is int objectEnd and >= 0)
        {
            // "said a person familiar with the talks": the modifier and its object belong to the source.
            return new Mention(r.SpanOf(start, objectEnd), start, objectEnd, MentionKind.Anonymous);
        }

        if (last < start || !(head || IsNumberedName(r, start, last)) || !Plausible(r, start, last))
        {
            return null;
        }

        return new Mention(r.SpanOf(start, last), start, last, Classify(r, start, last));
    }

    // The token after the head noun where a source modifier may start ("a person | familiar with …"), if the
    // head is a noun a modifier can follow; the head is the phrase's last word or the word before a modifier word.
    private static int? FindModifier(TokenReader r, int start, int last, int limit)
    {
        if (r.IsNoun(last) && last + 1 < limit)
        {
            return last + 1;
        }

        // "a person familiar": the scan above took the modifier word as part of the phrase.
        return last > start && r.IsLowerWord(last) && !r.IsNoun(last) ? last : null;
    }

    /// <summary>
    /// The subject of the main clause of the sentence starting at <paramref name="first"/>, after an
    /// introductory phrase (<c>In March,</c>) if any: the speaker of participial cues (<c>…, tweeting,</c>).
    /// </summary>
    public static Mention? ClauseSubject(TokenReader r, int first, int limit)
    {
        int start = first;
        for (int round = 0; round < 3 && start < limit; round++)
        {
            var cls = r.ClassOf(start);
            bool intro = cls is WordClass.NounPreposition or WordClass.Preposition or WordClass.Subordinator or WordClass.Adverb
                || (r.IsWord(start) && r.Text(start).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && r.IsCapitalized(start))
                || IsTimeWord(r, start) || IsIntroParticiple(r, start, first);
            if (!intro)
            {
                break;
            }

            int comma = -1;
            for (int k = start + 1; k < limit && k - start < 14; k++)
            {
                if (r.IsPunct(k, ','))
                {
                    comma = k;
                    break;
                }

                if (r.IsQuoteMark(k))
                {
                    break;
                }
            }

            if (comma < 0)
            {
                return null;
            }

            start = comma + 1;
        }

        var phrase = PhraseStartingAt(r, start, limit, allowObjectPronoun: false);
        if (phrase is not { } p)
        {
            return null;
        }

        // A subject is followed by its verb (or by an appositive comma), not by more noun material.
        int next = p.LastToken + 1;
        return r.IsLowerWord(next) || r.IsPunct(next, ',') || r.ClassOf(next) is WordClass.Auxiliary ? p : null;
    }

    // "Asked whether he would run, she said …": a cue's past participle opening the sentence opens an
    // introductory phrase, not a name ("Asked" is not the subject).
    private static bool IsIntroParticiple(TokenReader r, int i, int first) =>
        i == first && r.IsCapitalized(i) && r.Lexicons.TryGetCue(r.Text(i), out var cue) && cue.Form is VerbForm.Past or VerbForm.Participle;

    /// <summary>Whether the token is a weekday, a month, or a relative time word (<c>today</c>, <c>week</c>, <c>last</c>).</summary>
    public static bool IsTimeWord(TokenReader r, int i) => TimeAdjunct.IsTimeWord(r, i);

    /// <summary>A month's name right after a capitalised name word is a surname: <c>Theresa May</c>, <c>Brian May</c>.</summary>
    private static bool IsSurnameLikeMonth(TokenReader r, int i) => TimeAdjunct.IsSurnameLikeMonth(r, i);

    // "told Channel 12", "Apollo 11": a number after a capitalised head closes the name.
    private static bool IsNumberedName(TokenReader r, int start, int last) =>
        last > start && r.Tokens[last].Kind == Text.TokenKind.Number && r.IsCapitalized(last - 1) && IsHead(r, last - 1);

    private static bool IsHead(TokenReader r, int i)
    {
        if (!r.IsWord(i))
        {
            return false;
        }

        if (r.IsCapitalized(i))
        {
            return IsSurnameLikeMonth(r, i) || r.ClassOf(i) == WordClass.None && !IsTimeWord(r, i);
        }

        return r.ClassOf(i) == WordClass.None && (!r.LooksVerbalOrAdverb(i) || IsIngNounAfterDeterminer(r, i)) && (r.TagsOf(i) & WordTags.RelativePronoun) == 0;
    }

    /// <summary>
    /// <c>the briefing</c>, <c>a public hearing</c>, <c>Tuesday's meeting</c>: a word in -ing after a determiner or a
    /// possessive (past at most one modifier) is a noun, and may end a phrase (<c>Officials at the briefing said</c>).
    /// </summary>
    private static bool IsIngNounAfterDeterminer(TokenReader r, int i)
    {
        var word = r.Text(i);
        if (word.Length <= MinIngNounLength || !word.EndsWith("ing", StringComparison.Ordinal) || i == 0)
        {
            return false;
        }

        int before = i - 1;
        if (before > 0 && r.IsLowerWord(before) && r.ClassOf(before) == WordClass.None && !r.LooksVerbalOrAdverb(before))
        {
            before--; // "a public hearing"
        }

        return r.ClassOf(before) == WordClass.Determiner || r.IsPossessive(before);
    }

    /// <summary>Shorter words in -ing are rarely verb forms made nouns: <c>king</c>, <c>ring</c>, <c>thing</c> are nouns anyway.</summary>
    private const int MinIngNounLength = 4;

    // A phrase of lower-case words is a speaker only with a determiner or a known head (researchers,
    // the report); otherwise it is probably the end of a clause.
    private static bool Plausible(TokenReader r, int first, int last)
    {
        if (r.IsNoun(last) || r.IsCapitalized(last) || r.IsPronoun(last))
        {
            return true;
        }

        for (int k = first; k < last; k++)
        {
            if (r.ClassOf(k) == WordClass.Determiner || r.IsCapitalized(k) || r.IsPossessive(k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCapital(TokenReader r, Mention m)
    {
        for (int k = m.FirstToken; k <= m.LastToken; k++)
        {
            if (r.IsCapitalized(k) && r.ClassOf(k) == WordClass.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Name, pronoun, nominal, organisation or anonymous, from the head and the determiner.</summary>
    public static MentionKind Classify(TokenReader r, int first, int last)
    {
        if (first == last && r.IsPronoun(first) || r.ClassOf(last) == WordClass.ObjectPronoun)
        {
            return MentionKind.Pronoun;
        }

        int head = last;
        // "a spokesman for the ministry": the head is before the preposition.
        for (int k = first; k <= last; k++)
        {
            if (r.ClassOf(k) == WordClass.NounPreposition && k > first)
            {
                head = k - 1;
                break;
            }
        }

        var tags = r.TagsOf(head);
        bool capitalizedHead = r.IsCapitalized(head) && !(head == first && r.IsNoun(head)); // "Officials said" at a sentence start
        bool indefinite = r.Is(first, "a") || r.Is(first, "an") || r.Is(first, "some") || r.Is(first, "several") || r.Is(first, "two") || r.Is(first, "three");
        if (!capitalizedHead)
        {
            if ((tags & WordTags.GroupNoun) != 0)
            {
                return MentionKind.Organization;
            }

            bool anonymousHead = r.Is(head, "source") || r.Is(head, "sources") || r.Is(head, "official") || r.Is(head, "officials") || r.Is(head, "insider") || r.Is(head, "insiders") || r.Is(head, "person") || r.Is(head, "people");
            return anonymousHead && (indefinite || head == first) ? MentionKind.Anonymous : MentionKind.Nominal;
        }

        if ((tags & WordTags.GroupNoun) != 0 || IsOrganizationSuffix(r, head))
        {
            return MentionKind.Organization;
        }

        if ((tags & WordTags.Title) != 0 && head == first)
        {
            return MentionKind.Nominal;
        }

        return MentionKind.Name;
    }

    private static bool IsOrganizationSuffix(TokenReader r, int i)
    {
        var t = r.Text(i);
        return t.Equals("Inc", StringComparison.Ordinal) || t.Equals("Inc.", StringComparison.Ordinal) || t.Equals("Corp.", StringComparison.Ordinal)
            || t.Equals("Ltd", StringComparison.Ordinal) || t.Equals("Ltd.", StringComparison.Ordinal) || t.Equals("News", StringComparison.Ordinal)
            || t.Equals("Times", StringComparison.Ordinal) || t.Equals("Post", StringComparison.Ordinal) || t.Equals("Press", StringComparison.Ordinal)
            || t.Length >= 2 && t.Length <= 5 && IsAllUpper(t);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> t)
    {
        foreach (char c in t)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}

using Attribution.Lexicons;
using Attribution.Text;

namespace Attribution.Mentions;

/// <summary>
/// Finds the noun phrases of attribution frames — the speaker before or after a cue, the addressee after
/// it, the subject of a clause — by walking a bounded number of tokens, so each call costs O(1) in the
/// document size.
/// </summary>
internal static partial class MentionFinder
{
    /// <summary>The most tokens a speaker or addressee noun phrase may have.</summary>
    public const int MaxPhraseTokens = 24;

    private const int MaxAppositiveTokens = 25;

    /// <summary>How long a restrictive relative clause between a subject's head and its verb may be, in tokens.</summary>
    private const int MaxRelativeClauseTokens = 12;

    /// <summary>A parenthesis after a name is an acronym or a party label (WHO, D-Ohio, R-Texas): a few tokens.</summary>
    private const int MaxParenthesisTokens = 12;

    /// <summary>
    /// <c>The government then said …</c>, <c>He then told reporters …</c>: <c>then</c> after a word of the subject is an adverb of
    /// time before the verb (the word lists class it as a conjunction for <c>…, then said</c>, <c>if …, then …</c>, which keep it).
    /// </summary>
    private static bool IsThenAfterSubject(TokenReader r, int i, int limit) =>
        i - 1 >= limit && r.IsLowerWord(i) && r.Is(i, "then") && r.IsWord(i - 1)
        && r.ClassOf(i - 1) is not (WordClass.Coordinator or WordClass.Subordinator or WordClass.Preposition or WordClass.NounPreposition or WordClass.Auxiliary);

    /// <summary>
    /// The subject of the verb at <paramref name="verb"/>: the noun phrase ending just before it (after
    /// auxiliaries and adverbs), a pronoun, the antecedent of a relative pronoun, or the head of
    /// <c>NAME, APPOSITIVE,</c>. Tokens before <paramref name="limit"/> are never used.
    /// </summary>
    public static Mention? SubjectBefore(TokenReader r, int verb, int limit)
    {
        int i = verb - 1;
        while (i >= limit && (r.ClassOf(i) is WordClass.Auxiliary or WordClass.Adverb || IsPerfectLong(r, i) || IsThenAfterSubject(r, i, limit))
            && !(r.IsCapitalized(i) && IsSurnameLikeMonth(r, i)))
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

            if ((InscriptionPhrase.EndingAt(r, j, limit) ?? (r.Is(i, "that") ? InscriptionPhrase.ExtraposedBefore(r, i, limit) : null)) is { } inscription)
            {
                return inscription; // "Nurses wore shirts that read “…”", "shirts started to come out that said “…”": the thing bearing the text
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

                    if (k - 1 >= limit && PartitiveEndingAt(r, k - 1, limit) is { } setOffPartitive)
                    {
                        return setOffPartitive; // "One of them, who spoke on condition of anonymity, said"
                    }

                    if (PhraseEndingAt(r, k - 1, limit) is { } head && k - 1 >= limit && (HasCapital(r, head) || head.Kind == MentionKind.Pronoun || r.IsNoun(head.LastToken) || r.ClassOf(head.FirstToken) == WordClass.Determiner))
                    {
                        // "Jonah Reed, a portfolio manager at Lakeshore Capital, which owns 2 percent of the firm, said": the phrase before a
                        // relative clause is its antecedent, which may itself be an appositive; a name further left is the head.
                        bool relativeAntecedent = (r.TagsOf(k + 1) & WordTags.RelativePronoun) != 0 && !r.Is(k + 1, "that");

                        // "Professor Ann Cole, director of the study, and chair of the council, said": a phrase set off by commas before
                        // ", and" is the first of two coordinated appositives; the head lies before the comma that opens it.
                        bool coordinatedAppositive = r.ClassOf(k + 1) == WordClass.Coordinator && head.FirstToken - 1 > stop && r.IsPunct(head.FirstToken - 1, ',');
                        if (coordinatedAppositive)
                        {
                            insideAppositive ??= head;
                            continue;
                        }

                        if (!relativeAntecedent && (head.FirstToken - 1 < limit || r.ClassOf(head.FirstToken - 1) is not (WordClass.NounPreposition or WordClass.Preposition)))
                        {
                            return k + 2 == i && r.Tokens[k + 1].Kind == TokenKind.Number ? RoleBeforeNamedAge(r, head, limit) ?? head : head;
                        }

                        insideAppositive = relativeAntecedent ? head : insideAppositive ?? head; // the antecedent outranks a phrase inside its clause
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
            && (postModifiedHead.FirstToken == 0 || !(r.IsWord(postModifiedHead.FirstToken - 1) || OpensQuoteBefore(r, postModifiedHead.FirstToken)))
            ? WithQuantifiedPeople(r, postModifiedHead, phrase.LastToken)
            : phrase;
    }

    /// <summary>
    /// Whether a quote mark in the head's own sentence stands right before it (<c>“A sign on the door …</c>, the head inside a
    /// quotation); the closing mark of the sentence before (<c>… the backbone.” A sign on the door read …</c>) is no part of it.
    /// </summary>
    private static bool OpensQuoteBefore(TokenReader r, int head)
    {
        var sentenceOf = r.Document.SentenceOfToken;
        return r.IsQuoteMark(head - 1) && sentenceOf[head - 1] == sentenceOf[head];
    }

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
    public static Mention? PhraseEndingAt(TokenReader r, int end, int limit) => PhraseEndingAt(r, end, limit, withExamples: true);

    /// <summary>
    /// <see cref="PhraseEndingAt(TokenReader, int, int)"/>; <paramref name="withExamples"/> false reads no example list
    /// before the phrase, so the head of one list (<see cref="ExampleListHead"/>) is read without a second, and a chain
    /// of lists (<c>officials including officials including …</c>) costs one step, not a recursion per list.
    /// </summary>
    private static Mention? PhraseEndingAt(TokenReader r, int end, int limit, bool withExamples)
    {
        if (IsNameWithPossessive(r, end, limit) && PhraseEndingAt(r, end - 1, limit) is { } owner)
        {
            // "Moody's said", "Sotheby's, the auction house, said": a business named for its founder ends in
            // the possessive; no noun follows, so the name with its "'s" is the phrase.
            return owner with { Span = r.SpanOf(owner.FirstToken, end), LastToken = end };
        }

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

            if (r.Text(k) is "&" && k - 1 >= limit && r.IsCapitalized(k - 1) && r.IsCapitalized(k + 1))
            {
                first = k; // "Standard & Poor's", "Johnson & Johnson": an ampersand between capitalised words joins one name
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

            if (cls == WordClass.Adverb && r.IsLowerWord(k) && k - 1 >= limit && (r.Is(k - 1, "a") || r.Is(k - 1, "an") || r.Is(k - 1, "the") || r.IsPossessive(k - 1)))
            {
                first = k; // "a juror in an earlier trial", "the only witness", "its now-closed plant": an adverb between an article and its noun modifies the noun
                continue;
            }

            if (cls != WordClass.None || r.IsPronoun(k) || (r.TagsOf(k) & WordTags.RelativePronoun) != 0)
            {
                break;
            }

            if (r.IsLowerWord(k) && r.LooksVerbalOrAdverb(k) && !IsAttributiveParticiple(r, k, limit) && !IsAttributiveCueNoun(r, k, limit))
            {
                break;
            }

            first = k;
        }

        if (secondConjunct >= 0 && first > limit && r.IsWord(first - 1))
        {
            first = secondConjunct; // "ticket sales rose and | its owners": the first conjunct does not open the clause
        }

        if (withExamples && ExampleListHead(r, first, limit) is { } group)
        {
            // "Rival airlines such as Ryanair said", "Lawmakers including Senator Reyes said": the examples belong to
            // the plural noun before them, which is the source.
            return group with { Span = r.SpanOf(group.FirstToken, end), LastToken = end };
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
    /// The plural common-noun phrase before an example list starting at <paramref name="examples"/>: <c>rival airlines</c>
    /// in <c>rival airlines such as Ryanair</c>, <c>lawmakers</c> in <c>lawmakers including Senator Reyes</c>; null when no
    /// <c>such as</c> or <c>including</c> stands before the examples, or no plural noun before that.
    /// </summary>
    private static Mention? ExampleListHead(TokenReader r, int examples, int limit)
    {
        int marker = examples - 1;
        int headEnd = r.Is(marker, "including") && r.IsLowerWord(marker) ? marker - 1
            : r.Is(marker, "as") && r.Is(marker - 1, "such") && r.IsLowerWord(marker - 1) ? marker - 2
            : -1;
        if (headEnd < limit || !r.IsWord(headEnd) || !r.IsNoun(headEnd) || !LooksPluralNoun(r, headEnd))
        {
            return null;
        }

        return PhraseEndingAt(r, headEnd, limit, withExamples: false) is { } head && head.Kind is not (MentionKind.Pronoun or MentionKind.Name) ? head : null;
    }

    private static bool LooksPluralNoun(TokenReader r, int token)
    {
        var word = r.Text(token);
        return word.Length > 3 && (word[^1] is 's' or 'S') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase);
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
            // "her office", not "told her that …" ("that" after "her" opens the clause).
            bool isDeterminer = r.Is(start, "her") && r.IsWord(start + 1) && r.ClassOf(start + 1) == WordClass.None && !r.IsPronoun(start + 1) && !r.Is(start + 1, "that") && start + 1 < limit;
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
            // "told a meeting of party leaders": a word in -ing right after a determiner is a noun ("the briefing"); after a preposition
            // the phrase has its head already ("residents at the meeting" ends at "residents").
            if (r.IsLowerWord(k) && ((r.LooksVerbalOrAdverb(k) && !IsCompoundNounCue(r, k, start) && !IsAttributiveCueNoun(r, k, start) && !IsCompoundIngBeforeNoun(r, k, limit)
                    && !(prepositions == 0 && last == k - 1 && (r.ClassOf(k - 1) == WordClass.Determiner || r.IsPossessive(k - 1)) && IsIngNounAfterDeterminer(r, k)))
                || (last >= 0 && !r.IsNoun(k) && FunctionWords.IsIrregularPast(r.Text(k)))))
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
}

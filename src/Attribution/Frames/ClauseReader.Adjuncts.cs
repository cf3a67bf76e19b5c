using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames;

/// <summary>The adjuncts a frame may carry between its cue and its content (time, place, addressee, programme, parenthetical adverbs), which the clause reader skips (see ClauseReader.cs).</summary>
internal sealed partial class ClauseReader
{
    public int SkipAdjuncts(int p, int sLast, ref Mention? addressee)
    {
        int start = p;
        for (int round = 0; round < 4 && p <= sLast; round++)
        {
            if (p > start && _r.IsPunct(p, ',') && IsRelativeWord(p + 1) && RelativeClauseBeforeThat(p + 1, sLast) is int afterRelative and > 0)
            {
                p = afterRelative; // "told reporters on Monday, who had gathered outside, that …": the relative clause describes the adjunct's words
                continue;
            }

            if (addressee is { } told && p == told.LastToken + 1 && ReducedRelativeBeforeThat(p, sLast) is int afterReduced and > 0)
            {
                p = afterReduced; // "told supporters gathered in Phoenix that …", "told reporters traveling with him that …"
                continue;
            }

            if (_r.IsPunct(p, ',') && _r.ClassOf(p + 1) is WordClass.NounPreposition or WordClass.Preposition && !_quotes.IsQuoted(p + 1))
            {
                p++; // "explains, in a satirical fashion, that …"
                continue;
            }

            if (p + 2 < sLast && _r.IsPunct(p, ',') && _r.IsPunct(p + 2, ',') && !_quotes.IsQuoted(p + 1) && IsParentheticalAdverb(p + 1))
            {
                p += 3; // "said, however, that …", "added, meanwhile, that …"
                continue;
            }

            if (p + 1 <= sLast && _r.IsLowerWord(p) && FunctionWords.IsDegreeAdverb(_r.Text(p)) && _r.LooksLikeLyAdverb(p + 1) && !_quotes.IsQuoted(p + 1))
            {
                p += 2; // "said very clearly that …": the degree word and its adverb are the cue's manner
                continue;
            }

            if (_r.ClassOf(p) == WordClass.Adverb || _r.LooksLikeLyAdverb(p))
            {
                if (OpensFocusedSubject(p, sLast))
                {
                    return p; // "said only three people were hurt": the adverb is the subject's, not the cue's
                }

                p++;
                continue;
            }

            // "may" the modal is no time; "in May", "on May 3" (capitalised after the cue) is the month.
            if ((MentionFinder.IsTimeWord(_r, p) && !(_r.Is(p, "may") && _r.IsLowerWord(p))) || (_r.Tokens[p].Kind == TokenKind.Number && p > 0 && _r.ClassOf(p - 1) is WordClass.NounPreposition or WordClass.Preposition))
            {
                // "on Thursday", "last week", "by 2050"
                p++;
                while (p <= sLast && (MentionFinder.IsTimeWord(_r, p) || _r.Tokens[p].Kind == TokenKind.Number))
                {
                    p++;
                }

                continue;
            }

            if (_r.ClassOf(p) is WordClass.NounPreposition or WordClass.Preposition && !_quotes.IsQuoted(p) && ProgrammeEnd(p + 1, sLast) is int programmeEnd and >= 0)
            {
                p = programmeEnd; // "said on CNN's “State of the Union” that …", "told “Meet the Press”": a programme's quoted name
                continue;
            }

            if (_r.ClassOf(p) is WordClass.NounPreposition or WordClass.Preposition && !_quotes.IsQuoted(p) && !IsInfinitiveAt(p, sLast))
            {
                var np = MentionFinder.PhraseStartingAt(_r, p + 1, sLast + 1, allowObjectPronoun: true);
                if (np is null)
                {
                    if (MentionFinder.IsTimeWord(_r, p + 1) || p + 1 <= sLast && _r.Tokens[p + 1].Kind == TokenKind.Number && !_quotes.IsQuoted(p + 1))
                    {
                        p++; // "on Friday", "in March": the time words are skipped next round
                        continue;
                    }

                    if (PlainPhraseBeforeComplement(p + 1, sLast) is int complement)
                    {
                        p = complement; // "said in an emailed statement that …", "insisted for weeks that …"
                        continue;
                    }

                    break;
                }

                int after = np.Value.LastToken + 1;
                // only an adjunct if what follows is the complement (that, a quote, a comma, a colon)
                // "complained about the noise, which they say …": a relative clause after the comma describes the object; no complement follows.
                bool relativeAfterComma = _r.IsPunct(after, ',') && IsRelativeWord(after + 1);
                bool complementFollows = (_r.Is(after, "that") || _r.IsPunct(after, ',') || _r.IsPunct(after, ':') || _quotes.IsQuoted(after)
                    || _r.ClassOf(after) is WordClass.NounPreposition or WordClass.Preposition || MentionFinder.IsTimeWord(_r, after)
                    || BareClauseAfterOccasion(p, np.Value, after, sLast)) && !relativeAfterComma;
                if (!complementFollows && !(relativeAfterComma && RelativeClauseBeforeThat(after + 1, sLast) > after))
                {
                    if (PlainPhraseBeforeComplement(p + 1, sLast) is int complement)
                    {
                        p = complement; // "said in a brief statement that …": the phrase runs on past what the mention reader took
                        continue;
                    }

                    break;
                }

                if (addressee is null && (_r.Is(p, "to") || (_r.Is(p, "with") && _r.Is(p - 1, "interview"))) && !(_r.Is(p, "to") && IsPlaceOfVisit(p, np.Value)))
                {
                    addressee = np;
                }

                p = relativeAfterComma ? RelativeClauseBeforeThat(after + 1, sLast) : after;
                if (_r.IsPunct(p, ',') && !(_quotes.PieceOf(p + 1) is int q and >= 0 && _quotes.Pieces[q].FirstToken == p + 1) && !_r.Is(p + 1, "that"))
                {
                    p++; // "said, in a statement, that …"
                }

                continue;
            }

            break;
        }

        return p;
    }

    /// <summary>The most tokens a relative clause set off by commas inside a frame runs (<c>, which was posted online,</c>).</summary>
    private const int MaxRelativeClauseTokens = 16;

    /// <summary>
    /// <c>said in a statement, which was posted online, that …</c>: the <c>that</c> after the comma that closes a relative
    /// clause starting at <paramref name="relative"/>; -1 when no such comma and <c>that</c> come within a short clause.
    /// </summary>
    private int RelativeClauseBeforeThat(int relative, int sLast)
    {
        for (int k = relative + 1; k <= sLast && k - relative <= MaxRelativeClauseTokens; k++)
        {
            if (_quotes.IsQuoted(k) || _r.IsPunct(k, ';') || _r.IsPunct(k, ':'))
            {
                return -1;
            }

            if (_r.IsPunct(k, ','))
            {
                return _r.Is(k + 1, "that") ? k + 1 : -1;
            }
        }

        return -1;
    }

    private bool IsRelativeWord(int k) => _r.Is(k, "which") || _r.Is(k, "who") || _r.Is(k, "whom");

    /// <summary>
    /// <c>told supporters gathered in Phoenix that …</c>, <c>told reporters traveling with him that …</c>: a participle right after
    /// the addressee opens a reduced relative clause on it; the <c>that</c>, the to-infinitive or the subject pronoun of a
    /// bare clause which ends it within a short clause with no punctuation, or -1. A participle with nothing of the kind after
    /// it is left to the complement rules (<c>told reporters gathered outside</c> has no content).
    /// </summary>
    private int ReducedRelativeBeforeThat(int participle, int sLast)
    {
        if (!_r.IsLowerWord(participle) || _quotes.IsQuoted(participle))
        {
            return -1;
        }

        var word = _r.Text(participle);
        bool opensRelative = (word.Length > MinGerundLength && word.EndsWith("ing", StringComparison.Ordinal)) || FunctionWords.LooksLikePastParticiple(word);
        if (!opensRelative)
        {
            return -1;
        }

        for (int k = participle + 1; k <= sLast && k - participle <= MaxRelativeClauseTokens; k++)
        {
            if (_quotes.IsQuoted(k) || _r.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return -1;
            }

            if (_r.IsPronoun(k) && !_r.Is(k, "her"))
            {
                return IsClauseStart(k, sLast, clausalVerb: true) ? k : -1; // "told investors meeting in New York it expected …": the content's subject
            }

            // "told officers gathered at headquarters to prepare …"; not the participle's own infinitive ("investors looking to buy")
            if (_r.Is(k, "that") || (k > participle + 1 && IsInfinitiveAt(k, sLast)))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Letters a word in -ing needs to be a participle rather than <c>thing</c> or <c>king</c>.</summary>
    private const int MinGerundLength = 5;

    /// <summary>
    /// <c>said in a statement it was reviewing …</c>, <c>told a news conference the talks had failed</c>, <c>said in an interview with
    /// CNN she would run</c>: an adjunct of setting (<c>in</c>, <c>on</c>, <c>at</c>, <c>during</c>, <c>via</c>; <c>with</c> after an
    /// occasion) whose object is a document the source issues (source-nouns.txt) or an occasion of speaking
    /// (speaking-occasions.txt), or a name after <c>with</c>, followed by a reported clause with no <c>that</c>. Other
    /// objects are left alone: after <c>about the plan</c> or <c>at the meeting</c> a clause is as often relative (<c>the plan
    /// it drafted</c>).
    /// </summary>
    private bool BareClauseAfterOccasion(int preposition, Mention phrase, int after, int sLast)
    {
        bool setting = _r.Is(preposition, "in") || _r.Is(preposition, "on") || _r.Is(preposition, "at") || _r.Is(preposition, "during") || _r.Is(preposition, "via");
        bool withAfterOccasion = _r.Is(preposition, "with") && (_r.TagsOf(preposition - 1) & WordTags.SpeakingOccasion) != 0;
        var headTags = _r.TagsOf(phrase.LastToken);
        bool occasion = (headTags & (WordTags.SourceNoun | WordTags.SpeakingOccasion)) != 0 && _r.IsLowerWord(phrase.LastToken);
        return ((setting && occasion) || withAfterOccasion) && !_quotes.IsQuoted(after)
            && (_r.TagsOf(after) & WordTags.RelativePronoun) == 0 && !_r.Is(after, "which") && IsClauseStart(after, sLast, clausalVerb: true);
    }

    /// <summary>
    /// Where an adjunct's object that is a programme's quoted name ends (<c>CNN's “State of the Union”</c>, <c>“Meet the
    /// Press”</c>, <c>the network's “60 Minutes”</c>): the token after the closing mark, when the complement, a comma, a
    /// colon, a preposition or a time follows; -1 otherwise (<c>said “Enough Is Enough”</c> quotes a slogan).
    /// </summary>
    private int ProgrammeEnd(int first, int sLast)
    {
        int k = first;
        while (k <= sLast && k - first < QuotedTitle.MaxProgrammeWords && !_quotes.IsQuoted(k) && (_r.IsCapitalized(k) || _r.IsPossessive(k) || _r.ClassOf(k) == WordClass.Determiner))
        {
            k++; // the owner: "CNN's", "the network's"
        }

        if (k > first && !_r.IsPossessive(k - 1))
        {
            return -1;
        }

        if (_quotes.PieceOf(k) is not (int title and >= 0) || _quotes.Pieces[title].FirstToken != k || !QuotedTitle.IsProgrammeName(_r, _quotes.Pieces[title]))
        {
            return -1;
        }

        int after = _quotes.Pieces[title].LastToken + 1;
        bool complementFollows = after <= sLast && (_r.Is(after, "that") || _r.IsPunct(after, ',') || _r.IsPunct(after, ':') || _quotes.IsQuoted(after)
            || _r.ClassOf(after) is WordClass.NounPreposition or WordClass.Preposition || MentionFinder.IsTimeWord(_r, after));
        return complementFollows ? after : -1;
    }

    // Sentence adverbs that writers set off with commas inside a frame ("said, however, that …").
    private static readonly string[] ParentheticalAdverbs =
    [
        "however", "though", "too", "therefore", "moreover", "meanwhile", "nonetheless", "nevertheless", "instead", "furthermore", "again",
    ];

    private bool IsParentheticalAdverb(int k) => IsParentheticalAdverb(_r, k);

    /// <summary>A sentence adverb a writer sets off with commas (<c>however</c>, <c>meanwhile</c>, <c>reportedly</c>).</summary>
    public static bool IsParentheticalAdverb(TokenReader r, int k)
    {
        if (!r.IsLowerWord(k))
        {
            return false;
        }

        if (r.ClassOf(k) == WordClass.Adverb || (r.Text(k).EndsWith("ly", StringComparison.Ordinal) && !r.IsNoun(k)))
        {
            return true;
        }

        foreach (var w in ParentheticalAdverbs)
        {
            if (r.Is(k, w))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsIrregularPast(int k) => _r.IsLowerWord(k) && FunctionWords.IsIrregularPast(_r.Text(k));

    /// <summary>Words that bound a number at the start of a noun phrase, each a whole phrase before the number.</summary>
    private static readonly string[][] NumberBounds =
    [
        ["at", "least"], ["at", "most"], ["more", "than"], ["fewer", "than"], ["less", "than"], ["up", "to"],
        ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"], ["nearly"], ["almost"], ["around"],
        ["roughly"], ["some"], ["only"], ["just"],
    ];

    /// <summary>
    /// <c>said at least 80 reporters had been killed</c>, <c>said more than 200 homes were flooded</c>: a bound before a
    /// number opens the subject, as a bare number does (<c>said 80 reporters …</c>), though its first word is a preposition.
    /// "about" and "over" are left out: after "talked" or "fought" they open an object.
    /// </summary>
    private bool StartsWithApproximateNumber(int p, int sLast)
    {
        foreach (var bound in NumberBounds)
        {
            int number = p + bound.Length;
            if (number >= sLast || _r.Tokens[number].Kind != TokenKind.Number)
            {
                continue;
            }

            bool matches = true;
            for (int j = 0; j < bound.Length && matches; j++)
            {
                matches = _r.Is(p + j, bound[j]) && _r.IsLowerWord(p + j);
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A focusing adverb before the subject of the reported clause (<c>said only three people were hurt</c>, <c>said even
    /// small firms would pay</c>, <c>said further cuts would follow</c>), not before <c>that</c>, a comma or a preposition,
    /// where it modifies the cue (<c>said only that</c>, <c>said just, …</c>).
    /// </summary>
    private bool OpensFocusedSubject(int p, int sLast) =>
        p + 1 <= sLast && _r.IsLowerWord(p) && FunctionWords.IsNounFocusingAdverb(_r.Text(p)) && !_quotes.IsQuoted(p + 1)
        && (_r.Tokens[p + 1].Kind == TokenKind.Number || (_r.IsWord(p + 1) && !_r.Is(p + 1, "that") && !_r.IsPronoun(p + 1)
            && _r.ClassOf(p + 1) is WordClass.None or WordClass.Determiner && IsClauseStart(p + 1, sLast, clausalVerb: true)));

    /// <summary>How many words may stand between <c>during</c> or <c>on</c> and the noun before <c>to</c> (<c>during | a two-day visit | to</c>).</summary>
    private const int MaxVisitWords = 4;

    /// <summary>
    /// <c>during a visit to Freiburg</c>, <c>on a trip to Ohio</c>: a <c>to</c> phrase inside an adjunct opened by <c>during</c> or
    /// <c>on</c> names where the speaker went, not whom they spoke to, unless its object is people (<c>during a speech to
    /// supporters</c>). <c>in a statement to Reuters</c> and <c>in a letter to shareholders</c> keep their addressee.
    /// </summary>
    private bool IsPlaceOfVisit(int to, Mention np)
    {
        int w = to - 1;
        if (!_r.IsLowerWord(w) || _r.ClassOf(w) != WordClass.None || _quotes.IsQuoted(w))
        {
            return false; // "said to reporters", "told on Friday to …": the "to" phrase follows the cue or a time
        }

        while (w > 0 && to - w <= MaxVisitWords && _r.ClassOf(w) is WordClass.None or WordClass.Determiner && _r.IsWord(w) && !_quotes.IsQuoted(w))
        {
            w--;
        }

        if (!(_r.Is(w, "during") || _r.Is(w, "on")))
        {
            return false;
        }

        for (int k = np.FirstToken; k <= np.LastToken; k++)
        {
            if ((_r.TagsOf(k) & (WordTags.PersonNoun | WordTags.GroupNoun)) != 0)
            {
                return false;
            }
        }

        return true;
    }
}

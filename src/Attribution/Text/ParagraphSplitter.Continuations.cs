namespace Attribution.Text;

/// <summary>
/// The stops that may or may not end a sentence, decided by the capitalized word that follows: an
/// abbreviation (<c>U.S.</c>, <c>Jr.</c>, <c>a.m.</c>), the mark of a name (<c>Yahoo!</c>), and a quotation
/// followed by its attribution (<c>“So what?” Harry said.</c>).
/// </summary>
internal readonly partial struct ParagraphSplitter
{
    /// <summary>The longest name before a cue verb that still reads as an attribution (<c>Prime Minister Benjamin Netanyahu said</c>).</summary>
    private const int MaxAttributionNameWords = 5;

    /// <summary>The shortest plural that the plural test trusts: shorter words ending in s (<c>Gas</c>, <c>Bus</c>) are rarely plurals.</summary>
    private const int MinPluralLength = 4;

    /// <summary>Whether the <c>!</c> at <paramref name="i"/> belongs to the name before it (<c>Yahoo!</c>, <c>Jeopardy!</c>).</summary>
    private bool IsExclamationName(int i) =>
        _tokens[i].Span.Length == 1 && FirstChar(i) == '!' && i > 0 && Attached(i) && _tokens[i - 1].Kind == TokenKind.Word
        && FrontEndLexicon.ExclamationNames.Contains(TextOf(i - 1));

    /// <summary>Whether the abbreviation at <paramref name="i"/> ends its sentence, given that the capitalized word <paramref name="next"/> follows.</summary>
    private bool AbbreviationEndsSentence(int i, int sentenceStart, int next, int end)
    {
        var word = TextOf(i);
        var core = word[..^1];
        var nextWord = TextOf(next);

        // a.m. / p.m. end a clause unless a day, month or zone follows or they close a leading "At 5 a.m.".
        if (IsTimeAbbreviation(core))
        {
            return !FrontEndLexicon.TimeContinuations.Contains(nextWord) && !IsLeadingTimePhrase(sentenceStart, i);
        }

        // The pronoun I at the end of a clause (you and I.) rather than an initial (Albert I. Jones).
        if (core.Length == 1 && core[0] == 'I' && i > sentenceStart && !IsCapitalized(i - 1) && _tokens[i - 1].Kind == TokenKind.Word)
        {
            return true;
        }

        // After U.S., Co., Jr., an initial: a closed-class word starts a sentence, a name continues one
        // (U.S. Senate, U.N. Security Council). After the abbreviations that end a name (U.S., Inc., Jr., but
        // not a title or an initial, which a surname such as Jones follows) a plural common noun starts one too.
        return FrontEndLexicon.SentenceStarters.Contains(nextWord) || (EndsName(core) && IsPluralSubject(next, end));
    }

    /// <summary>Whether an abbreviation (without its final period) can close a name or a place: <c>U.S</c>, <c>Inc</c>, <c>Jr</c>, not <c>Gen</c>, <c>J</c> or the <c>!</c> of <c>Yahoo!</c>.</summary>
    private static bool EndsName(ReadOnlySpan<char> core) =>
        core.Length > 1 && !FrontEndLexicon.PrepositiveAbbreviations.Contains(core);

    /// <summary>
    /// Whether the capitalized word at <paramref name="i"/> is a plural common noun opening a clause
    /// (<c>Analysts blamed</c>, <c>Millions watched</c>, <c>Thousands of</c>): a regular plural, not a plural
    /// that ends names, followed by a lower-case word or a comma rather than by more of a name.
    /// </summary>
    private bool IsPluralSubject(int i, int end)
    {
        var word = TextOf(i);
        if (word.Length < MinPluralLength || word[^1] != 's' || word[^2] is 's' or 'u' or 'i' || i + 1 >= end
            || FrontEndLexicon.PluralNameWords.Contains(word))
        {
            return false;
        }

        foreach (char c in word[1..])
        {
            if (!CharClass.IsLower(c))
            {
                return false; // McDonalds, U.S.-based: not a plain common noun
            }
        }

        return IsLowercaseWord(i + 1) || IsPunct(i + 1, ',');
    }

    private static bool IsTimeAbbreviation(ReadOnlySpan<char> core) =>
        core.Length == 3 && core[1] == '.' && core[0] is 'a' or 'p' or 'A' or 'P' && core[2] is 'm' or 'M';

    private bool IsLeadingTimePhrase(int sentenceStart, int timeToken)
    {
        const int MaxLeadingTimePhrase = 5; // "Shortly after 5:30 a.m." at most
        if (timeToken - sentenceStart > MaxLeadingTimePhrase || timeToken == sentenceStart)
        {
            return false;
        }

        for (int k = sentenceStart; k < timeToken; k++)
        {
            bool timeWord = _tokens[k].Kind == TokenKind.Number || IsPunct(k, ':')
                || (_tokens[k].Kind == TokenKind.Word && FrontEndLexicon.TimePrepositions.Contains(TextOf(k)));
            if (!timeWord)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an attribution clause led by a name (<c>Harry said</c>, <c>Mr. Smith asked</c>) starts at
    /// <paramref name="i"/>. A capitalized pronoun or other closed-class word (<c>She said</c>) starts a new
    /// sentence instead: continuing the quotation's sentence it would be in lower case.
    /// </summary>
    private bool IsAttribution(int i, int end, bool strict)
    {
        int k = i;
        while (k < end && k - i < MaxAttributionNameWords && _tokens[k].Kind == TokenKind.Word && IsCapitalized(k)
            && !FrontEndLexicon.SentenceStarters.Contains(TextOf(k)))
        {
            k++;
        }

        if (k == i || k >= end || _tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        if (!strict)
        {
            return FrontEndLexicon.CueVerbs.Contains(TextOf(k));
        }

        // After a period only a bare attribution continues: “I will go.” Smith said.
        return FrontEndLexicon.PlainSpeechVerbs.Contains(TextOf(k)) && (k + 1 >= end || IsPunct(k + 1, ',') || IsPunct(k + 1, '.'));
    }
}

using Attribution.Lexicons;
using Attribution.Mentions;
using System.Buffers;
using Attribution.Frames;
using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution.Entities;

/// <summary>
/// Finds the proper names of a document outside quotes in one forward pass: runs of capitalised words
/// (with name particles, <c>of</c> inside titles and organisation names), split into title and name,
/// classified as person or organisation where the words tell, with any appositive description after
/// them. Capitalisation at a sentence start is trusted only for words the document also capitalises
/// elsewhere, or that the lexicon knows, or that a speaker or addressee span covers.
/// </summary>
internal sealed partial class NameScanner
{
    /// <summary>Appositives longer than this are clauses, not descriptions; the bound keeps the scan linear.</summary>
    private const int MaxAppositiveTokens = 12;

    /// <summary>A person's name after a body's name in one run has two or three words (Linda Thomas-Greenfield, Enver Solomon).</summary>
    private const int MaxPersonWordsAfterBody = 3;

    private readonly DocumentPositions _positions;
    private readonly Document _document;
    private readonly EntityLexicon _lexicon;
    private readonly bool[] _trusted;
    private readonly TokenReader _reader;
    private readonly NamePool _pool;

    /// <summary>Names given an age somewhere in the document; their other mentions are the same person (null until one is seen).</summary>
    private List<string>? _agedPeople;
    /// <summary>64-bit hashes of the words capitalised inside sentences (no string per token; a rare collision only lends a word evidence).</summary>
    private WordHashSet _capitalizedInside;
    /// <summary>Per token, whether it is a capitalised word that may be a name: decided once, asked several times per token.</summary>
    private bool[] _capitalized = [];
    /// <summary>
    /// The capitalised tokens in order (a cue word among them no longer counts; <see cref="_capitalized"/> says so): about one
    /// token in eight, so the passes that only stop at capitalised words step from one to the next instead of over every token.
    /// </summary>
    private int[] _capitalizedTokens = [];
    private int _capitalizedTokenCount;
    /// <summary>Where <see cref="ScanSentence"/> stands in <see cref="_capitalizedTokens"/>: sentences and runs are read left to right.</summary>
    private int _capitalizedCursor;
    /// <summary>The <c>'s</c> tokens that close a speaker's span (<c>Moody's said</c>): the name's own ending, not a possessive (null until one is seen).</summary>
    private List<int>? _nameClitics;

    /// <param name="positions">The document's position look-ups.</param>
    /// <param name="lexicon">The entity word lists.</param>
    /// <param name="reader">The document's token reader, for the word classes of the general lexicon (person nouns).</param>
    /// <param name="trusted">Per token: whether a speaker or addressee span covers it (its capitals are names).</param>
    /// <param name="pool">The document's name strings, shared with the referent registry.</param>
    public NameScanner(DocumentPositions positions, EntityLexicon lexicon, TokenReader reader, bool[] trusted, NamePool pool)
    {
        _reader = reader;
        _pool = pool;
        _positions = positions;
        _document = positions.Document;
        _lexicon = lexicon;
        _trusted = trusted;
    }

    /// <summary>
    /// Adds the document's names, in order, to <paramref name="mentions"/> (an empty list the caller reuses). The cue
    /// words of <paramref name="drafts"/> are verbs, never name words: in a title-case headline (<c>Mayor Says City Will
    /// Not Raise Taxes</c>) the capitalised cue ends the run, so the mayor is not named "Says City Will Not Raise Taxes".
    /// </summary>
    public void Scan(PooledList<NameMention> mentions, IReadOnlyList<StatementDraft> drafts)
    {
        int tokenCount = _document.Tokens.Length;
        _capitalized = ArrayPool<bool>.Shared.Rent(tokenCount);
        _capitalizedTokens = ArrayPool<int>.Shared.Rent(tokenCount);
        _capitalizedTokenCount = 0;
        _capitalizedCursor = 0;
        try
        {
            var tokens = _document.Tokens;
            string text = _document.Text;
            var capitalizedTokens = _capitalizedTokens;
            int candidates = ListWordsWithCapital(tokens, text, capitalizedTokens);
            _capitalized.AsSpan(0, tokenCount).Clear();
            int listed = 0;
            for (int i = 0; i < candidates; i++)
            {
                int t = capitalizedTokens[i];
                if (IsNameLikeCapitalized(t))
                {
                    _capitalized[t] = true;
                    capitalizedTokens[listed++] = t;
                }
            }

            _capitalizedTokenCount = listed;
            int capitalizedCount = listed;

            for (int i = 0; i < drafts.Count; i++) // an index loop: foreach over the interface would box its enumerator
            {
                var draft = drafts[i];
                if (draft.Speaker is { } speaker && speaker.Length > 2 && _positions.FirstTokenAtOrAfter(speaker.End) - 1 is int last and >= 0
                    && tokens[last].Span.End == speaker.End && IsPossessiveClitic(last) && _document.TokenText(last).Length == 2)
                {
                    (_nameClitics ??= []).Add(last);
                }

                if (draft.Cue is { } cue)
                {
                    for (int c = _positions.FirstTokenAtOrAfter(cue.Start); c < tokenCount && tokens[c].Span.Start < cue.End; c++)
                    {
                        capitalizedCount -= _capitalized[c] ? 1 : 0;
                        _capitalized[c] = false;
                    }
                }
            }

            // Every mention holds a capitalised token of its own, so the list never grows past this: sized once, it
            // is not regrown (on one 100 MB document the doublings cost more than the list).
            mentions.EnsureCapacity(mentions.Count + capitalizedCount);
            _capitalizedInside = new WordHashSet(capitalizedCount);
            for (int i = 0; i < listed; i++)
            {
                int t = capitalizedTokens[i];
                if (_capitalized[t] && !StartsSentenceLike(t))
                {
                    _capitalizedInside.Add(WordHash(_document.TokenText(t)));
                }
            }

            var sentences = _document.Sentences;
            for (int s = 0; s < sentences.Length; s++)
            {
                ScanSentence(s, sentences[s], mentions);
            }

            MarkAgedPeople(mentions);
        }
        finally
        {
            _capitalizedInside.Dispose();
            ArrayPool<bool>.Shared.Return(_capitalized);
            _capitalized = [];
            ArrayPool<int>.Shared.Return(_capitalizedTokens);
            _capitalizedTokens = [];
            _capitalizedTokenCount = 0;
            _nameClitics = null;
        }
    }

    /// <summary>
    /// Writes the indices of the words that start with a capital to <paramref name="listed"/> and returns their count. Most
    /// tokens are no capitalised word; a loop of its own, with no call and outside the caller's try block (whose locals live
    /// on the stack), costs a third of the instructions per token that the whole test inline did.
    /// </summary>
    private static int ListWordsWithCapital(ReadOnlySpan<Token> tokens, string text, int[] listed)
    {
        int count = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind == TokenKind.Word && char.IsUpper(text[token.Span.Start]))
            {
                listed[count++] = t;
            }
        }

        return count;
    }

    private void ScanSentence(int sentenceIndex, Sentence sentence, PooledList<NameMention> mentions)
    {
        int end = Math.Min(sentence.EndToken, _document.Tokens.Length);
        int prefixStart = -1;
        for (int t = sentence.FirstToken; t < end; t++)
        {
            // Every token before the next capitalised one would only reset the possessive prefix: step over them at once.
            int next = NextCapitalizedFrom(t);
            if (next != t)
            {
                prefixStart = -1;
                if (next >= end)
                {
                    break;
                }

                t = next;
            }

            if (_positions.InQuote[t] || !IsCapitalizedWord(t))
            {
                prefixStart = -1;
                continue;
            }

            int runEnd = RunEnd(t, end);
            if (runEnd == t + 1 && IsFunctionWord(t))
            {
                prefixStart = -1;
                continue; // the "On" a longer run gave back: alone it names nothing
            }

            int runStart = TrimSentenceStart(t, runEnd, end);

            // "Preston, Victoria, Australia On Saturday": a capitalised preposition, article or conjunction closing a run
            // (the date after it is no name word) belongs to the next phrase, not to the name.
            while (runEnd - 1 > runStart && IsFunctionWord(runEnd - 1))
            {
                runEnd--;
            }

            if (runStart >= runEnd)
            {
                t = runEnd - 1;
                continue;
            }

            int afterRun = runEnd;
            bool possessive = afterRun < end && IsPossessiveClitic(afterRun);
            bool nameClitic = possessive && _nameClitics?.Contains(afterRun) == true;
            if (nameClitic)
            {
                // "Moody's said", "McDonald's, the fast-food chain, said": the speaker's span ends with the "'s", so it is the
                // end of a business's name, not a possessive before a noun.
                possessive = false;
            }
            if (possessive && afterRun + 1 < end && !_positions.InQuote[afterRun + 1] && IsCapitalizedWord(afterRun + 1))
            {
                // "Israel’s U.N. Ambassador Danny Danon": the possessive opens the title of the next name.
                prefixStart = prefixStart >= 0 ? prefixStart : runStart;
                t = afterRun;
                continue;
            }

            if (BodyThenPerson(runStart, runEnd) is int personStart)
            {
                // "CEO of the Refugee Council Enver Solomon": the body is a name of its own; the loop reads the person next.
                if (Analyze(sentenceIndex, runStart, personStart, end, prefixStart, possessive: false) is { } body)
                {
                    mentions.Add(body);
                }

                prefixStart = -1;
                t = personStart - 1;
                continue;
            }

            var mention = Analyze(sentenceIndex, runStart, runEnd, end, prefixStart, possessive, nameClitic ? afterRun : -1);
            if (mention is { } found)
            {
                mentions.Add(found);
            }

            prefixStart = -1;
            t = runEnd - 1;
        }
    }

    /// <summary>A preposition, an article or a conjunction, capitalised or not: never the last word of a name.</summary>
    private bool IsFunctionWord(int t) =>
        _reader.ClassOf(t) is WordClass.Preposition or WordClass.NounPreposition or WordClass.Determiner or WordClass.Coordinator;

    /// <summary>
    /// Where a person's name starts inside a run that opens with a body's name: <c>(CEO of the) Refugee Council |
    /// Enver Solomon</c>, <c>(Ambassador to the) United Nations | Linda Thomas-Greenfield</c>. The body ends in an
    /// organisation head or is a country; the two or three words after it hold no title or organisation word, and
    /// either start with a known first name or the run is the complement of a role (<c>CEO of the</c>). Null when
    /// the run is one name.
    /// </summary>
    private int? BodyThenPerson(int runStart, int runEnd)
    {
        int words = runEnd - runStart;
        if (words < 3)
        {
            return null;
        }

        for (int personStart = Math.Max(runStart + 1, runEnd - MaxPersonWordsAfterBody); personStart <= runEnd - 2; personStart++)
        {
            if (!IsBody(runStart, personStart) || !IsPlainName(personStart, runEnd))
            {
                continue;
            }

            bool firstName = TokenIs(personStart, NameTags.MaleFirstName | NameTags.FemaleFirstName);
            bool roleComplement = runStart >= 3 && _document.TokenText(runStart - 1).Equals("the", StringComparison.OrdinalIgnoreCase)
                && FunctionWords.IsPreposition(_document.TokenText(runStart - 2))
                && TokenIs(runStart - 3, NameTags.Title);
            return firstName || roleComplement ? personStart : null;
        }

        return null;
    }

    /// <summary>Tokens [<paramref name="start"/>, <paramref name="end"/>) end in an organisation head or spell a country.</summary>
    private bool IsBody(int start, int end)
    {
        var last = TokenClass(end - 1);
        if ((last & NameTags.OrganizationHead) != 0 && (last & (NameTags.MaleFirstName | NameTags.FemaleFirstName)) == 0)
        {
            return true;
        }

        // Country names are short ("United States", "Saudi Arabia"); longer prefixes are not looked up.
        const int LongestCountryWords = 3;
        const int LongestCountryChars = 40;
        if (end - start > LongestCountryWords)
        {
            return false;
        }

        Span<char> joined = stackalloc char[LongestCountryChars];
        int at = 0;
        for (int k = start; k < end; k++)
        {
            var word = _document.TokenText(k);
            if (at + word.Length + 1 > LongestCountryChars)
            {
                return false;
            }

            if (k > start)
            {
                joined[at++] = ' ';
            }

            word.CopyTo(joined[at..]);
            at += word.Length;
        }

        return (_lexicon.ClassifyName(joined[..at]) & NameTags.Country) != 0;
    }

    /// <summary>No word of [<paramref name="start"/>, <paramref name="end"/>) is a title, honorific or organisation word.</summary>
    private bool IsPlainName(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (TokenIs(k, NameTags.Title | NameTags.Honorific | NameTags.OrganizationHead | NameTags.Country | NameTags.Demonym)
                && !TokenIs(k, NameTags.MaleFirstName | NameTags.FemaleFirstName))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The end of the run of name words starting at <paramref name="t"/>.</summary>
    private int RunEnd(int t, int sentenceEnd)
    {
        int end = t + 1;
        bool organizationComplement = false;
        while (end < sentenceEnd && !_positions.InQuote[end])
        {
            if (IsCapitalizedWord(end) && !IsPossessiveClitic(end - 1) && !EndsWithPossessive(end - 1))
            {
                end++;
                continue;
            }

            // Name particles, possibly several ("Ursula von der Leyen"), then a capitalised word.
            int particles = end;
            while (particles < sentenceEnd && particles - end < 3 && FunctionWords.IsParticle(_document.TokenText(particles)))
            {
                particles++;
            }

            if (particles > end && particles < sentenceEnd && !_positions.InQuote[particles] && IsCapitalizedWord(particles) && !EndsWithPossessive(end - 1))
            {
                end = particles + 1;
                continue;
            }

            if (end + 1 < sentenceEnd && !_positions.InQuote[end + 1] && IsCapitalizedWord(end + 1) && !EndsWithPossessive(end - 1))
            {
                var word = _document.TokenText(end);
                if (word.SequenceEqual("&")
                    || (word.SequenceEqual("of") && TokenIs(end - 1, NameTags.Title | NameTags.OrganizationHead)))
                {
                    organizationComplement |= word.SequenceEqual("of") && TokenIs(end - 1, NameTags.OrganizationHead);
                    end += 2;
                    continue;
                }

                // "Office for National Statistics", "Committee to Protect Journalists": "for" and "to" join only after a body's head noun.
                if ((word.SequenceEqual("for") || word.SequenceEqual("to")) && TokenIs(end - 1, NameTags.OrganizationHead))
                {
                    organizationComplement = true;
                    end += 2;
                    continue;
                }

                // "Department of Health and Human Services", "Centers for Disease Control and Prevention": one "and" inside
                // the complement of a body's head; not before a first name ("the Ministry of Defence and Maria Lopez").
                if (word.SequenceEqual("and") && organizationComplement
                    && !TokenIs(end + 1, NameTags.MaleFirstName | NameTags.FemaleFirstName))
                {
                    organizationComplement = false;
                    end += 2;
                    continue;
                }
            }

            break;
        }

        return end;
    }

    /// <summary>Drops a first word capitalised only because it starts the sentence.</summary>
    private int TrimSentenceStart(int start, int end, int sentenceEnd)
    {
        if (!StartsSentenceLike(start))
        {
            return start;
        }

        var word = _document.TokenText(start);

        // "WHO says …": an acronym a speaker span covers is a name, though its letters spell a starter word.
        if (_trusted[start] && IsAcronym(start, start + 1))
        {
            return start;
        }

        if (FunctionWords.IsSentenceStarter(word, _document.WordHash(start)))
        {
            return start + 1;
        }

        if (_trusted[start])
        {
            return start;
        }

        var known = TokenClass(start);
        if (known != NameTags.None || _capitalizedInside.Contains(WordHash(word)))
        {
            return start;
        }

        // An unknown capitalised word alone at a sentence start ("Speaking to Reuters", "Asked about …")
        // is an ordinary word; followed by more capitalised words it starts a name, and so it does followed by a
        // description in apposition ("Ryanair, Europe's largest carrier, reported …").
        return end - start >= 2 || ReadAppositive(end, sentenceEnd, out _, out _) is not null || IsUnknownNameBeforeOwnIts(start, sentenceEnd) ? start : start + 1;
    }

    /// <summary>
    /// Reads the run [<paramref name="runStart"/>, <paramref name="runEnd"/>) into a name mention: the name
    /// proper, the title and honorific before it, its kind and gender, and the appositive after it; null for
    /// a run of demonyms alone.
    /// </summary>
    private NameMention? Analyze(int sentenceIndex, int runStart, int runEnd, int sentenceEnd, int prefixStart, bool possessive, int nameClitic = -1)
    {
        var m = new NameReading { NameStart = SkipLeadingDemonyms(runStart, runEnd), TitleEnd = -1, Name = string.Empty, Clitic = nameClitic };
        if (m.NameStart == runEnd)
        {
            return null;
        }

        if (IsDescriptionAfterArticle(runStart, runEnd))
        {
            return null;
        }

        m.Organization = IsOrganizationRun(m.NameStart, runEnd, out m.Media) && !IsPersonTitledByBody(m.NameStart, runEnd);

        // "The Canadian Press": a demonym before a lone organisation noun is part of the body's name, and so it is
        // after an article ("the British Retail Consortium", "the American Medical Association"); the registry files
        // the name without it too, so a later "the Medical Association" is the same body.
        if (m.Organization && m.NameStart > runStart && (m.NameStart == runEnd - 1 || FollowsArticle(runStart)))
        {
            m.NameStart = runStart;
        }

        m.TitleStart = prefixStart >= 0 ? prefixStart : runStart;
        if (!m.Organization)
        {
            ReadTitleAndHonorific(ref m, runStart, runEnd, prefixStart);

            // "the Federal Reserve", "the Taliban", "the Vatican": news sets an article before a body's name, never
            // before a person's without a title ("the Rev. Al Sharpton" has one).
            // The demonyms that open such a name are part of it ("the British Retail Consortium").
            m.Organization = m.TitleEnd < 0 && !m.Honorific && prefixStart < 0 && FollowsArticle(runStart);
            if (m.Organization)
            {
                m.NameStart = runStart;
            }
        }

        if (m.NameStart < runEnd && _document.TokenText(m.NameStart).SequenceEqual("of"))
        {
            return null; // "nominee for Governor of Virginia": a title and its place, no one's name
        }

        ReadName(ref m, runStart, runEnd, prefixStart);
        ReadTitleSpan(ref m, prefixStart);
        ReadKind(ref m);
        if (!possessive)
        {
            ApplyAppositive(ref m, m.Clitic >= 0 ? m.Clitic + 1 : runEnd, sentenceEnd);
        }

        if (m.Kind is null && !m.Organization && HasAgeAfter(runEnd, sentenceEnd))
        {
            m.Kind = EntityKind.Person; // "Hughes, 54, has won …": news gives an age only to people
            _agedPeople ??= [];
            _agedPeople.Add(m.Name);
        }

        if (m.Kind is null && !m.Organization && m.NameWords == 1 && IsFirstNameInApposition(m.NameStart, runEnd, sentenceEnd))
        {
            m.Kind = EntityKind.Person; // "Her husband, Carl, was blunter": a known first name set off after a noun names a person
            m.Gender = FirstNameGender(TokenClass(m.NameStart));
        }

        // A person's kind read from the first name alone gives way ("Morgan Stanley cut its forecast"); a title does not, and
        // neither does an age, whose comma after the name already keeps the verb from following it.
        bool firstNameOnly = m.Kind == EntityKind.Person && m.Title is null && !m.Honorific;
        if (!possessive && !m.Organization && m.Clitic < 0 && (m.Kind is null || firstNameOnly)
            && IsSubjectOfOwnIts(runEnd, sentenceEnd, allowCue: m.Kind is null))
        {
            m.Kind = EntityKind.Organization;
            m.Gender = Gender.Unknown;
        }

        var tokens = _document.Tokens;
        bool place = m.Kind is null && runStart > 0 && FunctionWords.IsPlaceMarker(_document.TokenText(runStart - 1));
        int fullStart = m.TitleStart >= 0 ? m.TitleStart : m.NameStart;
        return new NameMention
        {
            Span = m.NameSpan,
            Name = m.Name,
            FirstToken = m.NameStart,
            EndToken = m.Clitic >= 0 ? m.Clitic + 1 : runEnd,
            FullSpan = new TextSpan(tokens[fullStart].Span.Start, m.NameSpan.End),
            Title = m.Title,
            Appositive = m.Appositive,
            DescriptionHead = m.Head,
            Kind = m.Kind,
            Gender = m.Kind == EntityKind.Person ? m.Gender : Gender.Unknown,
            IsMedia = m.Media,
            IsCountry = m.Country,
            IsPlace = place,
            IsSubject = !possessive && IsSubjectPosition(fullStart, m.Appositive is { } a ? _positions.FirstTokenAtOrAfter(a.End) : m.Clitic >= 0 ? m.Clitic + 1 : runEnd, sentenceEnd),
            Sentence = sentenceIndex,
        };
    }

    /// <summary>
    /// <c>Bank of England Governor Andrew Bailey</c>, <c>Senate Armed Services Committee Chairman Roger Wicker</c>: a body's
    /// name, then a title, then a known first name opens a person whose title names the body. The run is the person's.
    /// </summary>
    private bool IsPersonTitledByBody(int start, int end)
    {
        for (int k = end - 2; k > start; k--)
        {
            if (TokenIs(k, NameTags.Title))
            {
                return TokenIs(k + 1, NameTags.MaleFirstName | NameTags.FemaleFirstName) && !IsOrganizationRun(k + 1, end, out _);
            }
        }

        return false;
    }

    private bool IsOrganizationRun(int start, int end, out bool media)
    {
        media = false;
        var lastClass = _lexicon.Classify(StripPossessive(_document.TokenText(end - 1)));
        if ((lastClass & NameTags.OrganizationHead) != 0 && (lastClass & (NameTags.MaleFirstName | NameTags.FemaleFirstName)) == 0)
        {
            media = (lastClass & NameTags.MediaHead) != 0;
            return true;
        }

        for (int k = start; k + 1 < end; k++)
        {
            var next = _document.TokenText(k + 1);
            if (next is "&")
            {
                return true; // "Johnson & Johnson", "Marks & Spencer": a firm's name, never one person's
            }

            // "Reporters Without Borders", "Mothers Against Drunk Driving": a capitalised preposition inside a run
            // belongs to a body's name; person names join with lower-case particles ("Ursula von der Leyen").
            if (k + 2 < end && char.IsUpper(next[0]) && FunctionWords.ClassOf(next) is WordClass.Preposition or WordClass.NounPreposition)
            {
                return true;
            }

            if ((next.SequenceEqual("of") || next.SequenceEqual("for") || next.SequenceEqual("to")) && TokenIs(k, NameTags.OrganizationHead))
            {
                media = TokenIs(k, NameTags.MediaHead);
                return true;
            }
        }

        return false;
    }

    private bool IsAcronym(int start, int end)
    {
        if (end - start != 1)
        {
            return false;
        }

        var word = StripPossessive(_document.TokenText(start));
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c != '.' && c != '&')
            {
                return false;
            }
        }

        return letters >= 2 && !_lexicon.Is(word, NameTags.Title);
    }

    /// <summary>The name's words joined by single spaces, one string per distinct name of the document.</summary>
    private string JoinWords(int start, int end, int endChar)
    {
        var tokens = _document.Tokens;
        int length = end - start - 1;
        for (int k = start; k < end; k++)
        {
            length += Math.Min(tokens[k].Span.End, endChar) - tokens[k].Span.Start;
        }

        // Joined names longer than this are rare; they are built on the heap rather than the stack. The stack buffer has
        // the name's own length: it is zeroed first, and zeroing the whole limit cost more than joining the words.
        const int StackLimit = 256;
        Span<char> joined = length <= StackLimit ? stackalloc char[length] : new char[length];
        int at = 0;
        for (int k = start; k < end; k++)
        {
            if (k > start)
            {
                joined[at++] = ' ';
            }

            int wordStart = tokens[k].Span.Start;
            int wordLength = Math.Min(tokens[k].Span.End, endChar) - wordStart;
            _document.Text.AsSpan(wordStart, wordLength).CopyTo(joined[at..]);
            at += wordLength;
        }

        return _pool.Get(joined[..length]);
    }

    /// <summary>
    /// <c>the Kansas Republican</c>, <c>the Democrat</c>, <c>the Briton</c>, <c>the 38-year-old Spaniard</c>: after an article (and
    /// lower-case modifiers), a run ending in a capitalised
    /// person noun describes someone, most often named just before; it is no name of its own (and no body's).
    /// </summary>
    private bool IsDescriptionAfterArticle(int runStart, int runEnd) =>
        (FollowsArticle(runStart) || FollowsArticleAndModifiers(runStart)) && IsCapitalisedPersonNoun(_reader, _lexicon, runEnd - 1);

    /// <summary>Lower-case modifiers that may stand between an article and a capitalised person noun (<c>the 38-year-old Spaniard</c>).</summary>
    private const int MaxModifiersBeforeDescription = 3;

    private bool IsAge(int k) => _document.TokenText(k).EndsWith("-year-old", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>the 38-year-old Spaniard</c>, <c>the veteran Republican</c>: an article, then lower-case modifiers, then the run.</summary>
    private bool FollowsArticleAndModifiers(int runStart)
    {
        for (int k = runStart - 1; k > 0 && runStart - k <= MaxModifiersBeforeDescription && !_positions.InQuote[k] && (_reader.IsLowerWord(k) || IsAge(k)); k--)
        {
            if (FollowsArticle(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A capitalised person noun that is no title or organisation word: a party's or a nation's member (<c>Republican</c>,
    /// <c>Democrat</c>, <c>Briton</c>), which describes a person rather than naming one.
    /// </summary>
    internal static bool IsCapitalisedPersonNoun(TokenReader reader, EntityLexicon lexicon, int token)
    {
        var word = reader.Text(token);
        return word.Length > 0 && char.IsUpper(word[0]) && (reader.TagsOf(token) & WordTags.PersonNoun) != 0
            && !lexicon.Is(word, NameTags.Title | NameTags.OrganizationHead);
    }

    /// <summary>Whether <c>the</c> (any case) stands right before token <paramref name="t"/>, outside a quotation.</summary>
    private bool FollowsArticle(int t) =>
        t > 0 && !_positions.InQuote[t - 1] && _document.TokenText(t - 1).Equals("the", StringComparison.OrdinalIgnoreCase);

    /// <summary>"the " + <paramref name="name"/> as a pooled string, joined on the stack (no throw-away string).</summary>

    private string WithArticle(string name)
    {
        const string Article = "the ";
        const int StackLimit = 256;
        int length = Article.Length + name.Length;
        Span<char> joined = length <= StackLimit ? stackalloc char[length] : new char[length]; // zeroed: no longer than needed
        Article.CopyTo(joined);
        name.CopyTo(joined[Article.Length..]);
        return _pool.Get(joined[..length]);
    }

    private static int CountWords(int start, int end) => end - start;

    private static ulong WordHash(ReadOnlySpan<char> word)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in word)
        {
            hash = (hash ^ c) * 1099511628211;
        }

        return hash;
    }

    private bool IsCapitalizedWord(int t) => _capitalized[t];

    /// <summary>The first listed capitalised token at or after <paramref name="t"/>, or <see cref="int.MaxValue"/> when none is left.</summary>
    private int NextCapitalizedFrom(int t)
    {
        var listed = _capitalizedTokens;
        int count = _capitalizedTokenCount;
        int i = _capitalizedCursor;
        if (i > 0 && listed[i - 1] >= t)
        {
            // Asked about an earlier token than last time (not done by the scan, which reads left to right): search afresh.
            i = Array.BinarySearch(listed, 0, count, t);
            i = i >= 0 ? i : ~i;
        }

        while (i < count && listed[i] < t)
        {
            i++;
        }

        _capitalizedCursor = i;
        return i < count ? listed[i] : int.MaxValue;
    }

    /// <summary>The entity lexicon's tags of token <paramref name="t"/>, looked up with the document's hash of it.</summary>
    private NameTags TokenClass(int t) => _lexicon.Classify(_document.TokenText(t), _document.WordHash(t));

    private bool TokenIs(int t, NameTags tags) => (TokenClass(t) & tags) != 0;

    private bool IsNameLikeCapitalized(int t)
    {
        var token = _document.Tokens[t];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        char first = _document.Text[token.Span.Start];
        if (!char.IsUpper(first) || (token.Span.Length == 1 && first == 'I'))
        {
            return false;
        }

        // Month, weekday and holiday names are dates, except as the last name of a person ("Theresa May") and before the head
        // of a newspaper's name ("The Sunday Times", "the Sunday Telegraph").
        // The calendar-name role bit turns nearly every capitalised word away before the word's text and the three look-ups.
        if (!_reader.HasRole(t, WordRoles.CalendarName))
        {
            return true;
        }

        var word = _document.TokenText(t);
        int hash = _document.WordHash(t);
        bool calendar = Time.CalendarWords.Month(word, hash) > 0 || Time.CalendarWords.Weekday(word, hash) >= 0 || Time.CalendarWords.IsHoliday(word, hash);
        return !calendar || (t > 0 && _document.Tokens[t - 1].Kind == TokenKind.Word && _document.HasSpaceBefore(t)
            && TokenIs(t - 1, NameTags.MaleFirstName | NameTags.FemaleFirstName))
            || (t + 1 < _document.Tokens.Length && _document.Tokens[t + 1].Kind == TokenKind.Word && char.IsUpper(_document.TokenText(t + 1)[0])
                && TokenIs(t + 1, NameTags.MediaHead));
    }

    /// <summary>Whether a token stands where any word is capitalised: a sentence start, after an opening quote, colon or dash.</summary>
    private bool StartsSentenceLike(int t)
    {
        var sentences = _document.Sentences;
        if (t == 0 || sentences.Length == 0 || sentences[_positions.SentenceOf(t)].FirstToken == t)
        {
            return true;
        }

        // Asked of every capitalised word, several times: the token before is read once, and a colon or bracket is one
        // character (no span of its text compared twice).
        var previous = _document.Tokens[t - 1];
        if (previous.IsQuote || previous.Kind == TokenKind.Dash)
        {
            return true;
        }

        char mark = previous.Span.Length == 1 ? _document.Text[previous.Span.Start] : '\0';
        return mark is ':' or '(';
    }

    private bool IsPossessiveClitic(int t)
    {
        if (t < 0 || t >= _document.Tokens.Length || _document.Tokens[t].Kind != TokenKind.Apostrophe)
        {
            return false;
        }

        var word = _document.TokenText(t);
        return word is "’s" or "'s" or "’" or "'";
    }

    private bool EndsWithPossessive(int t)
    {
        var word = _document.TokenText(t);
        return word.Length > 2 && (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal));
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)) ? word[..^2] : word;

    /// <summary>The gender a title or role word gives (<c>congresswoman</c>, <c>Mr.</c>), or unknown.</summary>
    internal static Gender GenderOf(NameTags wordClass) =>
        (wordClass & NameTags.Male) != 0 ? Gender.Male : (wordClass & NameTags.Female) != 0 ? Gender.Female : Gender.Unknown;

    private static Gender FirstNameGender(NameTags wordClass)
    {
        bool male = (wordClass & NameTags.MaleFirstName) != 0;
        bool female = (wordClass & NameTags.FemaleFirstName) != 0;
        return male == female ? Gender.Unknown : male ? Gender.Male : Gender.Female;
    }
}

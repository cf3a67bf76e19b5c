using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames;

/// <summary>
/// Clause reading shared by the frame rules: the verb group around a cue (passive, perfect, progressive),
/// the words that open a reported clause, the adjuncts between a cue and its complement, quote marks next
/// to a frame, and the noun phrases around the cue (subject, addressee, appositive), which
/// <see cref="MentionFinder"/> reads. One reader serves one document; every look is bounded, so each call
/// costs O(1) in the document size.
/// </summary>
internal sealed partial class ClauseReader
{
    /// <summary>How many tokens back from a cue a speaker may start (a long subject with an appositive fits).</summary>
    public const int MaxLookBack = 40;

    private readonly TokenReader _r;
    private readonly QuoteLayout _quotes;
    private readonly int[] _sentenceOf;

    public ClauseReader(TokenReader reader, QuoteLayout quotes, int[] sentenceOf)
    {
        _r = reader;
        _quotes = quotes;
        _sentenceOf = sentenceOf;
    }

    // The last two subjects read (verb, limit, subject): the subject rule, the postposed-frame reader and the pseudo-cleft
    // rule each ask for the subject of the same cue, and reading it cost about 4,500 instructions a time.
    private SubjectMemo _lastSubject = SubjectMemo.Empty;
    private SubjectMemo _earlierSubject = SubjectMemo.Empty;

    /// <summary>The subject of the verb at <paramref name="verb"/>, using no token before <paramref name="limit"/>.</summary>
    public Mention? SubjectBefore(int verb, int limit)
    {
        if (_lastSubject.Verb == verb && _lastSubject.Limit == limit)
        {
            return _lastSubject.Subject;
        }

        if (_earlierSubject.Verb == verb && _earlierSubject.Limit == limit)
        {
            (_lastSubject, _earlierSubject) = (_earlierSubject, _lastSubject);
            return _lastSubject.Subject;
        }

        // MentionFinder.SubjectBefore reads only the document's tokens, which never change, so a remembered answer stays right.
        var subject = MentionFinder.SubjectBefore(_r, verb, limit);
        _earlierSubject = _lastSubject;
        _lastSubject = new SubjectMemo(verb, limit, subject);
        return subject;
    }

    private readonly record struct SubjectMemo(int Verb, int Limit, Mention? Subject)
    {
        public static SubjectMemo Empty => new(-1, -1, null);
    }

    /// <summary><c>and</c>, <c>or</c> or <c>but</c> at <paramref name="k"/>: what may join a second verb to a subject (<c>… but said it was worth trying</c>).</summary>
    public bool JoinsVerbs(int k) => _r.ClassOf(k) == WordClass.Coordinator || _r.Is(k, "but");

    /// <summary>How many words may stand between the subject of a second frame and its cue (<c>it also has warned</c>).</summary>
    private const int MaxVerbGroupWords = 3;

    /// <summary>
    /// Whether a clause with a subject and a cue of its own opens at <paramref name="first"/> after a
    /// coordinator (<c>…, and it warned that results would be weak</c>, <c>… but analysts say the risk is small</c>):
    /// a second statement, not more of the content before it. The cue must be finite and active and followed by a
    /// that-clause, a quotation or a clause (<c>… and officials know it</c> goes on as content).
    /// </summary>
    public bool OwnFrameAfter(int first, int sLast)
    {
        if (first > sLast || _quotes.IsQuoted(first) || MentionFinder.PhraseStartingAt(_r, first, sLast + 1, allowObjectPronoun: false) is not { } subject)
        {
            return false;
        }

        int verb = subject.LastToken + 1;
        while (verb <= sLast && verb - subject.LastToken <= MaxVerbGroupWords && _r.ClassOf(verb) is WordClass.Adverb or WordClass.Auxiliary)
        {
            verb++;
        }

        if (verb > sLast || !_r.IsLowerWord(verb) || _quotes.IsQuoted(verb) || !_r.Lexicons.TryGetCue(_r.Text(verb), out var cue)
            || cue.Form is VerbForm.Gerund || cue.IsNominal || cue.IsPredicative || IsPassive(verb, subject.LastToken + 1)
            || (cue.Form == VerbForm.Participle && !AfterHave(verb, subject.LastToken + 1)))
        {
            return false;
        }

        int next = verb + 1;
        return (_r.Is(next, "that") && !IsDemonstrativeThat(next)) || QuoteFollows(next) || IsClauseStart(next, sLast, cue.Clausal)
            || (cue.TakesObject && next <= sLast && (_r.ClassOf(next) == WordClass.Determiner || _r.Tokens[next].Kind == TokenKind.Number || _r.Is(next, "$")))
            || (cue.TakesInfinitive && InfinitiveAfterAddressee(next, sLast))
            || (cue.TakesAddressee && PhraseAt(next, sLast + 1, allowObjectPronoun: true) is { } addressee && _r.Is(addressee.LastToken + 1, "that")
                && !IsDemonstrativeThat(addressee.LastToken + 1));
        // "…, and the budget office projected a deficit of $2 billion": a forecast cue's noun-phrase content is a statement too;
        // "…, and they urged Americans to get vaccinated", "…, and he told reporters that …": a request or a told addressee too

    }

    /// <summary>
    /// Whether a to-infinitive follows <paramref name="next"/>, straight away or after the addressee of a request
    /// (<c>vowed | to veto the bill</c>, <c>urged | Americans | to get vaccinated</c>, <c>urged | the board of directors | to sell</c>).
    /// </summary>
    private bool InfinitiveAfterAddressee(int next, int sLast) =>
        IsInfinitiveAt(next, sLast) || BareObjectBeforeInfinitive(next, sLast) is not null
        || (PhraseAt(next, sLast + 1, allowObjectPronoun: true) is { } addressee && IsInfinitiveAt(addressee.LastToken + 1, sLast));

    /// <summary>
    /// Whether <c>you know</c> or <c>I mean</c> set off by commas stands at <paramref name="k"/> (<c>the suspect, you
    /// know, had fled</c>): a filler of speech, neither a source and cue nor the end of the clause around it.
    /// </summary>
    public bool IsSetOffFiller(int k) =>
        !_quotes.IsQuoted(k) && ((_r.Is(k, "you") && _r.Is(k + 1, "know")) || (_r.Is(k, "I") && _r.Is(k + 1, "mean")))
        && (!_r.InRange(k + 2) || _r.IsPunct(k + 2, ',') || _r.IsPunct(k + 2, '.') || _r.IsPunct(k + 2, '?') || _r.Tokens[k + 2].Kind == TokenKind.Dash);

    /// <summary>The noun phrase starting at <paramref name="start"/> (an inverted speaker, an addressee, an appositive), ending before <paramref name="limit"/>.</summary>
    public Mention? PhraseAt(int start, int limit, bool allowObjectPronoun) => MentionFinder.PhraseStartingAt(_r, start, limit, allowObjectPronoun);

    /// <summary>The noun phrase ending at <paramref name="end"/> (a party label, a writer before a participle), starting at or after <paramref name="limit"/>.</summary>
    public Mention? PhraseEndingAt(int end, int limit) => MentionFinder.PhraseEndingAt(_r, end, limit);

    /// <summary>The subject of the main clause that runs from <paramref name="first"/> to before <paramref name="limit"/>.</summary>
    public Mention? ClauseSubject(int first, int limit) => MentionFinder.ClauseSubject(_r, first, limit);

    /// <summary>Whether <paramref name="speaker"/> is a first-person pronoun (I, we), who speaks outside quotes only in interviews and first-person pieces.</summary>
    public bool IsFirstPerson(Mention speaker) => speaker.Kind == MentionKind.Pronoun && _r.TagsOf(speaker.FirstToken).HasFlag(WordTags.FirstPersonPronoun);

    // "“…,” he continued" / "“…,” continued the mayor": a closing mark right before the cue or its subject.
    public bool QuoteBeforeFrame(int c0, int sFirst)
    {
        if (c0 - 1 >= 0 && (IsClosingMark(c0 - 1) || _r.IsPunct(c0 - 1, ',') && IsClosingMark(c0 - 2)))
        {
            return true;
        }

        return SubjectBefore(c0, sFirst) is { } subject && subject.FirstToken - 1 >= 0
            && (IsClosingMark(subject.FirstToken - 1) || _r.IsPunct(subject.FirstToken - 1, ',') && IsClosingMark(subject.FirstToken - 2));
    }

    public bool QuoteFollows(int token)
    {
        int k = _r.IsPunct(token, ':') || _r.IsPunct(token, ',') ? token + 1 : token;
        return _quotes.PieceOf(k) is int piece and >= 0 && _quotes.Pieces[piece].FirstToken == k;
    }

    public bool IsFirstOrSecondPersonBefore(int c0, int sFirst)
    {
        int k = c0 - 1;
        while (k > sFirst && _r.ClassOf(k) is WordClass.Adverb or WordClass.Auxiliary)
        {
            k--;
        }

        return k >= sFirst && Pronouns.IsFirstOrSecondPersonSubject(_r.Text(k));
    }

    public bool IsInvertedQuestion(Mention speaker, int s)
    {
        int aux = speaker.FirstToken - 1;
        int sLast = Sentences[s].EndToken - 1;
        return speaker.Kind == MentionKind.Pronoun && aux >= Sentences[s].FirstToken && _r.ClassOf(aux) == WordClass.Auxiliary
            && _r.IsPunct(sLast, '?');
    }

    // "results", "figures", "experts": a plural noun agrees with a base-form verb after it ("The results show …").
    public bool LooksPlural(int token)
    {
        var t = _r.Text(token);
        return t.Length > 3 && t[^1] == 's' && t[^2] != 's' && t[^2] != 'u' && t[^2] != 'i';
    }

    public int LeftLimit(int cueFirst, int sentenceFirst)
    {
        int k = cueFirst - 1;
        int stop = Math.Max(sentenceFirst, cueFirst - MaxLookBack);
        while (k >= stop && !_quotes.IsQuoted(k))
        {
            k--;
        }

        return k + 1;
    }

    public bool AfterHave(int c0, int sFirst)
    {
        int k = c0 - 1;
        while (k >= sFirst && _r.ClassOf(k) == WordClass.Adverb)
        {
            k--;
        }

        return k >= sFirst && (_r.Is(k, "has") || _r.Is(k, "have") || _r.Is(k, "had") || _r.Is(k, "having") || _r.Is(k, "'ve") || _r.Is(k, "’ve"));
    }

    public bool IsPassive(int c0, int sFirst)
    {
        int k = c0 - 1;
        while (k >= sFirst && _r.ClassOf(k) == WordClass.Adverb)
        {
            k--;
        }

        return k >= sFirst && (_r.Is(k, "was") || _r.Is(k, "were") || _r.Is(k, "is") || _r.Is(k, "are") || _r.Is(k, "been") || _r.Is(k, "being") || _r.Is(k, "be"));
    }

    public bool IsClauseOpening(int token, int sFirst)
    {
        if (token == sFirst)
        {
            return true;
        }

        int k = token - 1;
        return _r.IsPunct(k, ',') || _r.ClassOf(k) is WordClass.Subordinator or WordClass.Coordinator || (_r.Is(k, "that") && !_quotes.IsQuoted(k));
    }

    public bool IsClosingMark(int token)
    {
        int piece = _quotes.PieceOf(token);
        return piece >= 0 && _quotes.Pieces[piece].LastToken == token && _quotes.Pieces[piece].Closed;
    }

    // One look-up with the document's hash for both questions: a single-word cue, or the first word of a phrasal one.
    public bool IsCueAt(int token) =>
        _r.HasRole(token, WordRoles.Cue) && _r.Lexicons.TryGetCueWord(_r.Text(token), _r.WordHash(token), out var cue) && (cue.Single is not null || cue.Phrasal is not null);

    /// <summary>Whether the word at <paramref name="token"/> is a one-word cue (<c>said</c>), not only the first word of a phrasal one (<c>came</c> to the conclusion).</summary>
    private bool IsSingleCueAt(int token) =>
        _r.IsWord(token) && _r.Lexicons.TryGetCueWord(_r.Text(token), _r.WordHash(token), out var cue) && cue.Single is not null;

    /// <summary>After "V [adjuncts]," a reported clause (not a relative clause, a new cue or an adjunct).</summary>
    public bool CommaOpensClause(int next, int sLast, bool clausalVerb) =>
        next <= sLast && !_quotes.IsQuoted(next) && !IsCueAt(next) && !ClauseBreaks.IsAdjunctStarter(_r, next)
        && (_r.TagsOf(next) & WordTags.RelativePronoun) == 0 && !IsWhWord(next) && !_r.Is(next, "that")
        && IsClauseStart(next, sLast, clausalVerb);

    public bool IsClauseStart(int p, int sLast, bool clausalVerb)
    {
        if (p > sLast || _quotes.IsQuoted(p) && _quotes.Pieces[_quotes.PieceOf(p)].FirstToken != p)
        {
            return false;
        }

        if (_r.Tokens[p].Kind == TokenKind.Number || _r.IsQuoteMark(p) || StartsWithApproximateNumber(p, sLast))
        {
            return true;
        }

        if (!_r.IsWord(p))
        {
            return false;
        }

        var cls = _r.ClassOf(p);
        if (cls is WordClass.Preposition or WordClass.NounPreposition or WordClass.Auxiliary or WordClass.ObjectPronoun or WordClass.Coordinator
            || _r.Is(p, "but") || _r.Is(p, "nor"))
        {
            return false; // "he knew but did nothing": a conjunction joins the verb to another, it opens no reported clause
        }

        // "said no." / "said no, …" answer; "said no civilians were hurt" is a clause, read on below.
        if (_r.Is(p, "so") || (_r.Is(p, "no") && !_r.IsWord(p + 1)) || _r.Is(p, "yes") || _r.Is(p, "goodbye") || _r.Is(p, "hello") || _r.Is(p, "sorry"))
        {
            return false;
        }

        // A clause needs a few words before the sentence ends ("said it was true", not "said nothing.").
        if (sLast - p < 2)
        {
            return false;
        }

        if (_r.IsPronoun(p) && (_r.ClassOf(p + 1) is WordClass.Coordinator || _r.Tokens[p + 1].Kind == TokenKind.Punctuation
            || (_r.IsLowerWord(p + 1) && FunctionWords.IsVerbParticle(_r.Text(p + 1)))))
        {
            return false; // "whether you believe it or not", "would not rule it out": an object pronoun, no verb after it
        }

        if (clausalVerb || _r.IsPronoun(p) || _r.Is(p, "there") || _r.ClassOf(p) == WordClass.Subordinator && !_r.Is(p, "so") || IsWhWord(p))
        {
            return true;
        }

        // An auxiliary or a past form within the next few words makes a clause ("fishermen first noticed …").
        for (int k = p + 1; k <= sLast && k - p < 8 && !_quotes.IsQuoted(k) && !_r.IsPunct(k, ','); k++)
        {
            if ((_r.TagsOf(k) & WordTags.RelativePronoun) != 0 || _r.ClassOf(k) is WordClass.Coordinator or WordClass.Subordinator)
            {
                break; // "conceded a penalty which the referee awarded", "repeat mistakes because the world is …": that verb is another clause's
            }

            // A form in -ed right after a determiner or quantifier is an adjective ("showed numerous bloodied bodies").
            if (_r.ClassOf(k) == WordClass.Auxiliary
                || (_r.IsLowerWord(k) && _r.Text(k).EndsWith("ed", StringComparison.Ordinal) && !_r.IsNoun(k) && !FunctionWords.IsQuantifier(_r.Text(k - 1)) && _r.ClassOf(k - 1) != WordClass.Determiner)
                || (k == p + 1 && _r.IsCapitalized(p) && IsIrregularPast(k))
                || NounBeforeIrregularPast(p, k) || PresentAfterSingularNoun(p, k, sLast))
            {
                return true; // "stated Montalvo left …": a name straight before an irregular past; "found demand rose …"
            }

            if (_r.ClassOf(k) is WordClass.NounPreposition or WordClass.Preposition && k == p + 1)
            {
                break;
            }
        }

        // A bare complement is a clause only when its noun phrase is followed by a verb ("say the results
        // confirm …"); "announced the start of …", "denied these allegations." are objects, not statements.
        if (MentionFinder.PhraseStartingAt(_r, p, sLast + 1, allowObjectPronoun: false) is not { } subject)
        {
            return false;
        }

        int verb = subject.LastToken + 1;
        // "argued the appeal for two hours | before the panel recessed": a word that also opens a clause starts another clause, not a
        // modifier of the object, unless a time follows it ("the rise in prices since March was temporary").
        for (int pp = 0; pp < 2 && verb < sLast && _r.ClassOf(verb) is WordClass.NounPreposition or WordClass.Preposition && !_quotes.IsQuoted(verb + 1)
            && !(FunctionWords.IsClauseOpener(_r.Text(verb)) && !MentionFinder.IsTimeWord(_r, verb + 1) && _r.Tokens[verb + 1].Kind != TokenKind.Number); pp++)
        {
            // "explained Warhol's obsession with celebrities began …", "found the reduction of yields by 2050 exceeded …"
            if (MentionFinder.PhraseStartingAt(_r, verb + 1, sLast + 1, allowObjectPronoun: true) is { } modifier)
            {
                verb = modifier.LastToken + 1;
            }
            else if (_r.Tokens[verb + 1].Kind == TokenKind.Number)
            {
                verb += 2;
            }
            else if (BareNounsBeforeVerb(verb + 1, sLast) is int finite)
            {
                verb = finite; // "found the number of nesting birds fell …": a bare plural no mention reader takes for a phrase
            }
            else
            {
                return false;
            }
        }

        while (verb <= sLast && _r.ClassOf(verb) == WordClass.Adverb)
        {
            verb++;
        }

        if (verb < sLast && _r.Is(verb + 1, "by") && _r.IsLowerWord(verb) && FunctionWords.LooksLikePastParticiple(_r.Text(verb)))
        {
            return false; // "announced a plan for families hurt by the floods": a participle and its agent modify the object
        }

        return verb <= sLast && _r.IsLowerWord(verb) && _r.ClassOf(verb) is WordClass.None or WordClass.Auxiliary && !MentionFinder.IsTimeWord(_r, verb)
            && (_r.TagsOf(verb) & WordTags.RelativePronoun) == 0 && !_r.IsPronoun(verb) && !_r.Text(verb).EndsWith("ing", StringComparison.Ordinal)
            || _r.ClassOf(verb) == WordClass.Auxiliary;
    }

    /// <summary>
    /// <c>argue the plan goes too far</c>, <c>argue the tax hurts small farmers</c>: a determiner and one singular noun, then a
    /// form in -s that no lexicon knows as a noun, followed by what a verb takes (an object, an adverb, <c>to</c>, <c>that</c>, a
    /// number). A singular noun cannot agree with a plural noun after it, so the -s form is the clause's verb; the noun phrase
    /// reader would take <c>plan goes</c> as a compound. Not <c>confirmed the job cuts at its plant</c> or <c>announced the tax
    /// cuts last week</c> (a preposition or a time after the plural: an object).
    /// </summary>
    private bool PresentAfterSingularNoun(int p, int k, int sLast)
    {
        int noun = k - 1;
        if (noun != p + 1 || k >= sLast || !IsSingularDeterminer(p) || !_r.IsLowerWord(noun) || _r.ClassOf(noun) != WordClass.None
            || _r.IsPronoun(noun) || LooksPlural(noun) || _quotes.IsQuoted(noun) || !_r.IsLowerWord(k) || _r.ClassOf(k) != WordClass.None
            || _r.IsNoun(k) || IsSingleCueAt(k) || !LooksPlural(k) || FunctionWords.IsPluralPersonNoun(_r.Text(k)))
        {
            return false;
        }

        int next = k + 1;
        if (_quotes.IsQuoted(next) || MentionFinder.IsTimeWord(_r, next))
        {
            return false;
        }

        var cls = _r.ClassOf(next);
        if (cls is WordClass.Determiner or WordClass.Adverb or WordClass.ObjectPronoun || _r.Is(next, "to") || _r.Is(next, "that") || _r.Is(next, "$")
            || _r.Tokens[next].Kind == TokenKind.Number)
        {
            return true;
        }

        var word = _r.Text(next);
        return cls == WordClass.None && _r.IsLowerWord(next) && (_r.TagsOf(next) & WordTags.RelativePronoun) == 0
            && !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>the</c>, <c>a</c>, <c>an</c>, <c>this</c> or a possessive (<c>its</c>, <c>her</c>): a determiner whose noun is singular, so a
    /// plural-looking word after that noun is a verb. Not <c>some</c>, <c>these</c> or <c>many</c>, which take an adjective and a plural
    /// (<c>proposing some regional counter-measures to …</c>).
    /// </summary>
    private bool IsSingularDeterminer(int k) =>
        _r.Is(k, "the") || _r.Is(k, "a") || _r.Is(k, "an") || _r.Is(k, "this") || (_r.IsWord(k) && Pronouns.IsPossessiveDeterminer(_r.Text(k)));

    /// <summary>
    /// After a preposition in a bare complement's subject (<c>the number of | nesting birds | fell</c>, <c>the share of | young
    /// voters | has fallen</c>): up to <see cref="MaxBareObjectWords"/> plain lower-case words, then an auxiliary or a past
    /// form, whose index is returned; null otherwise. Only a verb that shows itself ends the words, so a bare object with no
    /// verb after it (<c>announced the start of spring training</c>) is still no clause.
    /// </summary>
    private int? BareNounsBeforeVerb(int first, int sLast)
    {
        int k = first;
        while (k <= sLast && k - first < MaxBareObjectWords && _r.IsLowerWord(k) && !_quotes.IsQuoted(k) && _r.ClassOf(k) == WordClass.None
            && !_r.IsPronoun(k) && !MentionFinder.IsTimeWord(_r, k) && !IsCueAt(k) && !LooksPast(k))
        {
            k++;
        }

        if (k == first || k > sLast || _quotes.IsQuoted(k))
        {
            return null;
        }

        return (_r.ClassOf(k) == WordClass.Auxiliary && _r.Tokens[k].Kind != TokenKind.Apostrophe) || LooksPast(k) ? k : null;
    }

    /// <summary>A lower-case past form: an irregular past (<c>fell</c>) or a form in -ed that is not a known noun (<c>declined</c>).</summary>
    private bool LooksPast(int k) =>
        _r.IsLowerWord(k) && (IsIrregularPast(k) || (_r.Text(k).Length > 3 && _r.Text(k).EndsWith("ed", StringComparison.Ordinal) && !_r.IsNoun(k)));

    /// <summary>
    /// <c>found demand rose by a tenth</c>, <c>show exports fell</c>, <c>concluded the economy grew</c>: a one-word noun, alone or
    /// after a determiner, straight before a form that is only a past (not a participle as well: <c>families hurt by the floods</c>,
    /// <c>the funds spent on roads</c> are objects), so the bare complement is a clause whatever the cue. The noun phrase reader
    /// would take <c>demand rose</c> as one compound.
    /// </summary>
    private bool NounBeforeIrregularPast(int p, int k)
    {
        int noun = k - 1;
        bool shape = noun == p || (noun == p + 1 && _r.ClassOf(p) == WordClass.Determiner);
        return shape && IsIrregularPast(k) && !FunctionWords.IsIrregularParticiple(_r.Text(k))
            && _r.IsLowerWord(noun) && _r.ClassOf(noun) == WordClass.None && !_r.IsPronoun(noun) && !_quotes.IsQuoted(noun);
    }

    /// <summary>
    /// Whether the words at <paramref name="k"/> go on with a verb group whose subject came before a medial
    /// frame (<c>The deal, the minister said, would cost …</c>; <c>Prices, she added, rose again</c>): an
    /// auxiliary, a past form, or a present form in <c>-s</c> before its object. A noun phrase, an adverb, a
    /// participle in <c>-ing</c> or a preposition does not (<c>…, he said, officials were …</c> is a clause).
    /// </summary>
    public bool IsPredicateStart(int k, int sLast)
    {
        if (k >= sLast || !_r.IsLowerWord(k) || _quotes.IsQuoted(k))
        {
            return false;
        }

        var cls = _r.ClassOf(k);
        if (cls == WordClass.Auxiliary)
        {
            return _r.Text(k)[0] != '\'';
        }

        // A word that is a cue only as the first of a phrase ("came" of "came to the conclusion") is a plain verb here.
        if (cls != WordClass.None || IsSingleCueAt(k) || MentionFinder.IsTimeWord(_r, k) || _r.IsPronoun(k))
        {
            return false;
        }

        var word = _r.Text(k);
        if (IsIrregularPast(k) || (word.EndsWith("ed", StringComparison.Ordinal) && !_r.IsNoun(k)))
        {
            return true;
        }

        // "plans to expand", "costs $3 billion", "needs the money": a present form needs what a verb takes next.
        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' && !_r.IsNoun(k)
            && !FunctionWords.IsPluralPersonNoun(word)
            && (_r.ClassOf(k + 1) == WordClass.Determiner || _r.Is(k + 1, "to") || _r.Tokens[k + 1].Kind == TokenKind.Number
                || _r.Is(k + 1, "$") || _r.Is(k + 1, "that"));
    }

    /// <summary>
    /// Whether <paramref name="to"/> opens a to-infinitive (<c>to veto the bill</c>, <c>to “fight on”</c>, <c>to not
    /// run</c>), not a prepositional phrase (<c>to reporters</c>, <c>to the crowd</c>, <c>to Reuters</c>, <c>to 2030</c>).
    /// </summary>
    public bool IsInfinitiveAt(int to, int sLast)
    {
        if (!_r.Is(to, "to") || _quotes.IsQuoted(to))
        {
            return false;
        }

        int verb = _r.IsQuoteMark(to + 1) ? to + 2 : to + 1;
        if (verb > sLast || !_r.IsLowerWord(verb) || _r.IsNoun(verb) || _r.IsPronoun(verb) || MentionFinder.IsTimeWord(_r, verb))
        {
            return false;
        }

        if (_r.ClassOf(verb) == WordClass.Adverb || _r.Is(verb, "have"))
        {
            return true; // "to not seek", "to quickly end"; "vowed to have the bridge rebuilt"
        }

        if (_r.Is(verb, "be"))
        {
            // "urged voters not to be distracted", "vowed to be ready"; but a passive straight after the cue is the
            // speaker's own treatment ("who asked not to be named", "declined to be identified"), no content.
            return !IsPassiveAfterCue(to, verb);
        }

        var word = _r.Text(verb);
        bool inflected = !FunctionWords.IsBaseFormWithInflectedEnding(word)
            && (word.EndsWith("ing", StringComparison.Ordinal)
                || (word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal))
                || (word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal)));
        return _r.ClassOf(verb) == WordClass.None && !inflected; // a base form: "to funding", "to schools", "to increased" are not
    }

    /// <summary><c>asked not to be named</c>: a participle after <paramref name="be"/>, and the cue right before <paramref name="to"/> (no object between).</summary>
    private bool IsPassiveAfterCue(int to, int be)
    {
        int participle = be + 1;
        bool passive = _r.InRange(participle) && _r.IsLowerWord(participle) && FunctionWords.LooksLikePastParticiple(_r.Text(participle));
        int before = to - 1;
        while (before >= 0 && (_r.Is(before, "not") || _r.Is(before, "never")))
        {
            before--;
        }

        return passive && before >= 0 && IsCueAt(before);
    }

    /// <summary>How many words a bare object before an infinitive may have (<c>urged | local drivers | to …</c>).</summary>
    private const int MaxBareObjectWords = 3;

    /// <summary>
    /// A bare lower-case object right before a to-infinitive (<c>warned drivers to avoid …</c>, <c>urged local
    /// farmers on Friday to sell …</c>): the addressee of a request, though no lexicon knows its noun. Null when
    /// the words are not followed by an infinitive.
    /// </summary>
    public Mention? BareObjectBeforeInfinitive(int start, int sLast)
    {
        int k = start;
        // A cue word may head the object ("expect demand to rise", "expect comment to follow"): a noun there, not a verb.
        while (k <= sLast && k - start < MaxBareObjectWords && _r.IsLowerWord(k) && !_quotes.IsQuoted(k) && (!IsCueAt(k) || k == start)
            && _r.ClassOf(k) is WordClass.None or WordClass.Determiner && !MentionFinder.IsTimeWord(_r, k))
        {
            k++;
        }

        if (k == start || _r.ClassOf(k - 1) == WordClass.Determiner)
        {
            return null;
        }

        Mention? ignored = null;
        int after = SkipAdjuncts(k, sLast, ref ignored);
        if (!IsInfinitiveAt(after, sLast) && _r.ClassOf(k) is WordClass.NounPreposition or WordClass.Preposition && !_r.Is(k, "to"))
        {
            // "urged anyone with information to call …", "asked residents of the area to stay indoors": the object's own modifier.
            int m = k + 1;
            while (m <= sLast && m - k <= MaxBareObjectWords && _r.IsWord(m) && !_quotes.IsQuoted(m) && !IsCueAt(m)
                && _r.ClassOf(m) is WordClass.None or WordClass.Determiner && !_r.IsPronoun(m) && !MentionFinder.IsTimeWord(_r, m))
            {
                m++;
            }

            after = m > k + 1 && _r.ClassOf(m - 1) != WordClass.Determiner ? m : after;
            k = after;
        }

        return IsInfinitiveAt(after, sLast) ? new Mention(_r.SpanOf(start, k - 1), start, k - 1, MentionKind.Nominal) : null;
    }

    /// <summary>
    /// Whether the subject <paramref name="speaker"/> opens a relative clause with no relative pronoun
    /// (<c>everything | you asked him to remember</c>): a plain word before it that no clause starts after.
    /// </summary>
    public bool InReducedRelative(Mention speaker, int sFirst)
    {
        int k = speaker.FirstToken - 1;
        return k >= sFirst && _r.IsLowerWord(k) && !_quotes.IsQuoted(k) && _r.ClassOf(k) == WordClass.None && !IsCueAt(k)
            && !MentionFinder.IsTimeWord(_r, k) && !_r.Text(k).EndsWith("ly", StringComparison.Ordinal) && !_r.Text(k).EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether <paramref name="source"/> can make a commitment or a request: a person, a group or an organisation,
    /// not a thing (<c>The storm threatened to flood the valley</c>, <c>It promises to be a long night</c>).
    /// </summary>
    public bool CanCommit(Mention source)
    {
        switch (source.Kind)
        {
            case MentionKind.Name or MentionKind.Organization or MentionKind.Anonymous:
                return true;
            case MentionKind.Pronoun:
                return (_r.TagsOf(source.FirstToken) & WordTags.NeuterPronoun) == 0;
        }

        for (int k = source.FirstToken; k <= source.LastToken; k++)
        {
            if ((_r.TagsOf(k) & (WordTags.PersonNoun | WordTags.GroupNoun)) != 0 || (k > source.FirstToken && _r.IsCapitalized(k) && _r.ClassOf(k) == WordClass.None))
            {
                return true; // "the governor", "union leaders", "the ministry", "the White House"
            }
        }

        return false;
    }

    /// <summary>The most words a prepositional object may have when only a complement after it shows where it ends.</summary>
    private const int MaxPlainPhraseWords = 5;

    /// <summary>
    /// Where a complement opens (<c>that</c> or a colon) right after a short run of plain words from
    /// <paramref name="start"/> (<c>an emailed statement</c>, <c>weeks</c>, <c>a hastily arranged news conference</c>),
    /// for a prepositional adjunct whose object the mention reader does not know; null when a verb, a clause
    /// word or a quote comes first, or the run is too long to be one noun phrase.
    /// </summary>
    private int? PlainPhraseBeforeComplement(int start, int sLast)
    {
        for (int k = start; k <= sLast && k - start <= MaxPlainPhraseWords; k++)
        {
            if (k > start && ((_r.Is(k, "that") && !IsDemonstrativeThat(k)) || _r.IsPunct(k, ':')))
            {
                return k;
            }

            if (_quotes.IsQuoted(k) || !(_r.IsWord(k) || _r.Tokens[k].Kind == TokenKind.Number || _r.Tokens[k].Kind == TokenKind.Apostrophe)
                || _r.ClassOf(k) is WordClass.Auxiliary or WordClass.Subordinator or WordClass.Coordinator or WordClass.Preposition or WordClass.ObjectPronoun
                || (IsCueAt(k) && _r.ClassOf(k - 1) != WordClass.Determiner) // "an emailed statement", "a brief statement": a cue word as adjective
                || (_r.IsPronoun(k) && _r.ClassOf(k) != WordClass.Determiner) || (_r.TagsOf(k) & WordTags.RelativePronoun) != 0)
            {
                return null;
            }
        }

        return null;
    }

    public bool IsWhWord(int p) => _r.Is(p, "whether") || _r.Is(p, "if") || _r.Is(p, "how") || _r.Is(p, "why") || _r.Is(p, "what") || _r.Is(p, "where") || _r.Is(p, "when") || _r.Is(p, "who");

    /// <summary>
    /// "said that was wrong", "I mean that's the point": a "that" right before an auxiliary is the clause's subject, not a
    /// complementizer; "dismissed that claim, saying …", "denied that report." : a "that" before one noun that ends the
    /// clause is its determiner, and the cue has an object, not a reported clause.
    /// </summary>
    public bool IsDemonstrativeThat(int k) =>
        _r.Is(k, "that") && !_quotes.IsQuoted(k + 1) && (_r.ClassOf(k + 1) == WordClass.Auxiliary || DeterminesLoneNoun(k));

    // "that claim." / "that claim, saying …": one plain noun, then a stop or a comma and a participle.
    private bool DeterminesLoneNoun(int that)
    {
        int noun = that + 1;
        int after = noun + 1;
        if (!_r.IsLowerWord(noun) || _r.ClassOf(noun) != WordClass.None || _r.IsPronoun(noun) || !_r.InRange(after) || _quotes.IsQuoted(after))
        {
            return false;
        }

        return _r.IsPunct(after, '.') || _r.IsPunct(after, ';') || _r.IsPunct(after, '?') || _r.IsPunct(after, '!')
            || (_r.IsPunct(after, ',') && _r.IsLowerWord(after + 1) && _r.Text(after + 1).EndsWith("ing", StringComparison.Ordinal) && !_quotes.IsQuoted(after + 1));
    }

    /// <summary>The document's sentences, read in place.</summary>
    private ReadOnlySpan<Sentence> Sentences => _r.Document.Sentences;
}

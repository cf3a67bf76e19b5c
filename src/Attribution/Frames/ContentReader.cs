using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames;

/// <summary>
/// Where the content of a frame begins and ends: a quotation piece, the reported clause after a cue (to the
/// end of its clause, following a quotation inside it), or the content before a postposed frame (from the
/// sentence start or the end of an earlier statement in the sentence). Shared by the frame rules; one reader
/// serves one document.
/// </summary>
internal sealed class ContentReader
{
    private readonly TokenReader _r;
    private readonly QuoteLayout _quotes;
    private readonly int[] _sentenceOf;
    private readonly ClauseReader _clause;
    private readonly List<Candidate> _candidates;

    /// <param name="reader">The document's tokens and lexicons.</param>
    /// <param name="quotes">The quotation pieces.</param>
    /// <param name="sentenceOf">The sentence of every token.</param>
    /// <param name="clause">The clause reader of the same document.</param>
    /// <param name="candidates">The statements framed so far (content before a frame starts after the last of them).</param>
    public ContentReader(TokenReader reader, QuoteLayout quotes, int[] sentenceOf, ClauseReader clause, List<Candidate> candidates)
    {
        _r = reader;
        _quotes = quotes;
        _sentenceOf = sentenceOf;
        _clause = clause;
        _candidates = candidates;
    }

    /// <summary>The content before a postposed frame whose first token follows <paramref name="boundary"/> (a comma or a closing mark).</summary>
    public ContentMatch? LeftContent(int boundary, int sFirst)
    {
        int end = boundary;
        if (_r.IsPunct(end, ',') || _r.IsPunct(end, '('))
        {
            end--;
        }

        if (end < 0)
        {
            return null;
        }

        int piece = _quotes.PieceOf(end);
        if (piece >= 0)
        {
            var p = _quotes.Pieces[piece];
            if (p.LastToken != end)
            {
                return null;
            }

            int pieceSentence = _sentenceOf[p.FirstToken];
            int pieceSentenceFirst = Sentences[pieceSentence].FirstToken;
            bool standsAlone = p.FirstToken == pieceSentenceFirst || _r.IsPunct(p.FirstToken - 1, ':') || _r.IsPunct(p.FirstToken - 1, '(')
                || _r.Tokens[p.FirstToken - 1].Kind == TokenKind.Dash || PreviousSentenceEnds(p.FirstToken);
            if (standsAlone)
            {
                return new ContentMatch(StatementKind.Direct, p.Span, null, p.FirstToken, p.LastToken);
            }

            int start = FirstUnclaimedToken(pieceSentenceFirst, p.FirstToken);
            return new ContentMatch(StatementKind.Mixed, new TextSpan(_r.Tokens[start].Span.Start, p.Span.End), null, start, p.LastToken);
        }

        int first = FirstUnclaimedToken(sFirst, end);
        if (end - first < 2)
        {
            return null;
        }

        return Trimmed(first, end, forceMixedOnQuote: false);
    }

    /// <summary>
    /// The content around a medial frame: the words before it (from the sentence start, or after an earlier
    /// statement) and the rest of the clause after it, as one content with two fragments. Before a resumed
    /// verb group the words before the frame must be its subject (<c>Prices, she added, will rise</c>); before a
    /// resumed clause they must open it as an adjunct (<c>If the talks fail, he said, the strike goes on</c>),
    /// and a lone connective (<c>However, he said, …</c>) stays out of the content. Null when neither holds.
    /// </summary>
    public ContentMatch? MedialContent(int boundary, int sFirst, int resume, bool resumesWithClause)
    {
        if (!_r.IsPunct(boundary, ',') || Content(resume, forceMixedOnQuote: false) is not { } right)
        {
            return null;
        }

        int end = boundary - 1;
        int first = FirstUnclaimedToken(sFirst, end);
        if (end < first || _quotes.IsQuoted(first) || _quotes.IsQuoted(end))
        {
            return null;
        }

        var opener = _r.ClassOf(first);
        if (resumesWithClause && end == first && opener is WordClass.Subordinator or WordClass.Adverb)
        {
            return right; // "However, he said, the plan failed": the connective is not reported
        }

        // "That, I think, started it": a lone demonstrative is the subject of the resumed verb group, not a complementizer.
        bool demonstrative = !resumesWithClause && end == first && (_r.Is(first, "that") || _r.Is(first, "this"));

        // "It was, he conceded, a costly mistake": a subject and its verb group before the frame, their complement after it.
        bool awaitsComplement = !resumesWithClause && end > first && _r.ClassOf(end) == WordClass.Auxiliary
            && opener is not (WordClass.Subordinator or WordClass.Coordinator or WordClass.NounPreposition or WordClass.Preposition);
        if (!demonstrative && !awaitsComplement && (resumesWithClause ? opener is not (WordClass.Subordinator or WordClass.NounPreposition or WordClass.Preposition) || end == first
            : opener is WordClass.Subordinator or WordClass.Coordinator or WordClass.NounPreposition or WordClass.Preposition || HasVerbGroup(first, end)))
        {
            return null;
        }

        var left = demonstrative ? new ContentMatch(StatementKind.Indirect, _r.SpanOf(first, end), null, first, end) : Trimmed(first, end, forceMixedOnQuote: false);
        if (left is null)
        {
            return null;
        }

        var kind = left.Value.Kind == StatementKind.Indirect && right.Kind == StatementKind.Indirect ? StatementKind.Indirect : StatementKind.Mixed;
        return new ContentMatch(kind, new TextSpan(left.Value.Content.Start, right.Content.End), [left.Value.Content, right.Content], left.Value.FirstToken, right.LastToken);
    }

    // The subject before a medial frame has no verb of its own ("The deal", "The best moment of the night").
    private bool HasVerbGroup(int first, int end)
    {
        for (int k = first; k <= end; k++)
        {
            if (_r.ClassOf(k) == WordClass.Auxiliary || _r.IsPunct(k, ','))
            {
                return true;
            }
        }

        return false;
    }

    private bool PreviousSentenceEnds(int token)
    {
        int k = token - 1;
        return k >= 0 && (_r.IsPunct(k, '.') || _r.IsPunct(k, '?') || _r.IsPunct(k, '!')) || (k >= 0 && _sentenceOf[k] != _sentenceOf[token]);
    }

    // Content before a postposed frame starts at the sentence start, or after an earlier statement in the same sentence.
    private int FirstUnclaimedToken(int sentenceFirst, int end)
    {
        int sentence = _sentenceOf[sentenceFirst];
        bool opensParagraph = sentence == 0 || Sentences[sentence - 1].Paragraph != Sentences[sentence].Paragraph;
        int first = opensParagraph && Sentences[sentence].FirstToken == sentenceFirst ? Dateline.Skip(_r, sentenceFirst, end) : sentenceFirst;
        for (int i = _candidates.Count - 1; i >= 0; i--)
        {
            var c = _candidates[i];
            if (c.LastToken < sentenceFirst)
            {
                break;
            }

            if (c.Draft.Rule == nameof(Rules.NominalCueRule))
            {
                continue; // "The Kremlin's insistence that it would not cut output | has frustrated members, diplomats said": a noun phrase, not a clause
            }

            if (c.LastToken < end)
            {
                first = Math.Max(first, c.LastToken + 1);
                while (first < end && (_r.IsPunct(first, ',') || _r.ClassOf(first) == WordClass.Coordinator))
                {
                    first++;
                }

                break;
            }
        }

        return first;
    }

    public ContentMatch QuoteContent(int piece)
    {
        var p = _quotes.Pieces[piece];
        return new ContentMatch(StatementKind.Direct, p.Span, null, p.FirstToken, p.LastToken);
    }

    /// <summary>Reported content from <paramref name="start"/> to the end of its clause (a quotation inside it is followed to its end).</summary>
    public ContentMatch? Content(int start, bool forceMixedOnQuote)
    {
        if (!_r.InRange(start))
        {
            return null;
        }

        int s = _sentenceOf[start];
        int sLast = Sentences[s].EndToken - 1;
        int last = start - 1;
        int k = start;
        while (k <= sLast)
        {
            int piece = _quotes.PieceOf(k);
            if (piece >= 0)
            {
                var p = _quotes.Pieces[piece];
                if (k > start && p.FirstToken == k && _r.IsPunct(k - 1, ',') && last < k - 1)
                {
                    break;
                }

                last = p.LastToken;
                k = last + 1;
                sLast = Math.Max(sLast, Sentences[_sentenceOf[last]].EndToken - 1);
                if (k <= sLast && _sentenceOf[k] != _sentenceOf[last])
                {
                    break;
                }

                if (k <= sLast && _r.IsPunct(last - 1, ',') && BreaksAfterComma(k, sLast))
                {
                    // The comma inside the quote closes the content as one outside it does: "the market “is softening,”
                    // adding: “…”", "the labor market remains “strong,” though he conceded that …".
                    break;
                }

                continue;
            }

            if (_r.IsPunct(k, ';'))
            {
                break;
            }

            if (k > start && _r.IsPunct(k, ':') && ClauseAfterColon(k + 1, sLast))
            {
                break; // "Polls show the race tightening: the two are tied …": a clause after a colon is the narrator's gloss
            }

            // Asked once per token: the four tests below all start from a coordinator, which most tokens are not.
            bool joinsVerbs = k > start && _clause.JoinsVerbs(k);
            if (joinsVerbs && _clause.OwnFrameAfter(k + 1, sLast))
            {
                break; // "… fell 28% and it warned that …": a second statement with a subject of its own
            }

            if (joinsVerbs && _clause.IsCueAt(k + 1) && _r.Lexicons.TryGetCue(_r.Text(k + 1), out var next)
                && next.Form is VerbForm.Base or VerbForm.ThirdPerson or VerbForm.Past && !_r.IsCapitalized(k + 1))
            {
                break; // "… and claim she has …", "… but said it was worth trying": a second statement with the same subject
            }

            if (joinsVerbs && CueAfterAdverbs(k + 1, sLast))
            {
                break; // "… and has repeatedly argued that …", "… but has long maintained …": the same subject, a perfect or an adverb first
            }

            if (joinsVerbs && (DeclineFinder.StartsAt(_r, k + 1, sLast + 1) || SubjectThenDecline(k + 1, sLast)))
            {
                break; // "… had stalled but would not comment on …", "… and refused to say when …", "…, and he declined to say whether …": a decline
            }

            if ((_r.IsPunct(k, ',') && !(k == start && k > 0 && _r.Is(k - 1, "that"))) || _r.Tokens[k].Kind == TokenKind.Dash)
            {
                // "that, despite the delays, the launch …": the comma after the complementizer opens an adjunct inside the clause.
                if (BreaksAfterComma(k + 1, sLast))
                {
                    break;
                }
            }

            last = k;
            k++;
        }

        if (last < start)
        {
            return null;
        }

        var match = Trimmed(start, WithoutFrameTime(start, last), forceMixedOnQuote);
        return match;
    }

    /// <summary>
    /// The content of a frame inside a non-restrictive relative clause (<c>Smith, who said the plan was flawed,
    /// resigned on Monday.</c>) without the main clause's predicate that resumes after the clause's closing comma.
    /// A content with fragments or quotations is returned as it is.
    /// </summary>
    public ContentMatch WithoutResumedPredicate(ContentMatch content)
    {
        if (content.Fragments is not null || content.Kind != StatementKind.Indirect)
        {
            return content;
        }

        int sLast = Sentences[_sentenceOf[content.FirstToken]].EndToken - 1;
        for (int k = content.FirstToken + 1; k < content.LastToken; k++)
        {
            int resumed = k + 1;
            while (resumed < content.LastToken && resumed - k <= MaxResumingAdverbs && _r.ClassOf(resumed) == WordClass.Adverb && !_quotes.IsQuoted(resumed))
            {
                resumed++; // "Whitfield, who said that talks had stalled, now thinks …"
            }

            if (_r.IsPunct(k, ',') && (_clause.IsPredicateStart(resumed, sLast) || IsFiniteCue(resumed)))
            {
                return Trimmed(content.FirstToken, k - 1, forceMixedOnQuote: false) is { } cut ? cut with { ThatClause = content.ThatClause } : content;
            }
        }

        return content;
    }

    /// <summary>
    /// The content of a cue whose content is its object and what is said of it (<c>called the case a “witch hunt,” and his
    /// campaign has sought …</c>, <c>accused the mayor of “betrayal,” but the council backed him</c>) up to a comma and
    /// <c>and</c> or <c>but</c> that open a clause with a subject of its own: the narrator's next clause, not the source's
    /// words. Contents with fragments are returned as they are.
    /// </summary>
    public ContentMatch WithoutCoordinatedClause(ContentMatch content)
    {
        if (content.Fragments is not null)
        {
            return content;
        }

        int sLast = Sentences[_sentenceOf[content.FirstToken]].EndToken - 1;
        for (int k = content.FirstToken + 1; k < content.LastToken; k++)
        {
            if (!_r.IsPunct(k, ','))
            {
                continue;
            }

            int coordinator = k + 1;
            while (coordinator <= content.LastToken && _r.IsQuoteMark(coordinator))
            {
                coordinator++; // "a “witch hunt,” and …": the comma stands inside the closing mark
            }

            if ((_r.Is(coordinator, "and") || _r.Is(coordinator, "but")) && !_quotes.IsQuoted(coordinator) && OpensSubject(coordinator + 1)
                && _clause.IsClauseStart(coordinator + 1, sLast, clausalVerb: false))
            {
                return Trimmed(content.FirstToken, coordinator - 1, forceMixedOnQuote: content.Kind == StatementKind.Mixed) is { } cut ? cut with { ThatClause = content.ThatClause, CalledParty = content.CalledParty } : content;
            }
        }

        return content;
    }

    /// <summary>A word that opens a subject: a pronoun, a determiner (possessive ones too: <c>his campaign</c>), or a name.</summary>
    private bool OpensSubject(int k) =>
        _r.IsWord(k) && !_quotes.IsQuoted(k) && (_r.IsPronoun(k) || _r.ClassOf(k) == WordClass.Determiner || _r.IsCapitalized(k));

    /// <summary>
    /// The content of a cue in a restrictive relative clause inside the main clause's subject (<see
    /// cref="RelativeClause.HoldsCueInSubject"/>), up to where the main clause's predicate resumes: after the reported clause's
    /// verb group, a finite verb with no subject of its own (<c>The official who said the plan was flawed | resigned</c>,
    /// <c>Residents who fear the plant will close | have formed a committee</c>). Null when the first verb after the cue's
    /// object is a finite cue (<c>The lawyer who argued the case | told the court …</c>, <c>The analyst who predicted the crash
    /// | said …</c>): the words after the relative cue are its object and that cue is the main clause's, so the relative cue
    /// reports nothing.
    /// </summary>
    public ContentMatch? WithoutRestrictiveMainPredicate(ContentMatch content)
    {
        if (content.Fragments is not null || content.Kind != StatementKind.Indirect)
        {
            return content;
        }

        int sLast = Sentences[_sentenceOf[content.FirstToken]].EndToken - 1;
        int verb = content.FirstToken + 1;
        while (verb <= content.LastToken && !IsFiniteVerb(verb, sLast))
        {
            verb++;
        }

        if (verb > content.LastToken)
        {
            return content;
        }

        if (IsFiniteCue(verb) && !content.ThatClause)
        {
            return null;
        }

        int main = verb;
        while (main < content.LastToken && (IsFiniteAuxiliary(main) || (main > verb && _r.ClassOf(main) == WordClass.Adverb) || _r.Is(main, "not")))
        {
            main++; // "would burst", "was badly flawed", "had not been": the verb group's last word
        }

        int resumed = main + 1;
        if (resumed <= content.LastToken && (IsFiniteCue(resumed) || IsFiniteAuxiliary(resumed) || _clause.IsPredicateStart(resumed, sLast)))
        {
            return Trimmed(content.FirstToken, main, forceMixedOnQuote: false) is { } cut ? cut with { ThatClause = content.ThatClause } : content;
        }

        return content;
    }

    private bool IsFiniteAuxiliary(int k) => _r.IsLowerWord(k) && _r.ClassOf(k) == WordClass.Auxiliary && _r.Text(k)[0] != '\'' && !_quotes.IsQuoted(k);

    private bool IsFiniteVerb(int k, int sLast) => IsFiniteAuxiliary(k) || IsFiniteCue(k) || _clause.IsPredicateStart(k, sLast);

    /// <summary>How many adverbs may open the main clause's predicate after a relative clause (<c>, now also thinks</c>).</summary>
    private const int MaxResumingAdverbs = 2;

    // "Harland, which said it would build a plant, expects …": a cue's past or present form resumes the main clause too.
    private bool IsFiniteCue(int k) =>
        _r.IsLowerWord(k) && !_quotes.IsQuoted(k) && _r.Lexicons.TryGetCue(_r.Text(k), out var cue) && !cue.IsPhrasal && !cue.IsNominal && !cue.IsPredicative
        && cue.Form is VerbForm.ThirdPerson or VerbForm.Past;

    /// <summary>
    /// The content's last token without a bare time phrase after its last quotation (<c>called the plan “a
    /// disaster” on Tuesday</c>): once the quoted words close, a trailing date dates the saying, and the time
    /// stage reads it as the statement's time. An unquoted clause keeps its time (<c>said talks resume on Monday</c>).
    /// </summary>
    private int WithoutFrameTime(int start, int last)
    {
        int end = last;
        while (end > start && _r.Tokens[end].Kind == TokenKind.Punctuation && !_quotes.IsQuoted(end))
        {
            end--;
        }

        int k = end;
        bool dated = false;
        while (k > start && !_quotes.IsQuoted(k) && (MentionFinder.IsTimeWord(_r, k) || _r.Tokens[k].Kind == TokenKind.Number))
        {
            dated |= _r.Tokens[k].Kind != TokenKind.Number;
            k--;
        }

        if (k > start && !_quotes.IsQuoted(k) && (_r.Is(k, "on") || _r.Is(k, "in") || _r.Is(k, "this") || _r.Is(k, "late") || _r.Is(k, "early")))
        {
            k--;
        }

        int piece = _quotes.PieceOf(k);
        return dated && k < end && piece >= 0 && _quotes.Pieces[piece].LastToken == k && _quotes.Pieces[piece].Closed ? k : last;
    }

    /// <summary>How far after <c>with</c> the participle of an absolute clause may stand (<c>with the panel's chairman saying</c>).</summary>
    private const int MaxAbsoluteSubjectTokens = 8;

    /// <summary>The most words of a verb group before a conjoined cue (<c>has | long | maintained</c>, <c>has also repeatedly said</c>).</summary>
    private const int MaxVerbGroupWords = 3;

    /// <summary>
    /// Whether a finite cue follows <paramref name="p"/> after adverbs and a perfect auxiliary (<c>has repeatedly argued</c>,
    /// <c>publicly warned</c>, <c>has long maintained</c>: one plain word between the auxiliary and its participle).
    /// </summary>
    private bool CueAfterAdverbs(int p, int sLast)
    {
        bool perfect = false;
        int k = p;
        for (; k <= sLast && k - p < MaxVerbGroupWords && _r.IsLowerWord(k) && !_quotes.IsQuoted(k); k++)
        {
            if (_r.Is(k, "has") || _r.Is(k, "have") || _r.Is(k, "had"))
            {
                perfect = true;
            }
            else if (!(_r.ClassOf(k) == WordClass.Adverb || _r.LooksLikeLyAdverb(k)) && !(perfect && k + 1 <= sLast && _clause.IsCueAt(k + 1) && _r.ClassOf(k) == WordClass.None))
            {
                break;
            }
        }

        return k > p && k <= sLast && _r.IsLowerWord(k) && _clause.IsCueAt(k) && _r.Lexicons.TryGetCue(_r.Text(k), out var cue)
            && (perfect ? cue.Form is VerbForm.Participle or VerbForm.Past : cue.Form is VerbForm.Past or VerbForm.ThirdPerson);
    }

    /// <summary>How many words after a colon may come before the verb of a clause there (<c>volumes at the main terminal | fell</c>).</summary>
    private const int MaxWordsBeforeColonVerb = 8;

    /// <summary>
    /// Whether a clause of its own follows a colon (<c>: the two are tied</c>, <c>: volumes at the main terminal fell</c>), not
    /// a phrase or a list that completes the content (<c>: to halve the deficit</c>, <c>: higher taxes, lower subsidies …</c>).
    /// </summary>
    private bool ClauseAfterColon(int p, int sLast)
    {
        if (p > sLast || !_r.IsWord(p) || _quotes.IsQuoted(p) || _r.ClassOf(p) is WordClass.Preposition or WordClass.NounPreposition)
        {
            return false;
        }

        if (_clause.IsClauseStart(p, sLast, clausalVerb: false))
        {
            return true;
        }

        for (int k = p + 1; k <= sLast && k - p < MaxWordsBeforeColonVerb && !_quotes.IsQuoted(k) && !_r.IsPunct(k, ','); k++)
        {
            if (_r.IsLowerWord(k) && (_r.ClassOf(k) == WordClass.Auxiliary || _clause.IsPredicateStart(k, sLast)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>…, and | he declined to say whether jobs would go</c>, <c>… but | the company would not comment on …</c>: a clause of its
    /// own whose subject declines to speak, which the narrator reports, not the speaker.
    /// </summary>
    private bool SubjectThenDecline(int first, int sLast) =>
        !_quotes.IsQuoted(first) && MentionFinder.PhraseStartingAt(_r, first, sLast + 1, allowObjectPronoun: false) is { } subject
        && DeclineFinder.StartsAt(_r, subject.LastToken + 1, sLast + 1);

    /// <summary><c>…, a juror told The Boston Globe.</c>: a cue that takes an addressee, and a phrase after it that ends the sentence.</summary>
    private bool AddresseeEndsSentence(int cue, int sLast) =>
        _r.Lexicons.TryGetCue(_r.Text(cue), out var entry) && entry.TakesAddressee && !entry.IsPhrasal
        && MentionFinder.PhraseStartingAt(_r, cue + 1, sLast + 1, allowObjectPronoun: true) is { } addressee
        && (addressee.LastToken >= sLast || _r.Tokens[addressee.LastToken + 1].Kind == TokenKind.Punctuation && addressee.LastToken + 1 >= sLast);

    private bool IsGerundCue(int k) => _clause.IsCueAt(k) && _r.Lexicons.TryGetCue(_r.Text(k), out var cue) && cue.Form == VerbForm.Gerund;

    private bool BreaksAfterComma(int next, int sLast)
    {
        if (next > sLast)
        {
            return true;
        }

        if (ClauseBreaks.IsAdjunctStarter(_r, next) || (_clause.JoinsVerbs(next) && _clause.OwnFrameAfter(next + 1, sLast)))
        {
            return true; // "…, although some worried …"; "…, and it warned that …"
        }

        if (_clause.IsSetOffFiller(next))
        {
            return false; // "the suspect, you know, had fled": a filler inside the clause, not a frame after it
        }

        if (IsGerundCue(next))
        {
            return true; // "…, adding that …": a new statement
        }

        if (CommentAppositive.StartsAt(_r, _quotes, next, sLast))
        {
            return true; // "…, a point echoed by several council members": the narrator's comment on the content
        }

        if (_r.Is(next, "with"))
        {
            // "…, with the panel's chairman saying that …": an absolute clause with a speaker and cue of its own.
            for (int k = next + 1; k <= sLast && k - next <= MaxAbsoluteSubjectTokens && !_quotes.IsQuoted(k) && !_r.IsPunct(k, ','); k++)
            {
                if (IsGerundCue(k))
                {
                    return true;
                }
            }
        }

        // "Voters … know that I am sincere, know that I understand …": a second cue of the same subject, with its own that-clause.
        if (_clause.IsCueAt(next) && _r.IsLowerWord(next) && _r.Is(next + 1, "that") && _r.Lexicons.TryGetCue(_r.Text(next), out var repeated)
            && repeated.Form is VerbForm.Base or VerbForm.ThirdPerson or VerbForm.Past && !repeated.IsPhrasal)
        {
            return true;
        }

        // "…, said Ann Liu, chief economist at …" — an inverted postposed frame closes the content.
        if (_clause.IsCueAt(next) && _r.IsLowerWord(next) && _r.Lexicons.TryGetCue(_r.Text(next), out var inverted) && inverted.Form is VerbForm.Past or VerbForm.ThirdPerson
            && !inverted.IsPhrasal && MentionFinder.PhraseStartingAt(_r, next + 1, sLast + 1, allowObjectPronoun: false) is { } invertedSpeaker
            && (invertedSpeaker.LastToken + 1 > sLast || _r.IsPunct(invertedSpeaker.LastToken + 1, ',') || _r.IsPunct(invertedSpeaker.LastToken + 1, '.')))
        {
            return true;
        }

        // "…, he said." / "…, the ministry said on Thursday." — a postposed frame closes the content.
        for (int k = next; k <= sLast && k - next < 8; k++)
        {
            if (_clause.IsCueAt(k) && k > next)
            {
                return MentionFinder.SubjectBefore(_r, k, next) is { } subject && subject.FirstToken == next && !_clause.IsPassive(k, next)
                    && (k + 1 > sLast || _r.IsPunct(k + 1, ',') || _r.IsPunct(k + 1, '.') || _r.ClassOf(k + 1) is WordClass.NounPreposition or WordClass.Preposition || MentionFinder.IsTimeWord(_r, k + 1) || k + 2 > sLast
                        || AddresseeEndsSentence(k, sLast));
            }

            if (_r.IsPunct(k, ',') || _quotes.IsQuoted(k))
            {
                break;
            }
        }

        return false;
    }


    private ContentMatch? Trimmed(int first, int last, bool forceMixedOnQuote)
    {
        bool that = false;
        while (first <= last && !_quotes.IsQuoted(first) && ((_r.Is(first, "that") && !_clause.IsDemonstrativeThat(first)) || _r.IsPunct(first, ',') || _r.IsPunct(first, ':')))
        {
            that |= _r.Is(first, "that");
            first++;
        }

        bool asideClosed = false; // one closing bracket of an aside at most, so the look back stays linear
        while (last >= first && !_quotes.IsQuoted(last) && _r.Tokens[last].Kind is TokenKind.Punctuation or TokenKind.Dash
            && !_r.IsPunct(last, '?') && !_r.IsPunct(last, '!'))
        {
            if (_r.IsPunct(last, ')'))
            {
                if (asideClosed || OpensBracketIn(first, last))
                {
                    break;
                }

                asideClosed = true;
            }

            last--;
        }

        if (last < first)
        {
            return null;
        }

        bool quoted = false;
        bool allQuoted = _quotes.IsQuoted(first) && _quotes.PieceOf(first) == _quotes.PieceOf(last)
            && _quotes.Pieces[_quotes.PieceOf(first)].FirstToken == first && _quotes.Pieces[_quotes.PieceOf(first)].LastToken == last;
        for (int k = first; k <= last && !quoted; k++)
        {
            quoted = _quotes.IsQuoted(k);
        }

        var kind = allQuoted && !forceMixedOnQuote ? StatementKind.Direct : quoted ? StatementKind.Mixed : StatementKind.Indirect;
        return new ContentMatch(kind, _r.SpanOf(first, last), null, first, last) { ThatClause = that };
    }

    /// <summary>
    /// Whether an opening bracket in [<paramref name="first"/>, <paramref name="last"/>) is still open at the closing one at
    /// <paramref name="last"/>: it belongs to the content (<c>said prices rose (in real terms)</c>). Without one the bracket
    /// closes an aside the whole frame stands in (<c>(Ruiz called it “the worst in 30 years.”)</c>) and is no part of the content.
    /// </summary>
    private bool OpensBracketIn(int first, int last)
    {
        int depth = 0;
        for (int k = last - 1; k >= first; k--)
        {
            if (_r.IsPunct(k, ')'))
            {
                depth++;
            }
            else if (_r.IsPunct(k, '(') && depth-- == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The document's sentences, read in place.</summary>
    private ReadOnlySpan<Sentence> Sentences => _r.Document.Sentences;
}

using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution.Frames;

/// <summary>
/// Matches the attribution frame around one cue: where the speaker is, where the content is, whether it is
/// a quote, a reported clause or both. Every look-around is bounded (a sentence, a quotation piece, a few
/// dozen tokens), so matching all cues is linear in the document.
/// </summary>
internal sealed class FrameMatcher
{
    private const int MaxLookBack = 40;
    private const int MaxTailTokens = 18;

    private readonly TokenReader _r;
    private readonly QuoteLayout _quotes;
    private readonly int[] _sentenceOf;
    private readonly Sentence[] _sentences;
    private readonly Dictionary<int, Mention> _introAddressee = [];

    public FrameMatcher(TokenReader reader, QuoteLayout quotes, int[] sentenceOf)
    {
        _r = reader;
        _quotes = quotes;
        _sentenceOf = sentenceOf;
        _sentences = reader.Document.Sentences;
    }

    /// <summary>The frame candidates in cue order; a candidate may name another as the source of its speaker.</summary>
    public List<Candidate> Candidates { get; } = [];

    public void Match(CueHit cue)
    {
        var e = cue.Entry;
        int c0 = cue.First;
        int s = _sentenceOf[c0];
        int sFirst = _sentences[s].FirstToken;
        int sLast = _sentences[s].EndToken - 1;
        int leftLimit = LeftLimit(c0, sFirst);

        if (e.Lemma == "according to")
        {
            AccordingTo(cue, s, sFirst, sLast);
            return;
        }

        int prev = c0 - 1;
        if (prev >= sFirst && _r.IsWord(prev))
        {
            if (_r.ClassOf(prev) == WordClass.Determiner && e.Form != VerbForm.Gerund)
            {
                return; // a noun: "the report", "his claims"
            }

            if (_r.Is(prev, "to"))
            {
                return; // infinitive: "declined to comment", "wanted to say"
            }
        }

        if (e.Form == VerbForm.ThirdPerson && !e.IsPhrasal && cue.End < sLast && _r.IsLowerWord(cue.End) && _r.Lexicons.TryGetCue(_r.Text(cue.End), out var following)
            && following.Form == VerbForm.Base && !following.IsPhrasal)
        {
            return; // "the new figures show …", "early reports suggest …": a plural noun, the subject of the next cue
        }

        if (e.Lemma == "continue" && !QuoteFollows(cue.End) && !QuoteBeforeFrame(c0, sFirst))
        {
            return; // a cue only as "She continued: “…”" or "“…,” he continued"; "fighting continued …" is not speech
        }

        if (e.Lemma == "mean" && (e.Form == VerbForm.Gerund || !IsFirstOrSecondPersonBefore(c0, sFirst)))
        {
            return; // "I mean …", "you mean …" rephrase what is said; "it means …", "meaning …" infer
        }

        if (e.Form == VerbForm.Gerund)
        {
            Participial(cue, s, sFirst, sLast, leftLimit);
            return;
        }

        if (e.Form is VerbForm.Past or VerbForm.Participle && IsPassive(c0, sFirst))
        {
            return; // "was told", "is reported": the subject is not the speaker
        }

        if (e.Form == VerbForm.Participle && !AfterHave(c0, sFirst))
        {
            return; // a participle distinct from the past (known, written, shown) without "has" is an adjective: "the well known effects"
        }

        if (Postposed(cue, s, sFirst, sLast, leftLimit))
        {
            return;
        }

        if (e.Form == VerbForm.Base && prev >= sFirst && _r.IsLowerWord(prev) && _r.ClassOf(prev) == WordClass.None && !_r.IsNoun(prev) && !_r.IsPronoun(prev)
            && (_r.TagsOf(prev) & WordTags.RelativePronoun) == 0 && !LooksPlural(prev))
        {
            return; // "a fair report", "its recent claim": a noun after a modifier
        }

        if (e.Form == VerbForm.Base && prev >= sFirst && _r.IsLowerWord(prev)
            && (_r.TagsOf(prev) & (WordTags.PersonNoun | WordTags.SourceNoun)) != 0 && (_r.TagsOf(prev) & (WordTags.Plural | WordTags.GroupNoun)) == 0)
        {
            return; // "in a blog post", "the spokesman report": a singular noun does not take a base-form verb, so the cue is a noun
        }

        if (prev >= sFirst && _r.ClassOf(prev) == WordClass.Coordinator && CarriedSpeaker(s, c0) is int source)
        {
            // "They claimed X and claim Y": the conjuncts share the subject.
            Forward(cue, s, sLast, Candidates[source].Speaker!.Value, source, null, 0.75);
            return;
        }

        if (prev >= sFirst && _r.Is(prev, "and") && e.Form is VerbForm.Past or VerbForm.ThirdPerson && CoordinatedSubject(prev, sFirst) is { } shared)
        {
            // "Zuckerberg tweeted to Mohamed and said the boy was welcome": the conjoined verb phrases share the clause subject.
            Forward(cue, s, sLast, shared, carriedFrom: -1, addressee: null, confidenceBase: 0.75);
            return;
        }

        if (MentionFinder.SubjectBefore(_r, c0, leftLimit) is not { } speaker)
        {
            if (CommaSetSubject(c0, e.Form, sFirst, leftLimit) is { } setOff)
            {
                // "The security firm Secunia.com, has said that …": a subject cut off from its verb by a stray comma.
                Forward(cue, s, sLast, setOff, carriedFrom: -1, addressee: null, confidenceBase: 0.75);
            }

            return;
        }

        if (e.Class != CueClass.Belief && IsInvertedQuestion(speaker, s))
        {
            return; // "What would you recommend …?", "How can you tell whether …?": asked, not reported ("Do you think …?" asks for a belief, which is kept)
        }

        if (e.Lemma == "call" && !e.IsPhrasal && _quotes.PieceOf(cue.End) is int named and >= 0 && _quotes.Pieces[named].FirstToken == cue.End)
        {
            return; // "a print called “Cowboys and Indians”", "a group calling itself …": a name, not speech
        }

        Forward(cue, s, sLast, speaker, carriedFrom: -1, addressee: null, confidenceBase: 0.85);
    }

    /// <summary>
    /// <c>SUBJECT[ post-modifier], V …</c>: a noun phrase opening the sentence, then at most a participial or
    /// prepositional modifier, then a comma right before the finite cue (after auxiliaries and adverbs).
    /// </summary>
    private Mention? CommaSetSubject(int c0, VerbForm form, int sFirst, int leftLimit)
    {
        int comma = c0 - 1;
        bool perfect = false;
        while (comma > sFirst && _r.ClassOf(comma) is WordClass.Adverb or WordClass.Auxiliary)
        {
            perfect |= _r.Is(comma, "has") || _r.Is(comma, "have");
            comma--;
        }

        bool finite = form is VerbForm.Past or VerbForm.ThirdPerson || (form == VerbForm.Participle && perfect);
        if (comma == c0 - 1 && MentionFinder.PhraseStartingAt(_r, c0 + 1, _sentences[_sentenceOf[c0]].EndToken, allowObjectPronoun: false) is { } inverted
            && _r.IsPunct(inverted.LastToken + 1, ','))
        {
            return null; // "Institutional recipients, said Mauer, are required …": a parenthetical inverted frame
        }

        if (!finite || !_r.IsPunct(comma, ',') || sFirst < leftLimit || comma - sFirst > MentionFinder.MaxPhraseTokens
            || MentionFinder.PhraseStartingAt(_r, sFirst, comma, allowObjectPronoun: false) is not { } subject || subject.Kind == MentionKind.Pronoun)
        {
            return null;
        }

        int rest = subject.LastToken + 1;
        if (rest < comma)
        {
            bool modifier = _r.ClassOf(rest) is WordClass.NounPreposition or WordClass.Preposition
                || (_r.IsLowerWord(rest) && _r.Text(rest).EndsWith("ed", StringComparison.Ordinal) && _r.ClassOf(rest + 1) is WordClass.NounPreposition or WordClass.Preposition);
            if (!modifier || comma - rest > 16)
            {
                return null;
            }

            for (int k = rest; k < comma; k++)
            {
                if (_quotes.IsQuoted(k) || !(_r.IsWord(k) || _r.Tokens[k].Kind == TokenKind.Number || _r.IsPossessive(k)) || _r.ClassOf(k) is WordClass.Auxiliary or WordClass.Subordinator
                    || (_r.TagsOf(k) & WordTags.RelativePronoun) != 0 || _r.IsPronoun(k) || (k > rest && IsCueAt(k)))
                {
                    return null;
                }
            }
        }

        return subject;
    }

    /// <summary>
    /// The subject of the first of two conjoined verb phrases (<c>S V1 … and CUE …</c>): the main clause's
    /// subject when an active verb follows it and the first conjunct is short, plain and unquoted.
    /// </summary>
    private Mention? CoordinatedSubject(int and, int sFirst)
    {
        if (MentionFinder.ClauseSubject(_r, sFirst, and) is not { } subject || subject.Kind == MentionKind.Pronoun && _r.TagsOf(subject.FirstToken).HasFlag(WordTags.FirstPersonPronoun))
        {
            return null;
        }

        int verb = subject.LastToken + 1;
        if (!_r.IsLowerWord(verb) || _r.ClassOf(verb) != WordClass.None)
        {
            // The phrase ran on into the verb ("Senator Maria Lopez met", "The bank cut"): its last plain
            // lower-case word is the verb, and the subject ends before it.
            for (int k = subject.LastToken; k > subject.FirstToken; k--)
            {
                if (_r.IsLowerWord(k) && _r.ClassOf(k) == WordClass.None && !_r.IsNoun(k) && !_r.IsPossessive(k + 1))
                {
                    verb = k;
                    subject = new Mention(_r.SpanOf(subject.FirstToken, k - 1), subject.FirstToken, k - 1, MentionFinder.Classify(_r, subject.FirstToken, k - 1));
                    break;
                }
            }
        }

        while (verb < and && _r.ClassOf(verb) == WordClass.Adverb)
        {
            verb++;
        }

        // "The driver was stopped and told to leave": a passive or copular first conjunct has no speaker.
        if (verb >= and - 1 || !_r.IsLowerWord(verb) || _r.ClassOf(verb) != WordClass.None || and - verb > 16)
        {
            return null;
        }

        for (int k = verb; k < and; k++)
        {
            if (_quotes.IsQuoted(k) || _r.IsPunct(k, ',') || _r.IsPunct(k, ';') || _r.IsPunct(k, ':') || (_r.TagsOf(k) & WordTags.RelativePronoun) != 0
                || _r.ClassOf(k) is WordClass.Subordinator or WordClass.Auxiliary)
            {
                return null;
            }
        }

        return subject;
    }

    // "“…,” he continued" / "“…,” continued the mayor": a closing mark right before the cue or its subject.
    private bool QuoteBeforeFrame(int c0, int sFirst)
    {
        if (c0 - 1 >= 0 && (IsClosingMark(c0 - 1) || _r.IsPunct(c0 - 1, ',') && IsClosingMark(c0 - 2)))
        {
            return true;
        }

        return MentionFinder.SubjectBefore(_r, c0, sFirst) is { } subject && subject.FirstToken - 1 >= 0
            && (IsClosingMark(subject.FirstToken - 1) || _r.IsPunct(subject.FirstToken - 1, ',') && IsClosingMark(subject.FirstToken - 2));
    }

    private bool QuoteFollows(int token)
    {
        int k = _r.IsPunct(token, ':') || _r.IsPunct(token, ',') ? token + 1 : token;
        return _quotes.PieceOf(k) is int piece and >= 0 && _quotes.Pieces[piece].FirstToken == k;
    }

    private bool IsFirstOrSecondPersonBefore(int c0, int sFirst)
    {
        int k = c0 - 1;
        while (k > sFirst && _r.ClassOf(k) is WordClass.Adverb or WordClass.Auxiliary)
        {
            k--;
        }

        return k >= sFirst && (_r.Is(k, "I") || _r.Is(k, "we") || _r.Is(k, "We") || _r.Is(k, "you") || _r.Is(k, "You"));
    }

    private bool IsInvertedQuestion(Mention speaker, int s)
    {
        int aux = speaker.FirstToken - 1;
        int sLast = _sentences[s].EndToken - 1;
        return speaker.Kind == MentionKind.Pronoun && aux >= _sentences[s].FirstToken && _r.ClassOf(aux) == WordClass.Auxiliary
            && _r.IsPunct(sLast, '?');
    }

    // "results", "figures", "experts": a plural noun agrees with a base-form verb after it ("The results show …").
    private bool LooksPlural(int token)
    {
        var t = _r.Text(token);
        return t.Length > 3 && t[^1] == 's' && t[^2] != 's' && t[^2] != 'u' && t[^2] != 'i';
    }

    private int LeftLimit(int cueFirst, int sentenceFirst)
    {
        int k = cueFirst - 1;
        int stop = Math.Max(sentenceFirst, cueFirst - MaxLookBack);
        while (k >= stop && !_quotes.IsQuoted(k))
        {
            k--;
        }

        return k + 1;
    }

    private bool AfterHave(int c0, int sFirst)
    {
        int k = c0 - 1;
        while (k >= sFirst && _r.ClassOf(k) == WordClass.Adverb)
        {
            k--;
        }

        return k >= sFirst && (_r.Is(k, "has") || _r.Is(k, "have") || _r.Is(k, "had") || _r.Is(k, "having") || _r.Is(k, "'ve") || _r.Is(k, "’ve"));
    }

    private bool IsPassive(int c0, int sFirst)
    {
        int k = c0 - 1;
        while (k >= sFirst && _r.ClassOf(k) == WordClass.Adverb)
        {
            k--;
        }

        return k >= sFirst && (_r.Is(k, "was") || _r.Is(k, "were") || _r.Is(k, "is") || _r.Is(k, "are") || _r.Is(k, "been") || _r.Is(k, "being") || _r.Is(k, "be"));
    }

    // ---- "According to S, CLAUSE" and "CLAUSE, according to S" ----
    private void AccordingTo(CueHit cue, int s, int sFirst, int sLast)
    {
        if (MentionFinder.PhraseStartingAt(_r, cue.End, sLast + 1, allowObjectPronoun: true) is not { } source)
        {
            return;
        }

        int boundary = cue.First - 1;
        bool closesSentence = MentionFinder.PhraseStartingAt(_r, source.LastToken + 2, sLast + 1, allowObjectPronoun: false) is { } appositive
            && _r.IsPunct(source.LastToken + 1, ',') && appositive.LastToken >= sLast - 1 || source.LastToken >= sLast - 1;
        if (closesSentence && boundary >= sFirst && _r.IsPunct(boundary, ',') && LeftContent(boundary, sFirst) is { } before)
        {
            Add(cue, s, source, null, before, 0.8, carriedFrom: -1); // "CLAUSE, according to S[, appositive]."
            return;
        }

        if (source.LastToken >= sLast - 1 && boundary >= sFirst && _r.IsWord(boundary) && !IsClauseOpening(cue.First, sFirst)
            && !_quotes.IsQuoted(boundary) && LeftContent(boundary, sFirst) is { } unpunctuatedBefore && unpunctuatedBefore.LastToken - unpunctuatedBefore.FirstToken >= 3)
        {
            Add(cue, s, source, null, unpunctuatedBefore, 0.75, carriedFrom: -1); // "CLAUSE according to S."
            return;
        }

        // After a comma, "according to S, X" reads forward only when X is a clause ("In the north, according to
        // officials, roads remain closed"); "CLAUSE, according to S, curator of …" closes with an appositive.
        bool midSentence = cue.First > sFirst && _r.IsPunct(cue.First - 1, ',');
        if (IsClauseOpening(cue.First, sFirst))
        {
            // "According to S[, appositive / to X …], CLAUSE": the content follows the first comma after the source.
            for (int k = source.LastToken + 1; k <= sLast && k - source.LastToken < 25; k++)
            {
                if (_quotes.IsQuoted(k) || IsCueAt(k))
                {
                    break;
                }

                if (_r.IsPunct(k, ','))
                {
                    if (midSentence && !IsClauseStart(k + 1, sLast, clausalVerb: false))
                    {
                        break;
                    }

                    if (k - source.LastToken <= 12 && Content(k + 1, forceMixedOnQuote: false) is { } forward)
                    {
                        Add(cue, s, source, null, forward, 0.85, carriedFrom: -1);

                        return;
                    }

                    break;
                }
            }

            // "According to the ministry over 300 people died": no comma after the source.
            if (!_r.IsPunct(source.LastToken + 1, ',') && Content(source.LastToken + 1, forceMixedOnQuote: false) is { } unpunctuated && unpunctuated.LastToken - unpunctuated.FirstToken >= 3)
            {
                Add(cue, s, source, null, unpunctuated, 0.75, carriedFrom: -1);
                return;
            }
        }

        if (boundary >= sFirst && (_r.IsPunct(boundary, ',') || _r.IsPunct(boundary, '(')) && LeftContent(boundary, sFirst) is { } backward)
        {
            Add(cue, s, source, null, backward, 0.8, carriedFrom: -1);
        }
    }

    private bool IsClauseOpening(int token, int sFirst)
    {
        if (token == sFirst)
        {
            return true;
        }

        int k = token - 1;
        return _r.IsPunct(k, ',') || _r.ClassOf(k) is WordClass.Subordinator or WordClass.Coordinator || (_r.Is(k, "that") && !_quotes.IsQuoted(k));
    }

    // ---- Participial cues: "Speaking to X, S V …", "…, adding that …", "…, tweeting, “Q”", "was quoted as saying" ----
    private void Participial(CueHit cue, int s, int sFirst, int sLast, int leftLimit)
    {
        int c0 = cue.First;
        int prev = c0 - 1;
        if (_r.Is(prev, "as") && _r.Is(prev - 1, "quoted") && prev - 1 >= sFirst)
        {
            int quoted = prev - 1;
            var speaker = IsPassive(quoted, sFirst)
                ? MentionFinder.SubjectBefore(_r, quoted, leftLimit)
                : MentionFinder.PhraseStartingAt(_r, quoted + 1, prev, allowObjectPronoun: true);
            if (speaker is { } sp)
            {
                Forward(cue, s, sLast, sp, -1, null, 0.85);
            }

            return;
        }

        if (c0 == sFirst || (prev >= sFirst && _r.ClassOf(prev) is WordClass.Subordinator && prev == sFirst))
        {
            // "Speaking to Reuters, Guterres accused …": an addressee for the clause, not a statement.
            if ((_r.Is(cue.End, "to") || _r.Is(cue.End, "with")) && MentionFinder.PhraseStartingAt(_r, cue.End + 1, sLast + 1, allowObjectPronoun: true) is { } listener
                && _r.IsPunct(listener.LastToken + 1, ','))
            {
                _introAddressee[s] = listener;
            }

            return;
        }

        bool afterComma = prev >= sFirst && (_r.IsPunct(prev, ',') || IsClosingMark(prev) || _r.IsPunct(prev, '—') || _r.Tokens[prev].Kind == TokenKind.Dash);
        bool afterConjunction = prev >= sFirst && (_r.Is(prev, "and") || _r.Is(prev, "before") || _r.Is(prev, "after") || _r.Is(prev, "while") || _r.Is(prev, "by"));
        if (_r.ClassOf(prev) == WordClass.Auxiliary && prev >= sFirst)
        {
            // progressive: "he is saying", "officials were warning"
            if (MentionFinder.SubjectBefore(_r, c0, leftLimit) is { } subject)
            {
                Forward(cue, s, sLast, subject, -1, null, 0.8);
            }

            return;
        }

        if (!afterComma && !afterConjunction)
        {
            if (_r.IsWord(prev) && prev >= sFirst && (_r.IsNoun(prev) || _r.IsCapitalized(prev)) && MentionFinder.PhraseEndingAt(_r, prev, leftLimit) is { } writer)
            {
                // "with one poster writing …", "a message stating …"
                Forward(cue, s, sLast, writer, -1, null, 0.7);
            }

            return;
        }

        // The same speaker as a statement already framed in this sentence, else the main clause's subject.
        if (CarriedSpeaker(s, c0) is int source)
        {
            var earlier = Candidates[source];
            Forward(cue, s, sLast, earlier.Speaker!.Value, source, earlier.AddresseeMention, 0.8);
            return;
        }

        if (MentionFinder.ClauseSubject(_r, sFirst, c0) is { } clauseSubject)
        {
            Forward(cue, s, sLast, clauseSubject, -1, null, 0.8);
        }
    }

    /// <summary>The latest candidate framed in sentence <paramref name="s"/> before token <paramref name="before"/> that has a speaker.</summary>
    private int? CarriedSpeaker(int s, int before)
    {
        for (int i = Candidates.Count - 1; i >= 0; i--)
        {
            var earlier = Candidates[i];
            if (earlier.Sentence != s && earlier.LastSentence < s)
            {
                break;
            }

            if (earlier.Speaker is not null && earlier.Draft.Content.End <= _r.Tokens[before].Span.Start)
            {
                return i;
            }
        }

        return null;
    }

    private bool IsClosingMark(int token)
    {
        int piece = _quotes.PieceOf(token);
        return piece >= 0 && _quotes.Pieces[piece].LastToken == token && _quotes.Pieces[piece].Closed;
    }

    // ---- Postposed frames: "Q, S V [addressee] [time]." and "Q, V S[, appositive]." and "CLAUSE, S V." ----
    private bool Postposed(CueHit cue, int s, int sFirst, int sLast, int leftLimit)
    {
        int c0 = cue.First;
        int before = c0 - 1;
        if (before < 0)
        {
            return false;
        }

        Mention? speaker = null;
        int boundary;
        int tailStart;
        bool inverted = before >= leftLimit - 1 && (_r.IsPunct(before, ',') || IsClosingMark(before));
        if (inverted && MentionFinder.PhraseStartingAt(_r, cue.End, sLast + 1, allowObjectPronoun: false) is { } inv && !IsCueAt(inv.LastToken + 1))
        {
            speaker = inv;
            boundary = before;
            tailStart = inv.LastToken + 1;
        }
        else if (MentionFinder.SubjectBefore(_r, c0, Math.Max(leftLimit, sFirst)) is { } subject
            && subject.FirstToken - 1 >= 0 && (_r.IsPunct(subject.FirstToken - 1, ',') || IsClosingMark(subject.FirstToken - 1)))
        {
            speaker = subject;
            boundary = subject.FirstToken - 1;
            tailStart = cue.End;
        }
        else if (IsClosingMark(before) && MentionFinder.PhraseStartingAt(_r, cue.End, sLast + 1, allowObjectPronoun: false) is { } inv2)
        {
            speaker = inv2;
            boundary = before;
            tailStart = inv2.LastToken + 1;
        }
        else
        {
            return false;
        }

        // "“Q.” Smith said." may be split after the quote; the frame then reaches back into the previous
        // sentence, but only inside the paragraph and only when the frame closes its own sentence
        // ("“Q.” ¶ Smith said the team …" and "“Q.” Smith said the team …" open a new statement).
        bool acrossSentences = boundary < sFirst;
        if (acrossSentences && (boundary < 0 || _sentences[_sentenceOf[boundary]].Paragraph != _sentences[s].Paragraph))
        {
            return false;
        }

        Mention? addressee = null;
        if (speaker.Value.FirstToken < c0 && cue.Entry.TakesAddressee && MentionFinder.PhraseStartingAt(_r, cue.End, sLast + 1, allowObjectPronoun: true) is { } told)
        {
            addressee = told;
            tailStart = told.LastToken + 1;
        }

        if (LeftContent(boundary, sFirst) is not { } content)
        {
            return false;
        }

        if (acrossSentences && content.Kind != StatementKind.Direct)
        {
            return false; // "He said, “Q.” She explained …": only a quote standing alone reaches forward to the next sentence's frame
        }

        int interruption = Tail(tailStart, sLast, allowAppositive: speaker.Value.FirstToken > c0, ref addressee);
        double tailPenalty = 0;
        if (interruption == TailRejected)
        {
            // “Q,” S V … is a strong frame whatever follows it (“…,” said Bolden to the crowd, which …);
            // a reported clause before "S V" needs the frame to close the sentence.
            if (content.Kind == StatementKind.Indirect)
            {
                return false;
            }

            if (acrossSentences)
            {
                // "“Q.” Smith said the team …": the quote goes to the speaker of the next sentence, whose own
                // statement follows the cue (the forward frame is matched too).
                Add(cue, s, speaker, addressee, content, 0.6, carriedFrom: -1);
                return false;
            }

            tailPenalty = 0.15;
            interruption = TailAccepted;
        }

        if (interruption >= 0 && content.Kind == StatementKind.Indirect)
        {
            return false; // "In a statement, the governor said, “Q”": an introductory phrase, then a forward frame
        }

        if (cue.Entry.Class == CueClass.Manner && content.Kind == StatementKind.Indirect)
        {
            return false;
        }

        if (cue.Entry.Class == CueClass.Belief && content.Kind == StatementKind.Direct && cue.Entry.Form != VerbForm.Base)
        {
            // "“…,” he thought" is rare in news; keep it, but as a belief.
        }

        double confidence = (content.Kind == StatementKind.Indirect ? 0.7 : 0.95) - tailPenalty;
        if (interruption >= 0)
        {
            var second = _quotes.Pieces[interruption];
            var first = content.Content;
            content = content with
            {
                Content = new TextSpan(first.Start, second.Span.End),
                Fragments = [first, second.Span],
                LastToken = second.LastToken,
            };
        }

        if (_introAddressee.TryGetValue(s, out var intro) && addressee is null)
        {
            addressee = intro;
        }

        Add(cue, s, speaker, addressee, content, confidence, carriedFrom: -1);
        return true;
    }

    private const int TailRejected = -2;
    private const int TailAccepted = -1;

    /// <summary>
    /// Checks that a postposed frame runs to the sentence end with only frame material (addressee,
    /// prepositional phrases, time, adverbs, an appositive); returns the piece index of an interrupted
    /// quotation's second part (<c>“Q1,” he said, “Q2”</c>), <see cref="TailAccepted"/> or <see cref="TailRejected"/>.
    /// </summary>
    private int Tail(int start, int sLast, bool allowAppositive, ref Mention? addressee)
    {
        int k = start;
        int steps = 0;
        while (k <= sLast && steps++ < MaxTailTokens)
        {
            if (k == sLast && _r.Tokens[k].Kind == TokenKind.Punctuation && (_r.IsPunct(k, '.') || _r.IsPunct(k, '!') || _r.IsPunct(k, '?') || _r.Text(k)[0] == '…'))
            {
                return TailAccepted;
            }

            int piece = _quotes.PieceOf(k);
            if (piece >= 0)
            {
                return _quotes.Pieces[piece].FirstToken == k && _r.IsPunct(k - 1, ',') ? piece : TailRejected;
            }

            if (_r.IsPunct(k, ',') || _r.IsPunct(k, ':'))
            {
                int next = k + 1;
                if (_quotes.PieceOf(next) is int p and >= 0 && _quotes.Pieces[p].FirstToken == next)
                {
                    return _r.IsPunct(k, ',') ? p : TailRejected;
                }

                if (IsCueAt(next) || ClauseBreaks.IsAdjunctStarter(_r, next) || next > sLast)
                {
                    return TailAccepted;
                }

                if (allowAppositive && MentionFinder.PhraseStartingAt(_r, next, sLast + 1, allowObjectPronoun: false) is { } appositive)
                {
                    k = appositive.LastToken + 1;
                    continue;
                }

                return TailAccepted; // a trailing adjunct clause after the frame ("…, he said, as he left")
            }

            if (!_r.IsWord(k) && _r.Tokens[k].Kind != TokenKind.Number)
            {
                return k == sLast ? TailAccepted : TailRejected;
            }

            var cls = _r.ClassOf(k);
            if (cls is WordClass.NounPreposition or WordClass.Preposition)
            {
                var np = MentionFinder.PhraseStartingAt(_r, k + 1, sLast + 1, allowObjectPronoun: true);
                if (np is null)
                {
                    k++;
                    continue;
                }

                if (addressee is null && (_r.Is(k, "to") || (_r.Is(k, "with") && _r.Is(k - 1, "interview"))))
                {
                    addressee = np;
                }

                k = np.Value.LastToken + 1;
                continue;
            }

            if (cls == WordClass.Adverb || MentionFinder.IsTimeWord(_r, k) || _r.Tokens[k].Kind == TokenKind.Number
                || (_r.IsLowerWord(k) && _r.Text(k).EndsWith("ly", StringComparison.Ordinal))
                || (_r.IsLowerWord(k) && _r.Text(k).EndsWith("ed", StringComparison.Ordinal) && !IsCueAt(k) && _r.ClassOf(k + 1) is WordClass.NounPreposition or WordClass.Preposition))
            {
                k++; // "on Thursday", "later", "in an interview published on Thursday"
                continue;
            }

            return TailRejected;
        }

        return k > sLast ? TailAccepted : TailRejected;
    }

    private bool IsCueAt(int token) =>
        _r.IsWord(token) && (_r.Lexicons.TryGetCue(_r.Text(token), out _) || _r.Lexicons.TryGetPhrasalCues(_r.Text(token), out _));

    /// <summary>The content before a postposed frame whose first token follows <paramref name="boundary"/> (a comma or a closing mark).</summary>
    private ContentMatch? LeftContent(int boundary, int sFirst)
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
            int pieceSentenceFirst = _sentences[pieceSentence].FirstToken;
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

    private bool PreviousSentenceEnds(int token)
    {
        int k = token - 1;
        return k >= 0 && (_r.IsPunct(k, '.') || _r.IsPunct(k, '?') || _r.IsPunct(k, '!')) || (k >= 0 && _sentenceOf[k] != _sentenceOf[token]);
    }

    // Content before a postposed frame starts at the sentence start, or after an earlier statement in the same sentence.
    private int FirstUnclaimedToken(int sentenceFirst, int end)
    {
        int first = sentenceFirst;
        for (int i = Candidates.Count - 1; i >= 0; i--)
        {
            var c = Candidates[i];
            if (c.LastToken < sentenceFirst)
            {
                break;
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

    // ---- Forward frames: "S V [addressee] [adjuncts] [,:] Q", "S V (that) CLAUSE", "S accused X of “…”" ----
    private void Forward(CueHit cue, int s, int sLast, Mention speaker, int carriedFrom, Mention? addressee, double confidenceBase)
    {
        var e = cue.Entry;
        int p = cue.End;
        if (e.TakesAddressee && addressee is null && MentionFinder.PhraseStartingAt(_r, p, sLast + 1, allowObjectPronoun: true) is { } told && !IsCueAt(told.LastToken + 1))
        {
            addressee = told;
            p = told.LastToken + 1;
        }
        else if (e.TakesAddressee && carriedFrom >= 0 && MentionFinder.PhraseStartingAt(_r, p, sLast + 1, allowObjectPronoun: true) is { } toldAgain)
        {
            p = toldAgain.LastToken + 1;
        }

        p = SkipAdjuncts(p, sLast, ref addressee);
        if (p > cue.End && _r.IsPunct(p, ',') && CommaOpensClause(p + 1, sLast, e.Clausal))
        {
            p++; // "said on Monday, the budget …", "told reporters, the plan …", "estimated by 2050, demand …"
        }
        else if (p > cue.End && _r.IsPunct(p, ',') && _r.Is(p + 1, "that") && !_quotes.IsQuoted(p + 1))
        {
            p++; // "said, in a statement, that …", "explains, in a satirical fashion, that …": the adjunct closes with a comma
        }

        ContentMatch? content = null;
        double confidence = confidenceBase;
        if (e.NeedsQuote || (e.IsPhrasal && e.Lemma.StartsWith("call", StringComparison.Ordinal)))
        {
            content = Content(cue.End, forceMixedOnQuote: true);
            if (e.NeedsQuote && content is { } c && c.Kind == StatementKind.Indirect && !ContainsThat(c))
            {
                return;
            }
        }
        else if ((_r.IsPunct(p, ',') || _r.IsPunct(p, ':')) && _quotes.PieceOf(p + 1) is int piece and >= 0 && _quotes.Pieces[piece].FirstToken == p + 1)
        {
            content = QuoteContent(piece);
            confidence = confidenceBase + 0.08;
        }
        else if (_quotes.PieceOf(p) is int direct and >= 0 && _quotes.Pieces[direct].FirstToken == p)
        {
            content = QuoteContent(direct);
            confidence = confidenceBase + 0.05;
        }
        else if (_r.IsPunct(p, ':'))
        {
            content = Content(p + 1, forceMixedOnQuote: false);
        }
        else if (_r.Is(p, "that") && !_quotes.IsQuoted(p))
        {
            content = Content(IsDemonstrativeThat(p) ? p : p + 1, forceMixedOnQuote: true);
        }
        else if (e.Class == CueClass.Manner)
        {
            return;
        }
        else if (IsClauseStart(p, sLast, e.Clausal))
        {
            content = Content(p, forceMixedOnQuote: false);
            confidence = confidenceBase - 0.1;
        }

        if (content is not { } found)
        {
            return;
        }

        if (_introAddressee.TryGetValue(s, out var intro) && addressee is null)
        {
            addressee = intro;
        }

        if (speaker.Kind == MentionKind.Pronoun && _r.TagsOf(speaker.FirstToken).HasFlag(WordTags.FirstPersonPronoun))
        {
            confidence -= 0.3; // I/we outside quotes speak only in interviews and first-person pieces
        }

        Add(cue, s, speaker, addressee, found, confidence, carriedFrom);
    }

    private static bool ContainsThat(ContentMatch c) => c.ThatClause;

    /// <summary>After "V [adjuncts]," a reported clause (not a relative clause, a new cue or an adjunct).</summary>
    private bool CommaOpensClause(int next, int sLast, bool clausalVerb) =>
        next <= sLast && !_quotes.IsQuoted(next) && !IsCueAt(next) && !ClauseBreaks.IsAdjunctStarter(_r, next)
        && (_r.TagsOf(next) & WordTags.RelativePronoun) == 0 && !IsWhWord(next) && !_r.Is(next, "that")
        && IsClauseStart(next, sLast, clausalVerb);

    private int SkipAdjuncts(int p, int sLast, ref Mention? addressee)
    {
        for (int round = 0; round < 4 && p <= sLast; round++)
        {
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

            if (_r.ClassOf(p) == WordClass.Adverb || (_r.IsLowerWord(p) && _r.Text(p).EndsWith("ly", StringComparison.Ordinal) && !_r.IsNoun(p)))
            {
                p++;
                continue;
            }

            if ((MentionFinder.IsTimeWord(_r, p) && !_r.Is(p, "may")) || (_r.Tokens[p].Kind == TokenKind.Number && p > 0 && _r.ClassOf(p - 1) is WordClass.NounPreposition or WordClass.Preposition))
            {
                // "on Thursday", "last week", "by 2050"
                p++;
                while (p <= sLast && (MentionFinder.IsTimeWord(_r, p) || _r.Tokens[p].Kind == TokenKind.Number))
                {
                    p++;
                }

                continue;
            }

            if (_r.ClassOf(p) is WordClass.NounPreposition or WordClass.Preposition && !_quotes.IsQuoted(p))
            {
                var np = MentionFinder.PhraseStartingAt(_r, p + 1, sLast + 1, allowObjectPronoun: true);
                if (np is null)
                {
                    if (MentionFinder.IsTimeWord(_r, p + 1) || p + 1 <= sLast && _r.Tokens[p + 1].Kind == TokenKind.Number && !_quotes.IsQuoted(p + 1))
                    {
                        p++; // "on Friday", "in March": the time words are skipped next round
                        continue;
                    }

                    break;
                }

                int after = np.Value.LastToken + 1;
                // only an adjunct if what follows is the complement (that, a quote, a comma, a colon)
                bool complementFollows = _r.Is(after, "that") || _r.IsPunct(after, ',') || _r.IsPunct(after, ':') || _quotes.IsQuoted(after)
                    || _r.ClassOf(after) is WordClass.NounPreposition or WordClass.Preposition || MentionFinder.IsTimeWord(_r, after);
                if (!complementFollows)
                {
                    break;
                }

                if (addressee is null && (_r.Is(p, "to") || (_r.Is(p, "with") && _r.Is(p - 1, "interview"))))
                {
                    addressee = np;
                }

                p = after;
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

    // Sentence adverbs that writers set off with commas inside a frame ("said, however, that …").
    private static readonly string[] ParentheticalAdverbs =
    [
        "however", "though", "too", "therefore", "moreover", "meanwhile", "nonetheless", "nevertheless", "instead", "furthermore", "again",
    ];

    private bool IsParentheticalAdverb(int k)
    {
        if (!_r.IsLowerWord(k))
        {
            return false;
        }

        if (_r.ClassOf(k) == WordClass.Adverb || (_r.Text(k).EndsWith("ly", StringComparison.Ordinal) && !_r.IsNoun(k)))
        {
            return true;
        }

        foreach (var w in ParentheticalAdverbs)
        {
            if (_r.Is(k, w))
            {
                return true;
            }
        }

        return false;
    }

    // Irregular past forms that are rarely nouns or adjectives.
    private static readonly string[] IrregularPasts =
    [
        "went", "came", "took", "gave", "made", "found", "lost", "won", "began", "became", "knew", "saw", "got", "held", "kept",
        "paid", "sent", "spent", "brought", "bought", "fell", "felt", "met", "ran", "rose", "sold", "stood", "struck", "wrote", "left",
    ];

    private bool IsIrregularPast(int k)
    {
        foreach (var w in IrregularPasts)
        {
            if (_r.Is(k, w) && _r.IsLowerWord(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsClauseStart(int p, int sLast, bool clausalVerb)
    {
        if (p > sLast || _quotes.IsQuoted(p) && _quotes.Pieces[_quotes.PieceOf(p)].FirstToken != p)
        {
            return false;
        }

        if (_r.Tokens[p].Kind == TokenKind.Number || _r.IsQuoteMark(p))
        {
            return true;
        }

        if (!_r.IsWord(p))
        {
            return false;
        }

        var cls = _r.ClassOf(p);
        if (cls is WordClass.Preposition or WordClass.NounPreposition or WordClass.Auxiliary or WordClass.ObjectPronoun)
        {
            return false;
        }

        if (_r.Is(p, "so") || _r.Is(p, "no") || _r.Is(p, "yes") || _r.Is(p, "goodbye") || _r.Is(p, "hello") || _r.Is(p, "sorry"))
        {
            return false;
        }

        // A clause needs a few words before the sentence ends ("said it was true", not "said nothing.").
        if (sLast - p < 2)
        {
            return false;
        }

        if (clausalVerb || _r.IsPronoun(p) || _r.Is(p, "there") || _r.ClassOf(p) == WordClass.Subordinator && !_r.Is(p, "so") || IsWhWord(p))
        {
            return true;
        }

        // An auxiliary or a past form within the next few words makes a clause ("fishermen first noticed …").
        for (int k = p + 1; k <= sLast && k - p < 8 && !_quotes.IsQuoted(k) && !_r.IsPunct(k, ','); k++)
        {
            if ((_r.TagsOf(k) & WordTags.RelativePronoun) != 0 || _r.ClassOf(k) == WordClass.Coordinator)
            {
                break; // "conceded a penalty which the referee awarded": that verb belongs to a relative clause
            }

            if (_r.ClassOf(k) == WordClass.Auxiliary || (_r.IsLowerWord(k) && _r.Text(k).EndsWith("ed", StringComparison.Ordinal) && !_r.IsNoun(k))
                || (k == p + 1 && _r.IsCapitalized(p) && IsIrregularPast(k)))
            {
                return true; // "stated Montalvo left …": a name straight before an irregular past
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
        for (int pp = 0; pp < 2 && verb < sLast && _r.ClassOf(verb) is WordClass.NounPreposition or WordClass.Preposition && !_quotes.IsQuoted(verb + 1); pp++)
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
            else
            {
                return false;
            }
        }

        while (verb <= sLast && _r.ClassOf(verb) == WordClass.Adverb)
        {
            verb++;
        }

        return verb <= sLast && _r.IsLowerWord(verb) && _r.ClassOf(verb) is WordClass.None or WordClass.Auxiliary && !MentionFinder.IsTimeWord(_r, verb)
            && (_r.TagsOf(verb) & WordTags.RelativePronoun) == 0 && !_r.IsPronoun(verb) && !_r.Text(verb).EndsWith("ing", StringComparison.Ordinal)
            || _r.ClassOf(verb) == WordClass.Auxiliary;
    }

    private bool IsWhWord(int p) => _r.Is(p, "whether") || _r.Is(p, "if") || _r.Is(p, "how") || _r.Is(p, "why") || _r.Is(p, "what") || _r.Is(p, "where") || _r.Is(p, "when") || _r.Is(p, "who");

    private ContentMatch QuoteContent(int piece)
    {
        var p = _quotes.Pieces[piece];
        return new ContentMatch(StatementKind.Direct, p.Span, null, p.FirstToken, p.LastToken);
    }

    /// <summary>Reported content from <paramref name="start"/> to the end of its clause (a quotation inside it is followed to its end).</summary>
    private ContentMatch? Content(int start, bool forceMixedOnQuote)
    {
        if (!_r.InRange(start))
        {
            return null;
        }

        int s = _sentenceOf[start];
        int sLast = _sentences[s].EndToken - 1;
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
                sLast = Math.Max(sLast, _sentences[_sentenceOf[last]].EndToken - 1);
                if (k <= sLast && _sentenceOf[k] != _sentenceOf[last])
                {
                    break;
                }

                continue;
            }

            if (_r.IsPunct(k, ';'))
            {
                break;
            }

            if (k > start && _r.ClassOf(k) == WordClass.Coordinator && IsCueAt(k + 1) && _r.Lexicons.TryGetCue(_r.Text(k + 1), out var next)
                && next.Form is VerbForm.Base or VerbForm.ThirdPerson or VerbForm.Past && !_r.IsCapitalized(k + 1))
            {
                break; // "… and claim she has …": a second statement with the same subject
            }

            if (_r.IsPunct(k, ',') || _r.Tokens[k].Kind == TokenKind.Dash)
            {
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

        var match = Trimmed(start, last, forceMixedOnQuote);
        return match;
    }

    private bool BreaksAfterComma(int next, int sLast)
    {
        if (next > sLast)
        {
            return true;
        }

        if (ClauseBreaks.IsAdjunctStarter(_r, next))
        {
            return true;
        }

        if (IsCueAt(next) && _r.Lexicons.TryGetCue(_r.Text(next), out var cue) && cue.Form == VerbForm.Gerund)
        {
            return true; // "…, adding that …": a new statement
        }

        // "…, he said." / "…, the ministry said on Thursday." — a postposed frame closes the content.
        for (int k = next; k <= sLast && k - next < 8; k++)
        {
            if (IsCueAt(k) && k > next)
            {
                return MentionFinder.SubjectBefore(_r, k, next) is { } subject && subject.FirstToken == next && !IsPassive(k, next)
                    && (k + 1 > sLast || _r.IsPunct(k + 1, ',') || _r.IsPunct(k + 1, '.') || _r.ClassOf(k + 1) is WordClass.NounPreposition or WordClass.Preposition || MentionFinder.IsTimeWord(_r, k + 1) || k + 2 > sLast);
            }

            if (_r.IsPunct(k, ',') || _quotes.IsQuoted(k))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>"said that was wrong", "I mean that's the point": a "that" right before an auxiliary is the clause's subject, not a complementizer.</summary>
    private bool IsDemonstrativeThat(int k) => _r.Is(k, "that") && _r.ClassOf(k + 1) == WordClass.Auxiliary && !_quotes.IsQuoted(k + 1);

    private ContentMatch? Trimmed(int first, int last, bool forceMixedOnQuote)
    {
        bool that = false;
        while (first <= last && !_quotes.IsQuoted(first) && ((_r.Is(first, "that") && !IsDemonstrativeThat(first)) || _r.IsPunct(first, ',') || _r.IsPunct(first, ':')))
        {
            that |= _r.Is(first, "that");
            first++;
        }

        while (last >= first && !_quotes.IsQuoted(last) && _r.Tokens[last].Kind is TokenKind.Punctuation or TokenKind.Dash
            && !_r.IsPunct(last, '?') && !_r.IsPunct(last, '!') && !_r.IsPunct(last, ')'))
        {
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

    private void Add(CueHit cue, int s, Mention? speaker, Mention? addressee, ContentMatch content, double confidence, int carriedFrom)
    {
        var cueSpan = _r.SpanOf(cue.First, cue.Last);
        var pieces = content.Fragments ?? [content.Content];
        if (pieces.Exists(f => f.OverlapsWith(cueSpan) || (speaker is { } sp && f.OverlapsWith(sp.Span))))
        {
            return;
        }

        if (addressee is { } a && (pieces.Exists(f => f.OverlapsWith(a.Span)) || speaker is { } s3 && s3.Span.OverlapsWith(a.Span)))
        {
            addressee = null;
        }

        bool unclosed = false;
        for (int k = content.FirstToken; k <= content.LastToken; k++)
        {
            int piece = _quotes.PieceOf(k);
            if (piece >= 0)
            {
                unclosed |= !_quotes.Pieces[piece].Closed;
                k = _quotes.Pieces[piece].LastToken;
            }
        }

        var draft = new StatementDraft
        {
            Kind = content.Kind,
            Content = content.Content,
            Fragments = content.Fragments,
            Cue = cueSpan,
            CueLemma = cue.Entry.Lemma,
            Speaker = speaker?.Span,
            SpeakerKind = speaker?.Kind ?? MentionKind.Nominal,
            Addressee = addressee?.Span,
            FrameSentence = s,
            IsSpeech = cue.Entry.Class != CueClass.Belief,
            Confidence = Math.Clamp(confidence - (unclosed ? 0.15 : 0), 0.05, 0.99),
        };
        int lastToken = Math.Max(content.LastToken, Math.Max(cue.Last, speaker?.LastToken ?? 0));
        Candidates.Add(new Candidate(draft, speaker, addressee, carriedFrom, s, _sentenceOf[lastToken], lastToken));
    }
}

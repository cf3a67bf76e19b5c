using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution.Entities;

/// <summary>
/// Resolves the speaker and addressee mentions of one document, in document order, against the names
/// found before each: a name to its referent, a pronoun to the nearest compatible referent (preferring
/// the current speaker and subjects), a nominal to the referent its head noun describes. Look-backs
/// are bounded, so the whole walk is linear.
/// </summary>
internal sealed partial class MentionResolver
{
    /// <summary>How many sentences back a pronoun looks for its antecedent.</summary>
    private const int PronounSentenceWindow = 3;

    /// <summary>How many recent mentions a pronoun considers at most.</summary>
    private const int PronounCandidateLimit = 40;

    /// <summary>How many sentences after a description a later name may follow and still name it.</summary>
    private const int LaterNameSentenceWindow = 3;

    /// <summary>How many words of an appositive are searched for a description's head noun.</summary>
    private const int AppositiveWordLimit = 8;

    /// <summary>How many sentences open a document: the headline and lead, where an interview names its guest.</summary>
    private const int OpeningSentences = 6;

    private readonly DocumentPositions _positions;
    private readonly Document _document;
    private readonly EntityLexicon _lexicon;
    private readonly TokenReader _reader;
    private readonly PooledList<NameMention> _names;
    private readonly ReferentRegistry _registry;
    private readonly List<RecentMention> _recent;
    private readonly List<UnnamedPerson> _unnamed;
    private readonly List<DescribedSubject> _describedSubjects;
    private readonly NamePool _pool;
    private int _nextName;
    private int _nextDescribedSubject;
    private Referent? _currentSpeaker;
    private int _currentSpeakerSentence = int.MinValue;
    private Referent? _protagonist;
    private int _protagonistNamedAt = int.MaxValue;
    private bool _protagonistKnown;

    /// <param name="positions">The document's position look-ups.</param>
    /// <param name="lexicon">The entity word lists.</param>
    /// <param name="reader">The document's token reader, for the word classes of the general lexicon (person nouns).</param>
    /// <param name="names">The document's names, in order (<see cref="NameScanner"/>).</param>
    /// <param name="pool">The document's name strings.</param>
    /// <param name="workspace">Where the registry and the recent and unnamed mentions live (cleared by the caller); this resolver alone uses it.</param>
    /// <param name="describedSubjects">The people described, not named, as sentence subjects (<see cref="DescribedSubject.Find"/>), in order.</param>
    public MentionResolver(DocumentPositions positions, EntityLexicon lexicon, TokenReader reader, PooledList<NameMention> names, NamePool pool, EntityWorkspace workspace, List<DescribedSubject> describedSubjects)
    {
        _reader = reader;
        _describedSubjects = describedSubjects;
        _pool = pool;
        _positions = positions;
        _document = positions.Document;
        _lexicon = lexicon;
        _names = names;
        _registry = workspace.Registry;
        _registry.Reset(lexicon, pool);
        _recent = workspace.Recent;
        _unnamed = workspace.Unnamed;
    }

    /// <summary>Whether the mention is <c>I</c>/<c>we</c>, which resolves only after the speakers around it (<see cref="ResolveFirstPerson"/>).</summary>
    public bool IsFirstPerson(MentionRequest request) =>
        request.EndToken - request.FirstToken == 1 && Pronouns.Classify(_document.TokenText(request.FirstToken)) == PronounClass.FirstPerson;

    /// <summary>
    /// Whether the mention is a <c>you</c> outside quotes in a question (<c>Do you think the peace process has a future?</c>):
    /// in an interview the interviewer asks the guest, so it resolves like an answer's <c>I</c> (<see cref="ResolveQuestionedYou"/>).
    /// </summary>
    public bool IsQuestionedYou(MentionRequest request)
    {
        if (request.EndToken - request.FirstToken != 1 || _positions.InQuote[request.FirstToken]
            || !_document.TokenText(request.FirstToken).Equals("you", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var sentence = _document.Sentences[request.Sentence];
        for (int t = sentence.EndToken - 1; t > request.FirstToken; t--)
        {
            var word = _document.TokenText(t);
            if (word.SequenceEqual("?"))
            {
                return true;
            }

            if (_document.Tokens[t].Kind != TokenKind.Punctuation && !_document.Tokens[t].IsQuote)
            {
                return false; // the sentence ends in a word or a full stop
            }
        }

        return false;
    }

    /// <summary>
    /// A questioned <c>you</c> (<see cref="IsQuestionedYou"/>): the person the piece is about, named before it, as for an
    /// answer's <c>I</c>; inside a statement (<paramref name="enclosingSpeaker"/> is not null) it is that speaker's
    /// addressee, no one the text names, and stays unresolved.
    /// </summary>
    public Referent? ResolveQuestionedYou(MentionRequest request, Referent? enclosingSpeaker) =>
        Record(request, enclosingSpeaker is null && Protagonist() is { } protagonist && _protagonistNamedAt < request.FirstToken ? protagonist : null);

    // A one-word pronoun, or a possessive standing for a speaker ("His claim that …": NominalCueRule's source).
    private PronounClass PronounOf(MentionRequest request)
    {
        var word = _document.TokenText(request.FirstToken);
        var pronoun = Pronouns.Classify(word);
        return pronoun == PronounClass.None && request.IsSpeaker ? Pronouns.ClassifyPossessor(word) : pronoun;
    }

    public Referent? Resolve(MentionRequest request)
    {
        ForgetMentionsBefore(request.Sentence - PronounSentenceWindow);
        RegisterNamesBefore(request.Span.End);
        string text = request.Span.Slice(_document.Text);
        Referent? referent;
        if (request.EndToken - request.FirstToken == 1 && PronounOf(request) is var pronoun and not PronounClass.None)
        {
            referent = ResolvePronoun(request, pronoun);
        }
        else
        {
            int headEnd = HeadEnd(request);
            referent = (IsCoordination(request, headEnd) ? null : NamedIn(request, headEnd)) ?? ResolveNominal(request, headEnd, text);
            AddAppositiveTitle(request, headEnd, referent);
        }

        return Record(request, referent);
    }

    /// <summary>
    /// <c>I</c> or <c>we</c>: inside a quote, the speaker of the statement whose content holds it
    /// (<paramref name="enclosingSpeaker"/>); outside quotes (an interview answer), the person the
    /// document is about (<see cref="Protagonist"/>) when it was named before the pronoun. An interview
    /// introduces its guest before the answers; an <c>I</c> in narration before anyone is named is the
    /// author, and binding it forward to the first person named later gave the author's words to a stranger.
    /// </summary>
    public Referent? ResolveFirstPerson(MentionRequest request, Referent? enclosingSpeaker)
    {
        var referent = enclosingSpeaker;
        if (referent is null && !_positions.InQuote[request.FirstToken] && Protagonist() is { } protagonist && _protagonistNamedAt < request.FirstToken)
        {
            referent = protagonist;
        }

        return Record(request, referent);
    }

    /// <summary>
    /// The first person the document names in full (an interview names its interviewee first), computed
    /// once. A photo credit (<c>Image: David Shankbone</c>) names the photographer, never the interviewee;
    /// a full name of unknown kind counts when it comes in the opening sentences (<c>Shimon Peres</c>
    /// under the headline), where an interview introduces its guest.
    /// </summary>
    private Referent? Protagonist()
    {
        if (_protagonistKnown)
        {
            return _protagonist;
        }

        RegisterNamesBefore(int.MaxValue);
        _protagonistKnown = true;
        if (InterviewedInOpening() is { } guest)
        {
            return _protagonist = guest; // "Wikinews spoke with William Evans, president of …": the guest, not a headline's first name
        }

        HashSet<Referent>? credited = null;
        foreach (var name in _names)
        {
            if (name.Referent is { } credit && IsPhotoCredit(name.FirstToken))
            {
                (credited ??= new HashSet<Referent>(ReferenceEqualityComparer.Instance)).Add(credit);
            }
        }

        foreach (var name in _names)
        {
            if (name.Referent is not { } candidate || candidate.NameWords < 2 || candidate.IsPlace || candidate.IsCountry || candidate.IsMedia
                || credited?.Contains(candidate) == true)
            {
                continue;
            }

            if (candidate.Kind == EntityKind.Person || (candidate.Kind is null && name.Sentence < OpeningSentences))
            {
                _protagonist = candidate;
                _protagonistNamedAt = name.FirstToken;
                break;
            }
        }

        return _protagonist;
    }

    /// <summary>
    /// The person the opening sentences say was interviewed (<c>spoke with William Evans</c>, <c>interviewed Tina
    /// McKenzie</c>; see <see cref="Frames.InterviewIntro"/>), as the name that mention holds; null when they name no one so.
    /// </summary>
    private Referent? InterviewedInOpening()
    {
        var sentences = _document.Sentences;
        if (sentences.Length == 0)
        {
            return null;
        }

        int end = sentences[Math.Min(sentences.Length, OpeningSentences) - 1].EndToken;
        var inQuote = _positions.InQuote;
        if (Frames.InterviewIntro.Read(_reader, t => inQuote[t], _document.SentenceOfToken, end).Interviewee is not { } interviewee)
        {
            return null;
        }

        foreach (var name in _names)
        {
            if (name.FirstToken >= interviewee.FirstToken && name.FirstToken <= interviewee.LastToken && name.Referent is { } referent && !referent.IsPlace)
            {
                _protagonistNamedAt = name.FirstToken;
                return referent;
            }
        }

        return null;
    }

    /// <summary>Whether the name follows <c>Image:</c>, <c>Photo:</c> or <c>Credit:</c> (a caption's credit).</summary>
    private bool IsPhotoCredit(int nameToken)
    {
        if (nameToken < 2 || !_document.TokenText(nameToken - 1).SequenceEqual(":"))
        {
            return false;
        }

        var marker = _document.TokenText(nameToken - 2);
        return marker.Equals("image", StringComparison.OrdinalIgnoreCase) || marker.Equals("photo", StringComparison.OrdinalIgnoreCase)
            || marker.Equals("photograph", StringComparison.OrdinalIgnoreCase) || marker.Equals("picture", StringComparison.OrdinalIgnoreCase)
            || marker.Equals("credit", StringComparison.OrdinalIgnoreCase);
    }

    private Referent? Record(MentionRequest request, Referent? referent)
    {
        if (referent is null)
        {
            return null;
        }

        if (referent.Kind is null && !(request.Kind == MentionKind.Name && IsUntypedName(referent)))
        {
            referent.Kind = request.Kind switch
            {
                MentionKind.Organization => EntityKind.Organization,
                MentionKind.Anonymous => EntityKind.Anonymous,
                _ => EntityKind.Person,
            };
        }

        referent.IsReferenced = true;
        _registry.Mentions.Add(referent, request.Span);
        _recent.Add(new RecentMention(request.FirstToken, request.Sentence, referent, request.IsSpeaker));
        if (request.IsSpeaker)
        {
            _currentSpeaker = referent;
            _currentSpeakerSentence = request.Sentence;
        }

        return referent;
    }

    /// <summary>Whether the head part joins two nouns with <c>and</c> (<c>George Bush and James Baker</c>): a group.</summary>
    private bool IsCoordination(MentionRequest request, int headEnd)
    {
        for (int t = request.FirstToken + 1; t < headEnd - 1; t++)
        {
            if (_document.TokenText(t).SequenceEqual("and"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Drops the recent mentions older than any pronoun still to come can reach (requests come in
    /// document order), in batches, so a long document keeps a short list instead of every name.
    /// </summary>
    private void ForgetMentionsBefore(int sentence)
    {
        const int Batch = 512;
        if (_recent.Count < 2 * Batch || _recent[Batch - 1].Sentence >= sentence)
        {
            return;
        }

        int stale = 0;
        while (stale < _recent.Count && _recent[stale].Sentence < sentence)
        {
            stale++;
        }

        if (stale >= Batch)
        {
            _recent.RemoveRange(0, stale);
        }
    }

    private void RegisterNamesBefore(int end)
    {
        while (_nextName < _names.Count && _names[_nextName].Span.Start < end)
        {
            RegisterDescribedSubjectsBefore(_names[_nextName].Span.Start);
            ref var name = ref _names.AsSpan()[_nextName++];
            var referent = _registry.Register(name);
            name.Referent = referent;
            if (name.Title is { } title)
            {
                referent.AddTitle(title);
            }

            if (name.Appositive is { } appositive)
            {
                referent.AddTitle(appositive);
            }

            if (!referent.IsPlace)
            {
                _recent.Add(new RecentMention(name.FirstToken, name.Sentence, referent, name.IsSubject));
            }
        }

        RegisterDescribedSubjectsBefore(end);
    }

    /// <summary>The end of the head part of a mention: before an appositive comma or a relative clause.</summary>
    private int HeadEnd(MentionRequest request)
    {
        for (int t = request.FirstToken + 1; t < request.EndToken; t++)
        {
            var word = _document.TokenText(t);
            if (word.SequenceEqual(",") || word.SequenceEqual("(") || _document.Tokens[t].Kind == TokenKind.Dash || FunctionWords.IsRelativeWord(word))
            {
                return t;
            }

            // "Rival airlines such as Ryanair", "Lawmakers including Senator Reyes": the examples are not the head.
            if (word.SequenceEqual("including") || (word.SequenceEqual("such") && t + 1 < request.EndToken && _document.TokenText(t + 1).SequenceEqual("as")))
            {
                return t;
            }
        }

        return request.EndToken;
    }

    /// <summary>
    /// The referent of the name that heads the mention: a name ending the head part (<c>Israel’s U.N.
    /// Ambassador Danny Danon</c>), not a name inside a complement (<c>a spokesman for Hamas</c>) or a
    /// modifier (<c>U.S. Jewish organizations</c>).
    /// </summary>
    private Referent? NamedIn(MentionRequest request, int headEnd)
    {
        if (PersonBeforeComplement(request, headEnd) is { } person)
        {
            return person;
        }

        int headLast = headEnd - 1;
        while (headLast > request.FirstToken && _document.Tokens[headLast].Kind is TokenKind.Apostrophe or TokenKind.Punctuation)
        {
            headLast--;
        }

        var headEndChar = _document.Tokens[headLast].Span.End;
        for (int i = _nextName - 1; i >= 0; i--)
        {
            var name = _names[i];
            if (name.Span.End <= request.Span.Start)
            {
                break;
            }

            // A business's name ends in its "'s" (Moody's), which the head found above leaves out.
            bool endsHead = (name.EndToken - 1 == headLast && name.Span.End <= headEndChar)
                || (headLast < headEnd - 1 && name.EndToken == headEnd && name.Span.End == _document.Tokens[headEnd - 1].Span.End);
            if (name.Span.Start >= request.Span.Start && endsHead && name.Referent is not null
                && (!HasNominalHeadBefore(request.FirstToken, name.FullSpan.Start) || ClosesRoleAndComplement(name)) && !IsCapitalisedCommonNoun(name))
            {
                return name.Referent;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="word"/> is the plural in <c>-s</c> of a word of class <paramref name="tags"/> (<c>documents</c>, <c>ministers</c>).</summary>
    private bool IsPluralOf(string word, NameTags tags) =>
        word.Length > 3 && word[^1] == 's' && _lexicon.Is(word.AsSpan(0, word.Length - 1), tags);

    /// <summary>
    /// A lone word capitalised only because it opens its sentence and that the lexicon knows as a common
    /// noun (<c>Doctors fear …</c>, <c>Investigators found …</c>, <c>Data suggest …</c>): a nominal, not a name.
    /// </summary>
    private bool IsCapitalisedCommonNoun(NameMention name)
    {
        if (name.EndToken - name.FirstToken != 1 || _positions.SentenceOf(name.FirstToken) is var s && _document.Sentences[s].FirstToken != name.FirstToken)
        {
            return false;
        }

        var word = _lexicon.LowerCase(_document.TokenText(name.FirstToken));
        return FunctionWords.IsPluralPersonNoun(word) || _lexicon.Is(word, NameTags.DocumentHead)
            || IsPluralOf(word, NameTags.DocumentHead | NameTags.Title);
    }

    /// <summary>
    /// A person named first with an organisation complement after (<c>Lydia Buchtmann for Food Standards
    /// Australia</c>, <c>Jane Doe of Acme Corp</c>, <c>John Smith at the university</c>): the mention is the
    /// person, not the body named last. Only a name that opens the mention and is a person's — a first name,
    /// title or honorific says so, or two or more words of unknown kind (<c>Tavita Oloapu of the Forum</c>:
    /// a body's own name holding <c>of</c> is one name) — followed right away by the preposition.
    /// </summary>
    private Referent? PersonBeforeComplement(MentionRequest request, int headEnd)
    {
        for (int i = _nextName - 1; i >= 0; i--)
        {
            var name = _names[i];
            if (name.Span.End <= request.Span.Start)
            {
                break;
            }

            bool person = name.Kind == EntityKind.Person || (name.Kind is null && name.EndToken - name.FirstToken >= 2);
            if (name.FullSpan.Start != request.Span.Start || name.EndToken >= headEnd - 1 || !person
                || name.IsPlace || name.IsCountry || name.Referent is null || name.Referent.Kind is EntityKind.Organization or EntityKind.Group)
            {
                continue;
            }

            var next = _document.TokenText(name.EndToken);
            if (next is "for" or "of" or "at" or "from" or "with")
            {
                return name.Referent;
            }
        }

        return null;
    }

    /// <summary>
    /// A person's name right after the complement of a role, with no preposition or article before it: <c>director of
    /// the Dallas chapter Alia Salem</c>, <c>CEO of the Refugee Council Enver Solomon</c> — the role describes the
    /// person (unlike <c>a spokesman for Hamas</c>, where the name is the complement).
    /// </summary>
    private bool ClosesRoleAndComplement(in NameMention name)
    {
        int before = _positions.FirstTokenAtOrAfter(name.FullSpan.Start) - 1;
        if (before < 0 || name.IsPlace || name.IsCountry || name.Kind is EntityKind.Organization)
        {
            return false;
        }

        var word = _document.TokenText(before);
        bool person = name.Kind == EntityKind.Person || name.EndToken - name.FirstToken >= 2;
        return person && _document.Tokens[before].Kind == TokenKind.Word && !FunctionWords.IsPreposition(word)
            && !FunctionWords.IsDefinite(word) && !FunctionWords.IsIndefinite(word) && !FunctionWords.IsQuantifier(word);
    }

    /// <summary>
    /// A plural noun capitalised only because it opens the sentence, with a preposition after it: <c>Republicans on</c> the
    /// House Financial Services Committee, <c>Members of</c> the panel — the people, not the body in the complement.
    /// </summary>
    private bool IsCapitalisedPluralHead(ReadOnlySpan<char> word, int t) =>
        word.Length > 3 && word[^1] == 's' && char.IsUpper(word[0])
        && _document.Sentences[_positions.SentenceOf(t)].FirstToken == t
        && t + 1 < _document.Tokens.Length && FunctionWords.IsPreposition(_document.TokenText(t + 1))
        && (_lexicon.Classify(word) & ~NameTags.Title) == NameTags.None;

    /// <summary>
    /// A capitalised head after the phrase's first word names one body, though plural in form: the <c>Centers</c> for
    /// Disease Control, the United <c>Nations</c>.
    /// </summary>
    private bool IsInsideProperName(int headToken, int first) =>
        headToken > first && char.IsUpper(_document.TokenText(headToken)[0]);

    /// <summary>Whether a lower-case noun and a preposition come before the name: <c>a spokesman for</c> Hamas.</summary>
    private bool HasNominalHeadBefore(int first, int nameStart)
    {
        bool lowerNoun = false;
        for (int t = first; t < _document.Tokens.Length && _document.Tokens[t].Span.Start < nameStart; t++)
        {
            var word = _document.TokenText(t);
            if (FunctionWords.IsPreposition(word) && lowerNoun)
            {
                return true;
            }

            lowerNoun |= char.IsLower(word[0]) && !FunctionWords.IsQuantifier(word) && !FunctionWords.IsPreposition(word)
                || (t == first && IsCapitalisedPluralHead(word, t));
        }

        return false;
    }

    private Referent? ResolvePronoun(MentionRequest request, PronounClass pronoun)
    {
        if (pronoun == PronounClass.FirstPerson)
        {
            return null;
        }

        var best = NearestCandidate(request, pronoun, describedPerson: false);
        if (best is null && pronoun == PronounClass.Neuter && request.IsSpeaker)
        {
            best = RecentBodyNamedLikePerson(request);
        }

        if (best is not null && pronoun == PronounClass.Neuter)
        {
            best.Kind ??= EntityKind.Organization; // "Amazon said … It added": what "it" speaks for is a body
        }

        if (best is not null && pronoun is PronounClass.Masculine or PronounClass.Feminine)
        {
            best.Kind ??= EntityKind.Person;
            best.LearnGender(pronoun == PronounClass.Masculine ? Gender.Male : Gender.Female);
            best.IsCalledHeOrShe = true;
        }

        return best;
    }

    private bool IsCompatible(Referent referent, PronounClass pronoun)
    {
        if (referent.IsPlace)
        {
            return false;
        }

        switch (pronoun)
        {
            case PronounClass.Masculine:
            case PronounClass.Feminine:
                // A full name of unknown kind may be a person's: the first-name lists are English, news
                // names are not ("Hoop Scheffer", "Shimon Peres"). Distance and subjecthood still decide.
                bool person = referent.Kind == EntityKind.Person || (referent.Kind == EntityKind.Anonymous && !referent.IsPlural)
                    || (referent.Kind is null && (referent.IsReferenced || (referent.NameWords >= 2 && !referent.IsMedia && !referent.IsCountry)));
                var excluded = pronoun == PronounClass.Masculine ? Gender.Female : Gender.Male;
                return person && referent.Gender != excluded;
            case PronounClass.Plural:
                // A state is "it"; "they" after a country name means its people or officials, not the state. Unnamed plural
                // sources ("Officials said …", "Two people familiar with the talks said …") are "they" too.
                return (referent.Kind is EntityKind.Group or EntityKind.Organization || (referent.Kind == EntityKind.Anonymous && referent.IsPlural))
                    && !referent.IsCountry;
            case PronounClass.Neuter:
                return referent.Kind == EntityKind.Organization || IsUntypedName(referent);
            default:
                return false;
        }
    }

    /// <summary>
    /// Files the described subjects (<c>A protester held a banner</c>) that start before <paramref name="end"/> as unnamed
    /// people a later pronoun may refer to, and as what a later <c>the protester</c> names.
    /// </summary>
    private void RegisterDescribedSubjectsBefore(int end)
    {
        var tokens = _document.Tokens;
        while (_nextDescribedSubject < _describedSubjects.Count && tokens[_describedSubjects[_nextDescribedSubject].FirstToken].Span.Start < end)
        {
            var subject = _describedSubjects[_nextDescribedSubject++];
            var span = new TextSpan(tokens[subject.FirstToken].Span.Start, tokens[subject.LastToken].Span.End);
            var head = _lexicon.LowerCase(_document.TokenText(subject.HeadToken));
            var referent = _registry.Described(_pool.Get(span.Slice(_document.Text)), head, EntityKind.Person);
            referent.LearnGender(NameScanner.GenderOf(_lexicon.Classify(head)));
            _registry.Mentions.Add(referent, span);
            _recent.Add(new RecentMention(subject.FirstToken, subject.Sentence, referent, IsSubject: true));
        }
    }

    /// <summary>
    /// A name nothing has typed yet: no title, first name, age, gender or organisation word — one word (<c>Amazon</c>,
    /// <c>Hamas</c>, <c>Pfizer</c>), or more whose first is no known first name (<c>Goldman Sachs</c>, <c>Exxon Mobil</c>,
    /// <c>Planned Parenthood</c>, but also <c>Xi Jinping</c>). News names a person in full before it shortens the name,
    /// and a short name of a person named in full joins that person; so such a name may as well be a body's, and stays
    /// untyped until <c>it</c>, <c>the company</c>, <c>he</c> or <c>she</c> says which.
    /// </summary>
    private bool IsUntypedName(Referent referent)
    {
        if (referent.Kind is not null || referent.NameWords == 0 || referent.Gender != Gender.Unknown || referent.IsPlace
            || referent.IsCountry || referent.IsMedia)
        {
            return false;
        }

        var name = referent.Name.AsSpan();
        int space = name.IndexOf(' ');
        var first = space < 0 ? name : name[..space];
        return (_lexicon.Classify(first) & (NameTags.MaleFirstName | NameTags.FemaleFirstName | NameTags.Title)) == 0;
    }

    /// <summary>
    /// <c>Royal Caribbean said … It added</c>: a speaking <c>it</c> with no body to refer to is the subject of the sentence before, or of its own, whose name a known first name opens
    /// (which alone made it a person) and which nothing else marks as one — no title or role, no <c>he</c> or <c>she</c>.
    /// A person is never <c>it</c>, so the name was a body's; it becomes an organisation. A kind noun (<c>the company</c>)
    /// does not do this: it may name a body the text has not named (<c>Maria Lopez said the plant would close. The
    /// company said …</c>).
    /// </summary>
    private Referent? RecentBodyNamedLikePerson(MentionRequest request)
    {
        for (int i = _recent.Count - 1; i >= 0; i--)
        {
            var candidate = _recent[i];
            if (candidate.Sentence < request.Sentence - 1)
            {
                break;
            }

            var referent = candidate.Referent;
            if (candidate.Token >= request.FirstToken || !candidate.IsSubject)
            {
                continue;
            }

            if (referent.Kind == EntityKind.Person && !referent.IsCalledHeOrShe && referent.Titles.Count == 0 && referent.NameWords >= 2
                && !referent.IsPlural && !referent.IsMedia && !referent.IsCountry && !referent.IsPlace)
            {
                referent.Kind = EntityKind.Organization;
                referent.Gender = Gender.Unknown;
                return referent;
            }

            return null; // the nearest subject before is someone else: "it" is not reaching past them
        }

        return null;
    }

    /// <summary>
    /// The body a kind noun (<c>the company</c>, <c>the group</c>) refers back to when no body named with that noun came
    /// before: the latest organisation or untyped lone name within the pronoun window, which becomes an organisation.
    /// </summary>
    private Referent? RecentBody(MentionRequest request)
    {
        for (int i = _recent.Count - 1; i >= 0; i--)
        {
            var candidate = _recent[i];
            if (candidate.Sentence < request.Sentence - PronounSentenceWindow)
            {
                break;
            }

            var referent = candidate.Referent;
            if (candidate.Token >= request.FirstToken || referent.IsCountry || referent.IsPlace || referent.IsMedia)
            {
                continue;
            }

            if (referent.Kind == EntityKind.Organization || IsUntypedName(referent))
            {
                referent.Kind = EntityKind.Organization;
                return referent;
            }
        }

        return null;
    }

    /// <summary>
    /// The best antecedent of the recent mentions within the pronoun window: nearer first, a subject before others, and
    /// for a pronoun the current speaker before others too. A described person (<paramref name="describedPerson"/>) is
    /// anyone a <c>he</c> or <c>she</c> could be, with no speaker bonus: news describes the person it has just brought in
    /// (<c>Senator Tom Whitfield disagreed. The Kansas Republican said …</c>), not only the one already speaking.
    /// </summary>
    private Referent? NearestCandidate(MentionRequest request, PronounClass pronoun, bool describedPerson)
    {
        Referent? best = null;
        int bestScore = int.MinValue;
        int examined = 0;
        bool speakerHolds = !describedPerson && _currentSpeaker is not null && request.Sentence - _currentSpeakerSentence <= PronounSentenceWindow
            && !NewPersonOpensParagraph(request, pronoun);
        for (int i = _recent.Count - 1; i >= 0 && examined < PronounCandidateLimit; i--)
        {
            var candidate = _recent[i];
            if (candidate.Sentence < request.Sentence - PronounSentenceWindow)
            {
                break;
            }

            var referent = candidate.Referent;
            bool compatible = describedPerson
                ? !referent.IsPlural && referent.NameWords > 0 && (IsCompatible(referent, PronounClass.Masculine) || IsCompatible(referent, PronounClass.Feminine))
                : IsCompatible(referent, pronoun);
            if (candidate.Token >= request.FirstToken || !compatible || IsInInterruptedClause(request, candidate.Token))
            {
                continue;
            }

            examined++;
            int score = -3 * (request.Sentence - candidate.Sentence) + (candidate.IsSubject ? 2 : 0)
                + (speakerHolds && ReferenceEquals(referent, _currentSpeaker) ? 3 : 0);
            if (score > bestScore)
            {
                best = referent;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Whether token <paramref name="token"/> is in the clause a medial frame interrupts, whose subject the frame's pronoun never is.</summary>
    private bool IsInInterruptedClause(MentionRequest request, int token) =>
        request.InterruptedFrom >= 0 && _document.Tokens[token].Span.Start >= request.InterruptedFrom;

    /// <summary>
    /// <c>“…,” Liberty said. ¶ For Kevin Allton, a collector in Ohio, Warhol was a legend. He said …</c>: a paragraph that
    /// opens by naming another person moves the story to them, so the speaker of an earlier paragraph no longer outranks
    /// them for a pronoun in the paragraph's first two sentences. Distance and subjecthood still decide.
    /// </summary>
    private bool NewPersonOpensParagraph(MentionRequest request, PronounClass pronoun)
    {
        int paragraphFirst = FirstSentenceOfParagraph(request.Sentence);
        if (_currentSpeakerSentence >= paragraphFirst || request.Sentence - paragraphFirst > 1)
        {
            return false;
        }

        for (int i = _recent.Count - 1; i >= 0; i--)
        {
            var candidate = _recent[i];
            if (candidate.Sentence < paragraphFirst)
            {
                break;
            }

            if (candidate.Sentence == paragraphFirst && candidate.Token < request.FirstToken && !ReferenceEquals(candidate.Referent, _currentSpeaker)
                && candidate.Referent.Kind == EntityKind.Person && IsCompatible(candidate.Referent, pronoun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first sentence of the paragraph holding sentence <paramref name="sentence"/>.</summary>
    private int FirstSentenceOfParagraph(int sentence) => _document.Paragraphs[_document.Sentences[sentence].Paragraph].FirstSentence;

    /// <summary>
    /// The person a descriptive anaphor (<c>the 61-year-old</c>, <c>the Kansas Republican</c>) refers back to: the nearest
    /// person, a subject before others, as for a genderless <c>he or she</c>.
    /// </summary>
    private Referent? RecentPerson(MentionRequest request)
    {
        var best = NearestCandidate(request, PronounClass.None, describedPerson: true);
        if (best is not null)
        {
            best.Kind ??= EntityKind.Person;
        }

        return best;
    }

    internal readonly record struct UnnamedPerson(Referent Referent, string Head, int Sentence, int EndToken);

    internal readonly record struct RecentMention(int Token, int Sentence, Referent Referent, bool IsSubject);
}

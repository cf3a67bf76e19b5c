using Attribution.Lexicons;
using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution.Entities;

/// <summary>How the resolver reads a common-noun speaker (a nominal): a name in apposition, a described person named later, an anonymous or unnamed source (see MentionResolver.cs).</summary>
internal sealed partial class MentionResolver
{
    private Referent ResolveNominal(MentionRequest request, int headEnd, string text)
    {
        int first = request.FirstToken;
        int headToken = headEnd - 1;
        bool coordinated = false;
        for (int t = first + 1; t < headEnd; t++)
        {
            var word = _document.TokenText(t);
            if (FunctionWords.IsPreposition(word))
            {
                headToken = t - 1;
                break;
            }

            coordinated |= word.SequenceEqual("and");
        }

        var firstWord = _document.TokenText(first);
        var head = _lexicon.LowerCase(_document.TokenText(headToken));
        var headClass = _lexicon.Classify(head);
        if ((headClass & NameTags.Masthead) != 0 && char.IsLower(_document.TokenText(headToken)[0]))
        {
            // "the post", "the press": a masthead word names an outlet only capitalised.
            headClass = NameTags.None;
        }

        bool indefinite = FunctionWords.IsIndefinite(firstWord);
        if (request.Kind == MentionKind.Anonymous || IsAnonymous(text) || FunctionWords.IsAnonymousHead(head))
        {
            var anonymous = _registry.GroupOrDescribed(text, EntityKind.Anonymous);
            anonymous.IsPlural |= FunctionWords.IsPluralPersonNoun(head) || IsPluralOf(head, NameTags.Title)
                || (head.Length > 3 && head[^1] == 's' && FunctionWords.IsAnonymousHead(head.AsSpan(0, head.Length - 1))) // sources, insiders
                || FunctionWords.IsPluralPeopleOpener(firstWord) // "Those close to him", "Some in the party": never "she"
                || HasPluralPersonNoun(first, headToken); // "two people familiar with the talks": the head before its modifier
            return anonymous;
        }

        // "court documents", "the figures": a plural document head is a document source, not a group of people.
        if (IsPluralOf(head, NameTags.DocumentHead))
        {
            headClass |= NameTags.DocumentHead;
        }

        bool plural = coordinated || FunctionWords.IsPluralPersonNoun(head) || (headToken == first && FunctionWords.IsPluralPeopleOpener(head)) || (headToken == first && IsCapitalisedPluralHead(_document.TokenText(first), first))
            || ((headClass & NameTags.DocumentHead) == 0 && IsPluralOf(head, NameTags.Title | NameTags.OrganizationHead) && !IsInsideProperName(headToken, first));
        if (plural)
        {
            return _registry.GroupOrDescribed(StripQuantifiers(request, headEnd), EntityKind.Group);
        }

        if (NameInAppositive(request, headToken, headClass) is { } named)
        {
            named.AddTitle(StripDeterminer(request, headEnd));
            return named;
        }

        // "The city said …": a named place speaks through its government.
        if (!indefinite && (FunctionWords.IsPlaceNoun(head) ? _registry.LastPlace : FunctionWords.IsCountryNoun(head) ? _registry.LastCountry : null) is { } place)
        {
            place.Kind ??= EntityKind.Organization;
            return place;
        }

        if ((headClass & NameTags.DocumentHead) != 0 && !indefinite)
        {
            return _registry.LastDocument ?? _registry.Described(text, head, EntityKind.Organization);
        }

        if ((headClass & NameTags.MediaHead) != 0 && !indefinite)
        {
            return _registry.LastMedia ?? _registry.OrganizationByHead(head) ?? _registry.Described(text, head, EntityKind.Organization);
        }

        if ((headClass & NameTags.OrganizationHead) != 0 && !indefinite)
        {
            return _registry.OrganizationByHead(head) ?? ((headClass & NameTags.KindHead) != 0 ? RecentBody(request) : null)
                ?? _registry.Described(text, head, EntityKind.Organization);
        }

        if (indefinite)
        {
            return _registry.GroupOrDescribed(text, EntityKind.Anonymous);
        }

        bool definite = FunctionWords.IsDefinite(firstWord);
        if ((headClass & NameTags.Title) != 0)
        {
            return _registry.PersonByHead(head)
                ?? (definite && HasAnaphoricModifier(first, headToken) ? DescribedRecentPerson(request, headEnd) : null)
                ?? Unnamed(request, text, head, EntityKind.Person);
        }

        if (definite && IsDescriptiveAnaphor(headToken) && DescribedRecentPerson(request, headEnd) is { } described)
        {
            return described;
        }

        // "The statement read", "the lawsuit claims", "a video posted online shows": a document or recording that speaks
        // (source-nouns.txt) is no person, so no later "she" or "her" can take it.
        bool document = (_reader.TagsOf(headToken) & WordTags.SourceNoun) != 0;
        var kind = request.Kind == MentionKind.Organization || document ? EntityKind.Organization : EntityKind.Person;
        if (kind == EntityKind.Person && definite)
        {
            // "A firefighter pulled two children out … The firefighter said": a definite person noun names the one described before;
            // "the former Federal Reserve economist" with no economist before describes the person just named.
            if (_registry.PersonByHead(head) is { } byHead)
            {
                return byHead;
            }

            if (HasAnaphoricModifier(first, headToken) && DescribedRecentPerson(request, headEnd) is { } recent)
            {
                return recent;
            }
        }

        return Unnamed(request, text, head, kind);
    }

    /// <summary>Whether a plural person noun (<c>people</c>, <c>officials</c>) stands among the tokens [<paramref name="first"/>, <paramref name="last"/>].</summary>
    private bool HasPluralPersonNoun(int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            if (FunctionWords.IsPluralPersonNoun(_document.TokenText(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a career or standing word stands between the article and the head (<c>the former Federal Reserve
    /// economist</c>, <c>the veteran senator</c>): anaphoric-modifiers.txt.
    /// </summary>
    private bool HasAnaphoricModifier(int first, int headToken)
    {
        for (int t = first + 1; t < headToken; t++)
        {
            if ((_reader.TagsOf(t) & WordTags.AnaphoricModifier) != 0 && _reader.IsLowerWord(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The person a description refers back to (<see cref="RecentPerson"/>), who takes the description as a title.</summary>
    private Referent? DescribedRecentPerson(MentionRequest request, int headEnd)
    {
        var described = RecentPerson(request);
        described?.AddTitle(StripDeterminer(request, headEnd));
        return described;
    }

    /// <summary>
    /// A head that describes a person already named rather than a new one: an age (<c>the 61-year-old</c>) or a
    /// capitalised person noun, a party's or a nation's member (<c>the Kansas Republican</c>, <c>the Briton</c>).
    /// </summary>
    private bool IsDescriptiveAnaphor(int headToken)
    {
        var word = _document.TokenText(headToken);
        return word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) || NameScanner.IsCapitalisedPersonNoun(_reader, _lexicon, headToken);
    }

    /// <summary>
    /// The name in an appositive right after a nominal mention: <c>the team's coach, Alireza Mehraban,</c>
    /// or <c>the company, Acme Corp,</c> — the nominal describes the named person or body. The name must
    /// close the appositive (a comma, a bracket or the sentence end follows) and agree with the nominal:
    /// an organisation name after an organisation noun, a person's after any other noun.
    /// </summary>
    private Referent? NameInAppositive(MentionRequest request, int headToken, NameTags headClass)
    {
        var tokens = _document.Tokens;
        int comma = request.EndToken;
        bool headCloses = headToken == request.EndToken - 1 || FunctionWords.IsPreposition(_document.TokenText(headToken + 1)); // "the chief executive of the Refugee Council, Enver Solomon,"
        if (!headCloses || comma + 1 >= tokens.Length || !_document.TokenText(comma).SequenceEqual(",")
            || !char.IsLower(_document.TokenText(headToken)[0]) || _nextName >= _names.Count)
        {
            return null;
        }

        int nameIndex = _nextName;
        var name = _names[nameIndex];
        int sentenceEnd = _document.Sentences[request.Sentence].EndToken;
        if (name.FullSpan.Start != tokens[comma + 1].Span.Start || name.Sentence != request.Sentence || name.IsPlace || name.IsCountry)
        {
            return null;
        }

        int after = name.EndToken;
        bool closed = after >= sentenceEnd || _document.TokenText(after) is "," or "(" or "." or ";" || tokens[after].Kind == TokenKind.Dash;
        bool organizationNoun = (headClass & NameTags.OrganizationHead) != 0;
        if (!closed || organizationNoun != (name.Kind == EntityKind.Organization))
        {
            return null;
        }

        RegisterNamesBefore(name.Span.End);
        var referent = _names[nameIndex].Referent;   // set just now: the copy above predates it
        if (referent is not null && !organizationNoun)
        {
            referent.Kind ??= EntityKind.Person;
        }

        return referent;
    }

    /// <summary>The mention's head part without a leading determiner (<c>the Afghan team's coach</c> → <c>Afghan team's coach</c>).</summary>
    private TextSpan StripDeterminer(MentionRequest request, int headEnd)
    {
        int first = request.FirstToken;
        if (first < headEnd - 1 && (FunctionWords.IsDefinite(_document.TokenText(first)) || FunctionWords.IsIndefinite(_document.TokenText(first))))
        {
            first++;
        }

        return new TextSpan(_document.Tokens[first].Span.Start, _document.Tokens[headEnd - 1].Span.End);
    }

    /// <summary>A referent for a description no earlier name answers; a person's waits for a later name (<see cref="NameLaterDescribed"/>).</summary>
    private Referent Unnamed(MentionRequest request, string text, string head, EntityKind kind)
    {
        var referent = _registry.Described(text, head, kind);
        if (kind == EntityKind.Person && char.IsLower(head[0]))
        {
            _unnamed.Add(new UnnamedPerson(referent, head, request.Sentence, request.EndToken));
        }

        return referent;
    }

    /// <summary>
    /// A person described before the text names them — a headline's <c>Australian woman claims …</c>, then
    /// <c>Valeska Paris, an Australian woman and former …</c>; <c>the prime minister said …</c>, then
    /// <c>Prime Minister Jane Doe</c> — takes the name: the first name within a few sentences after the
    /// description whose title or appositive has the description's head noun. Call once, after every
    /// mention is resolved; returns the described referents and the named ones they became.
    /// </summary>
    public List<(Referent Described, Referent Named)> NameLaterDescribed()
    {
        var merged = new List<(Referent, Referent)>();
        if (_unnamed.Count == 0)
        {
            return merged;
        }

        RegisterNamesBefore(int.MaxValue);
        var mergedAlready = new HashSet<Referent>(ReferenceEqualityComparer.Instance);
        int next = 0;
        foreach (var unnamed in _unnamed)
        {
            while (next < _names.Count && _names[next].FirstToken < unnamed.EndToken)
            {
                next++;
            }

            for (int i = next; i < _names.Count && _names[i].Sentence <= unnamed.Sentence + LaterNameSentenceWindow; i++)
            {
                var name = _names[i];
                if (name.Referent is not { } named || named.Kind is EntityKind.Organization or EntityKind.Group || named.IsPlace || named.IsCountry
                    || ReferenceEquals(named, unnamed.Referent) || !DescribesAs(name, unnamed.Head))
                {
                    continue;
                }

                if (unnamed.Referent.MentionCount > 0 && mergedAlready.Add(unnamed.Referent))
                {
                    _registry.Mentions.AddAll(unnamed.Referent, named);
                    named.Kind ??= EntityKind.Person;
                    named.IsReferenced = true;
                    merged.Add((unnamed.Referent, named));
                }

                break;
            }
        }

        return merged;
    }

    /// <summary>Whether the name's title ends in <paramref name="head"/> or its appositive (<c>, an Australian woman and …</c>) holds it.</summary>
    private bool DescribesAs(in NameMention name, string head)
    {
        if (string.Equals(name.DescriptionHead, head, StringComparison.Ordinal))
        {
            return true;
        }

        int t = name.EndToken;
        int end = Math.Min(_document.Tokens.Length, _document.Sentences[name.Sentence].EndToken);
        if (t >= end || !_document.TokenText(t).SequenceEqual(","))
        {
            return false;
        }

        for (t++; t < end && t <= name.EndToken + AppositiveWordLimit; t++)
        {
            var word = _document.TokenText(t);
            if (_document.Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Dash || FunctionWords.IsRelativeWord(word))
            {
                return false;
            }

            if (word.Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAnonymous(string text) =>
        text.Contains("anonymity", StringComparison.OrdinalIgnoreCase) || text.Contains("not to be named", StringComparison.OrdinalIgnoreCase)
        || text.Contains("not to be identified", StringComparison.OrdinalIgnoreCase) || text.Contains("not authorized", StringComparison.OrdinalIgnoreCase)
        || text.Contains("not authorised", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>many Israeli civil society groups</c> → <c>Israeli civil society groups</c>.</summary>
    private string StripQuantifiers(MentionRequest request, int headEnd)
    {
        int first = request.FirstToken;
        while (first < headEnd - 1 && FunctionWords.IsQuantifier(_document.TokenText(first)))
        {
            first++;
        }

        int end = headEnd - 1;
        return _document.Text[_document.Tokens[first].Span.Start.._document.Tokens[end].Span.End];
    }

    /// <summary>Keeps <c>chief executive of Acme</c> from a mention <c>Jane Smith, chief executive of Acme</c> as a title.</summary>
    private void AddAppositiveTitle(MentionRequest request, int headEnd, Referent? referent)
    {
        if (referent is null || headEnd >= request.EndToken - 1 || !_document.TokenText(headEnd).SequenceEqual(","))
        {
            return;
        }

        int first = headEnd + 1;
        int end = request.EndToken;
        while (end > first && _document.Tokens[end - 1].Kind is TokenKind.Punctuation)
        {
            end--;
        }

        if (end > first && FunctionWords.IsQuantifier(_document.TokenText(first)) && end - first > 1)
        {
            first++;
        }

        if (end > first)
        {
            referent.AddTitle(new TextSpan(_document.Tokens[first].Span.Start, _document.Tokens[end - 1].Span.End));
        }
    }
}

using Attribution.Lexicons;
namespace Attribution.Entities;

/// <summary>
/// The referents of one document and the indices that find them again: by full name, surname and
/// first name (recency wins, so of two people with one surname the surname alone means the one
/// mentioned last), by the head of a title or description (<c>secretary-general</c>, <c>outlet</c>),
/// and the last news organisation. Every look-up is a dictionary hit, so registering all names of a
/// document stays linear.
/// </summary>
internal sealed class ReferentRegistry
{
    private readonly Dictionary<string, Referent> _byFullName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Referent> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Referent> _byFirstName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Referent> _byPersonHead = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Referent> _byOrganizationHead = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Referent> _byGroupName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Organisations by the initials of their full name (<c>WHO</c> for the World Health Organisation).</summary>
    private readonly Dictionary<string, Referent> _byInitials = new(StringComparer.Ordinal);

    /// <summary>Organisations named so far only by an acronym, by its letters (<c>NHS</c>, <c>UN</c> for <c>U.N.</c>).</summary>
    private readonly Dictionary<string, Referent> _byAcronym = new(StringComparer.Ordinal);

    /// <summary>
    /// Every referent object this registry has made, across the documents it served: the first
    /// <see cref="_referentCount"/> are this document's, the rest wait to be reused (no referent outlives
    /// its document's entity stage, so the objects and their lists are recycled instead of allocated).
    /// </summary>
    private readonly List<Referent> _referents = [];

    /// <summary>The words of the name being registered, as pooled strings (no split array per name).</summary>
    private readonly List<string> _words = [];

    private int _referentCount;
    private EntityLexicon _lexicon = null!;
    private NamePool _pool = null!;

    /// <summary>Forgets the previous document and serves a new one with these word lists and name strings.</summary>
    public void Reset(EntityLexicon lexicon, NamePool pool)
    {
        _lexicon = lexicon;
        _pool = pool;
        _byFullName.Clear();
        _bySurname.Clear();
        _byFirstName.Clear();
        _byPersonHead.Clear();
        _byOrganizationHead.Clear();
        _byGroupName.Clear();
        _byInitials.Clear();
        _byAcronym.Clear();
        _fullNamedPeople.Clear();
        _referentCount = 0;
        Mentions.Clear();
        LastMedia = null;
        LastDocument = null;
        LastCountry = null;
        LastPlace = null;
    }

    /// <summary>The mention spans of this document's referents.</summary>
    public MentionChains Mentions { get; } = new();

    /// <summary>People introduced with a full name, in order (repeats possible): where a misspelt surname is looked up.</summary>
    private readonly List<Referent> _fullNamedPeople = [];

    /// <summary>How many of the latest full-named people a misspelt surname is compared with.</summary>
    private const int MisspellingCandidateLimit = 24;

    /// <summary>The news organisation mentioned last (what <c>the broadcaster</c> or <c>the newspaper</c> refers to).</summary>
    public Referent? LastMedia { get; private set; }

    /// <summary>The study or report named last (what <c>the report</c> or <c>the survey</c> refers to).</summary>
    public Referent? LastDocument { get; private set; }

    /// <summary>The country named last (what <c>the country</c> refers to).</summary>
    public Referent? LastCountry { get; private set; }

    /// <summary>The place named last after <c>in</c>, <c>at</c> or <c>from</c> (what <c>the city</c> or <c>the town</c> refers to).</summary>
    public Referent? LastPlace { get; private set; }

    /// <summary>Files a name found in the text under its referent, creating or merging one.</summary>
    public Referent Register(in NameMention mention)
    {
        string name = mention.Name;
        bool article = name.StartsWith("the ", StringComparison.Ordinal);
        string key = article ? _pool.Get(name.AsSpan(4)) : name;
        var words = SplitWords(key);
        string? withoutDemonyms = mention.Kind == EntityKind.Organization ? WithoutLeadingDemonyms(key, words) : null;
        var referent = mention.Kind == EntityKind.Organization
            ? FindOrganization(key, words) ?? (withoutDemonyms is null ? null : FindOrganization(withoutDemonyms, SplitWords(withoutDemonyms)))
            : FindPerson(words, key) ?? (mention.IsPlace || mention.IsCountry || mention.IsMedia || words.Length != 1 ? null : MisspeltSurname(key));
        if (withoutDemonyms is not null)
        {
            words = SplitWords(key); // the look-up without the demonyms reused the word list
        }

        if (referent is null)
        {
            referent = NewReferent(name, mention.Kind);
            referent.NameWords = words.Length;
        }
        else if (referent.NameWords == 1 && words.Length > 1 && mention.Kind == EntityKind.Organization && AcronymLetters(referent.Name.StartsWith("the ", StringComparison.Ordinal) ? referent.Name[4..] : referent.Name) is not null)
        {
            // "the NHS" first, "the National Health Service" later: the spelled-out name becomes the name.
            referent.Name = name;
            referent.NameWords = words.Length;
        }
        else if (words.Length > referent.NameWords && mention.Kind != EntityKind.Organization)
        {
            referent.Name = name;
            referent.NameWords = words.Length;
        }
        else if (article && !referent.Name.StartsWith("the ", StringComparison.Ordinal) && referent.Kind == EntityKind.Organization)
        {
            referent.Name = name;
        }

        referent.Kind ??= mention.Kind;
        referent.IsMedia |= mention.IsMedia;
        referent.IsCountry |= mention.IsCountry;
        referent.IsPlace = (referent.IsPlace || mention.IsPlace) && referent.Kind is null;
        referent.LearnGender(mention.Gender);
        _byFullName[key] = referent;
        if (withoutDemonyms is not null)
        {
            _byFullName.TryAdd(withoutDemonyms, referent);
        }
        if (referent.Kind != EntityKind.Organization)
        {
            _bySurname[words[^1]] = referent;
            if (words.Length > 1)
            {
                if (referent.Kind == EntityKind.Person && (_fullNamedPeople.Count == 0 || !ReferenceEquals(_fullNamedPeople[^1], referent)))
                {
                    _fullNamedPeople.Add(referent);
                }

                _byFirstName[words[0]] = referent;
                referent.FirstName ??= words[0];
            }
        }

        if (mention.DescriptionHead is { } head)
        {
            (referent.Kind == EntityKind.Organization ? _byOrganizationHead : _byPersonHead)[head] = referent;
        }

        if (referent.Kind != EntityKind.Person && words.Length > 1 && Initials(words, _pool) is { } initials)
        {
            _byInitials[initials] = referent;
        }

        if (referent.Kind == EntityKind.Organization)
        {
            if (words.Length == 1 && AcronymLetters(key) is { } letters)
            {
                _byAcronym[letters] = referent;
            }

            foreach (var word in words)
            {
                if (_lexicon.Is(word, NameTags.OrganizationHead))
                {
                    _byOrganizationHead[_lexicon.LowerCase(word)] = referent;
                }
            }
        }

        if (referent.IsMedia)
        {
            LastMedia = referent;
        }

        if (referent.IsCountry)
        {
            LastCountry = referent;
        }
        else if (mention.IsPlace && (referent.Kind is null || referent.Kind == EntityKind.Organization))
        {
            LastPlace = referent;
        }

        if (referent.Kind == EntityKind.Organization && words.Length > 1 && _lexicon.Is(words[^1], NameTags.DocumentHead))
        {
            LastDocument = referent;
        }

        Mentions.Add(referent, mention.Span);
        return referent;
    }

    /// <summary>The person last described with this title or role head (<c>the secretary-general</c>).</summary>
    public Referent? PersonByHead(string head) => _byPersonHead.GetValueOrDefault(head);

    /// <summary>The organisation last named or described with this head noun (<c>the ministry</c>, <c>the council</c>).</summary>
    public Referent? OrganizationByHead(string head) => _byOrganizationHead.GetValueOrDefault(head);

    /// <summary>A group or unnamed referent, one per distinct description.</summary>
    public Referent GroupOrDescribed(string description, EntityKind kind)
    {
        if (kind == EntityKind.Group && _byGroupName.TryGetValue(description, out var existing))
        {
            return existing;
        }

        var referent = NewReferent(description, kind);
        if (kind == EntityKind.Group)
        {
            _byGroupName[description] = referent;
        }

        return referent;
    }

    /// <summary>A referent for a description no name in the text answers (<c>the spokesman</c>), filed under its head.</summary>
    public Referent Described(string description, string head, EntityKind kind)
    {
        var referent = NewReferent(description, kind);
        (kind == EntityKind.Organization ? _byOrganizationHead : _byPersonHead)[head] = referent;
        return referent;
    }

    /// <summary>A referent for this document: a recycled one when an earlier document left one, else a new one.</summary>
    private Referent NewReferent(string name, EntityKind? kind)
    {
        Referent referent;
        if (_referentCount < _referents.Count)
        {
            referent = _referents[_referentCount];
            referent.Reset(name, kind);
        }
        else
        {
            referent = new Referent(name, kind);
            _referents.Add(referent);
        }

        _referentCount++;
        return referent;
    }

    /// <summary>The space-separated words of a name, empty entries dropped, as pooled strings in a reused list.</summary>
    private ReadOnlySpan<string> SplitWords(string name)
    {
        _words.Clear();
        int start = 0;
        for (int i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == ' ')
            {
                if (i > start)
                {
                    _words.Add(i - start == name.Length ? name : _pool.Get(name.AsSpan(start, i - start)));
                }

                start = i + 1;
            }
        }

        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_words);
    }

    /// <summary>
    /// The name of a body without the demonyms that open it (<c>British Medical Association</c> → <c>Medical
    /// Association</c>), which news drops on later mentions; null when no demonym opens it or nothing else is left.
    /// </summary>
    private string? WithoutLeadingDemonyms(string key, ReadOnlySpan<string> words)
    {
        int skipped = 0;
        int offset = 0;
        while (skipped < words.Length - 1 && _lexicon.Is(words[skipped], NameTags.Demonym) && !_lexicon.Is(words[skipped], NameTags.Country))
        {
            offset += words[skipped].Length + 1;
            skipped++;
        }

        return skipped == 0 || offset >= key.Length ? null : _pool.Get(key.AsSpan(offset));
    }

    private Referent? FindOrganization(string name, ReadOnlySpan<string> words)
    {
        if (_byFullName.TryGetValue(name, out var referent) && referent.Kind != EntityKind.Person)
        {
            return referent;
        }

        // An acronym and the name it abbreviates are one body, whichever the text gives first:
        // "the World Health Organisation (WHO)", "the U.N." ~ "the United Nations".
        if (words.Length == 1 && AcronymLetters(name) is { } letters && _byInitials.TryGetValue(letters, out var spelledOut))
        {
            return spelledOut;
        }

        if (words.Length > 1 && Initials(words, _pool) is { } initials && _byAcronym.TryGetValue(initials, out var abbreviated) && abbreviated.Kind != EntityKind.Person)
        {
            return abbreviated;
        }

        // "the Church" after "the Church of Scientology": a bare head noun names the body it heads.
        return !name.Contains(' ', StringComparison.Ordinal) && _lexicon.Is(name, NameTags.OrganizationHead)
            ? _byOrganizationHead.GetValueOrDefault(name)
            : null;
    }

    /// <summary>
    /// The capital letters of an acronym (<c>NHS</c>, <c>U.N.</c> → <c>UN</c>): two to six capitals, with
    /// periods between them at most; null for any other word.
    /// </summary>
    internal static string? AcronymLetters(string word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return null;
            }
        }

        if (letters is < 2 or > 6)
        {
            return null;
        }

        return letters == word.Length ? word : word.Replace(".", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>
    /// The initials of a spelled-out name: the first capital of every capitalised word and of every
    /// capitalised part after a hyphen, an acronym word's own letters (<c>World Anti-Doping Agency</c> →
    /// <c>WADA</c>, <c>U.N. Security Council</c> → <c>UNSC</c>); lower-case words (<c>of</c>, <c>and</c>)
    /// add nothing. Null when fewer than two letters result.
    /// </summary>
    internal static string? Initials(ReadOnlySpan<string> words, NamePool pool)
    {
        Span<char> buffer = stackalloc char[16];
        int length = 0;
        foreach (var word in words)
        {
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                continue;
            }

            if (AcronymLetters(word) is { } letters)
            {
                foreach (char c in letters)
                {
                    if (length == buffer.Length)
                    {
                        return null;
                    }

                    buffer[length++] = c;
                }

                continue;
            }

            for (int i = 0; i < word.Length; i++)
            {
                if ((i == 0 || word[i - 1] == '-') && char.IsUpper(word[i]))
                {
                    if (length == buffer.Length)
                    {
                        return null;
                    }

                    buffer[length++] = word[i];
                }
            }
        }

        return length >= 2 ? pool.Get(buffer[..length]) : null;
    }

    /// <summary>
    /// Two spellings of one first name (<c>Kristin</c> and <c>Kristen</c>): of the same length, at least
    /// five letters, the same first letter, one letter different. News copy misspells names; two people
    /// of one surname whose first names differ by one letter are far rarer.
    /// </summary>
    private static bool IsSpellingVariant(string? a, string b)
    {
        if (a is null || a.Length != b.Length || a.Length < 5 || char.ToUpperInvariant(a[0]) != char.ToUpperInvariant(b[0]))
        {
            return false;
        }

        int differences = 0;
        for (int i = 1; i < a.Length; i++)
        {
            if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[i]) && ++differences > 1)
            {
                return false;
            }
        }

        return differences == 1;
    }

    /// <summary>
    /// A surname alone that matches no one, spelt within one edit (two from eight letters) of the surname
    /// of exactly one person named in full before: <c>Ms Bauchtman</c> after <c>Lydia Buchtmann</c>,
    /// <c>Water said</c> after <c>Kathryn Waters</c>. News copy misspells names; a new person whose
    /// surname is one letter from an earlier one's, introduced by surname alone, is far rarer. Compares
    /// with the latest few people only, so the look-up stays bounded.
    /// </summary>
    private Referent? MisspeltSurname(string word)
    {
        if (word.Length < 5 || word.Length > 30 || !char.IsUpper(word[0]))
        {
            return null;
        }

        int allowed = word.Length >= 8 ? 2 : 1;
        Referent? found = null;
        int examined = 0;
        for (int i = _fullNamedPeople.Count - 1; i >= 0 && examined < MisspellingCandidateLimit; i--, examined++)
        {
            var person = _fullNamedPeople[i];
            if (person.Kind != EntityKind.Person || ReferenceEquals(person, found))
            {
                continue;
            }

            int space = person.Name.LastIndexOf(' ');
            var surname = person.Name.AsSpan(space + 1);
            if (surname.Length < 4 || surname[0] != word[0] || Math.Abs(surname.Length - word.Length) > allowed
                || EditDistance(surname, word, allowed) > allowed)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = person;
        }

        return found;
    }

    /// <summary>The Levenshtein distance of two short words, ignoring case; any value above <paramref name="limit"/> means "too far".</summary>
    internal static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (a.Length > 32 || b.Length > 32)
        {
            return limit + 1;
        }

        Span<int> previous = stackalloc int[33];
        Span<int> current = stackalloc int[33];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMinimum = i;
            char ca = char.ToLowerInvariant(a[i - 1]);
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = ca == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    private Referent? FindPerson(ReadOnlySpan<string> words, string name)
    {
        if (_byFullName.TryGetValue(name, out var exact) && exact.Kind != EntityKind.Organization)
        {
            return exact;
        }

        if (words.Length == 1)
        {
            return _bySurname.GetValueOrDefault(name) ?? _byFirstName.GetValueOrDefault(name);
        }

        // "Benjamin Netanyahu" after "Netanyahu" alone: the fuller name names the same person, unless
        // the earlier one already has a different first name (two people of one surname).
        if (_bySurname.TryGetValue(words[^1], out var bySurname) && bySurname.Kind != EntityKind.Organization
            && (bySurname.NameWords == 1 || string.Equals(bySurname.FirstName, words[0], StringComparison.OrdinalIgnoreCase)
                || IsSpellingVariant(bySurname.FirstName, words[0])))
        {
            return bySurname;
        }

        return null;
    }
}

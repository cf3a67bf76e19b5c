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
    private readonly EntityLexicon _lexicon;
    private readonly NamePool _pool;

    public ReferentRegistry(EntityLexicon lexicon, NamePool pool)
    {
        _lexicon = lexicon;
        _pool = pool;
    }

    public List<Referent> All { get; } = [];

    /// <summary>The news organisation mentioned last (what <c>the broadcaster</c> or <c>the newspaper</c> refers to).</summary>
    public Referent? LastMedia { get; private set; }

    /// <summary>Files a name found in the text under its referent, creating or merging one.</summary>
    public Referent Register(NameMention mention)
    {
        string name = mention.Name;
        bool article = name.StartsWith("the ", StringComparison.Ordinal);
        string key = article ? _pool.Get(name.AsSpan(4)) : name;
        var words = new NameWords(key, _pool);
        var referent = mention.Kind == EntityKind.Organization ? FindOrganization(key) : FindPerson(words, key);
        if (referent is null)
        {
            referent = new Referent(name, mention.Kind) { NameWords = words.Count };
            All.Add(referent);
        }
        else if (words.Count > referent.NameWords && mention.Kind != EntityKind.Organization)
        {
            referent.Name = name;
            referent.NameWords = words.Count;
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
        if (referent.Kind != EntityKind.Organization)
        {
            _bySurname[words.Last] = referent;
            if (words.Count > 1)
            {
                _byFirstName[words.First] = referent;
                referent.FirstName ??= words.First;
            }
        }

        if (mention.DescriptionHead is { } head)
        {
            (referent.Kind == EntityKind.Organization ? _byOrganizationHead : _byPersonHead)[head] = referent;
        }

        if (referent.Kind == EntityKind.Organization)
        {
            var rest = key.AsSpan();
            while (rest.Length > 0)
            {
                int space = rest.IndexOf(' ');
                var word = space < 0 ? rest : rest[..space];
                rest = space < 0 ? [] : rest[(space + 1)..];
                if (word.Length > 0 && _lexicon.Is(word, WordClass.OrganizationHead))
                {
                    _byOrganizationHead[_lexicon.LowerCase(word)] = referent;
                }
            }
        }

        if (referent.IsMedia)
        {
            LastMedia = referent;
        }

        referent.Mentions.Add(mention.Span);
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

        var referent = new Referent(description, kind) { NameWords = 0 };
        All.Add(referent);
        if (kind == EntityKind.Group)
        {
            _byGroupName[description] = referent;
        }

        return referent;
    }

    /// <summary>A referent for a description no name in the text answers (<c>the spokesman</c>), filed under its head.</summary>
    public Referent Described(string description, string head, EntityKind kind)
    {
        var referent = new Referent(description, kind) { NameWords = 0 };
        All.Add(referent);
        (kind == EntityKind.Organization ? _byOrganizationHead : _byPersonHead)[head] = referent;
        return referent;
    }

    private Referent? FindOrganization(string name)
    {
        if (_byFullName.TryGetValue(name, out var referent) && referent.Kind != EntityKind.Person)
        {
            return referent;
        }

        // "the Church" after "the Church of Scientology": a bare head noun names the body it heads.
        return !name.Contains(' ', StringComparison.Ordinal) && _lexicon.Is(name, WordClass.OrganizationHead)
            ? _byOrganizationHead.GetValueOrDefault(name)
            : null;
    }

    private Referent? FindPerson(NameWords words, string name)
    {
        if (_byFullName.TryGetValue(name, out var exact) && exact.Kind != EntityKind.Organization)
        {
            return exact;
        }

        if (words.Count == 1)
        {
            return _bySurname.GetValueOrDefault(name) ?? _byFirstName.GetValueOrDefault(name);
        }

        // "Benjamin Netanyahu" after "Netanyahu" alone: the fuller name names the same person, unless
        // the earlier one already has a different first name (two people of one surname).
        if (_bySurname.TryGetValue(words.Last, out var bySurname) && bySurname.Kind != EntityKind.Organization
            && (bySurname.NameWords == 1 || string.Equals(bySurname.FirstName, words.First, StringComparison.OrdinalIgnoreCase)))
        {
            return bySurname;
        }

        return null;
    }

    /// <summary>
    /// The word count, first and last word of a name, cut once from it (the whole name when it is one
    /// word), instead of splitting it into an array of every word.
    /// </summary>
    private readonly struct NameWords
    {
        public NameWords(string name, NamePool pool)
        {
            var trimmed = name.AsSpan().Trim(' ');
            int count = 0;
            bool inWord = false;
            foreach (char c in trimmed)
            {
                if (c == ' ')
                {
                    inWord = false;
                }
                else if (!inWord)
                {
                    inWord = true;
                    count++;
                }
            }

            Count = count;
            if (count <= 1)
            {
                First = Last = trimmed.Length == name.Length ? name : pool.Get(trimmed);
                return;
            }

            First = pool.Get(trimmed[..trimmed.IndexOf(' ')]);
            Last = pool.Get(trimmed[(trimmed.LastIndexOf(' ') + 1)..]);
        }

        public int Count { get; }

        public string First { get; }

        public string Last { get; }
    }
}

namespace Attribution.Lexicons;

/// <summary>
/// The word lists of the entity stage (first names, honorifics, title and organisation head words,
/// media organisations, countries and demonyms), loaded from the embedded data files by <see cref="LexiconSet"/>. Immutable
/// and thread-safe.
/// </summary>
internal sealed class EntityLexicon
{
    private readonly WordTable<NameTags> _words;

    private EntityLexicon(Dictionary<string, NameTags> words)
    {
        _words = new WordTable<NameTags>(words);
    }

    public NameTags Classify(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var value) ? value : NameTags.None;

    public bool Is(ReadOnlySpan<char> word, NameTags wordClass) => (Classify(word) & wordClass) != 0;

    /// <summary><see cref="Classify(ReadOnlySpan{char})"/> with the word's <see cref="WordFolding.Hash"/> computed once (<c>Document.WordHash</c>).</summary>
    public NameTags Classify(ReadOnlySpan<char> word, int foldedHash) => _words.TryGetValue(word, foldedHash, out var value) ? value : NameTags.None;

    /// <summary>
    /// <paramref name="word"/> in lower case: the lexicon's own string when it holds the word (no
    /// allocation on the hot path), a new one otherwise. Apostrophes keep their form.
    /// </summary>
    public string LowerCase(ReadOnlySpan<char> word) =>
        _words.TryGetFoldedKey(word, out var key) && key.AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase)
            ? key
            : word.ToString().ToLowerInvariant();

    /// <summary>What a whole name (words joined by single spaces) is known as: <see cref="NameTags.KnownMedia"/>, <see cref="NameTags.Country"/>, or none.</summary>
    public NameTags ClassifyName(ReadOnlySpan<char> name) => Classify(name) & (NameTags.KnownMedia | NameTags.Country);

    /// <summary>
    /// Reads the embedded entity word lists, with the honorifics and role words of <paramref name="titles"/>;
    /// <see cref="LexiconSet"/> does so once per lexicon set.
    /// </summary>
    public static EntityLexicon Load(IReadOnlyList<TitleWord> titles)
    {
        var words = new Dictionary<string, NameTags>(StringComparer.OrdinalIgnoreCase);

        void Add(string word, NameTags wordClass)
        {
            words[word] = words.TryGetValue(word, out var existing) ? existing | wordClass : wordClass;
        }

        foreach (var line in LexiconData.Lines("first-names-male.txt"))
        {
            Add(line, NameTags.MaleFirstName);
        }

        foreach (var line in LexiconData.Lines("first-names-female.txt"))
        {
            Add(line, NameTags.FemaleFirstName);
        }

        foreach (var title in titles)
        {
            if ((title.Tags & (TitleTags.Honorific | TitleTags.Role)) != 0)
            {
                Add(title.Word, NameTagsOf(title.Tags));
            }
        }

        foreach (var (word, category) in LexiconData.Columns("organization-words.txt"))
        {
            Add(word, category switch
            {
                "media" => NameTags.OrganizationHead | NameTags.MediaHead,
                "masthead" => NameTags.OrganizationHead | NameTags.MediaHead | NameTags.Masthead,
                "document" => NameTags.OrganizationHead | NameTags.DocumentHead,
                "kind" => NameTags.OrganizationHead | NameTags.KindHead,
                _ => NameTags.OrganizationHead,
            });
        }

        foreach (var line in LexiconData.Lines("media-organizations.txt"))
        {
            Add(line, NameTags.KnownMedia);
        }

        foreach (var (name, demonyms) in LexiconData.Columns("countries.txt"))
        {
            Add(name, NameTags.Country);
            foreach (var demonym in demonyms.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!demonym.Contains(' ', StringComparison.Ordinal))
                {
                    Add(demonym, NameTags.Demonym);
                }
            }
        }

        return new EntityLexicon(words);
    }

    private static NameTags NameTagsOf(TitleTags tags) =>
        ((tags & TitleTags.Honorific) != 0 ? NameTags.Honorific : NameTags.None)
        | ((tags & TitleTags.Role) != 0 ? NameTags.Title : NameTags.None)
        | ((tags & TitleTags.Male) != 0 ? NameTags.Male : NameTags.None)
        | ((tags & TitleTags.Female) != 0 ? NameTags.Female : NameTags.None);
}

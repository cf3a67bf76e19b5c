using Attribution.Lexicons;

namespace Attribution.Entities;

/// <summary>What a capitalised word or lower-case head noun tells the entity stage.</summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,
    MaleFirstName = 1,
    FemaleFirstName = 2,
    Title = 4,
    Honorific = 8,
    OrganizationHead = 16,
    MediaHead = 32,
    Country = 64,
    Demonym = 128,
    Male = 256,
    Female = 512,

    /// <summary>A whole name of a news organisation that has no organisation head noun (Reuters, Al Jazeera).</summary>
    KnownMedia = 1024,

    /// <summary>A media head that names an outlet only capitalised in a name (<c>Post</c>, <c>Times</c>); in lower case an ordinary word.</summary>
    Masthead = 2048,

    /// <summary>A study or report that news quotes as a source (<c>Study</c>, <c>the survey</c>); all such nouns refer alike.</summary>
    DocumentHead = 4096,
}

/// <summary>
/// The word lists of the entity stage (first names, honorifics, title and organisation head words,
/// media organisations, countries and demonyms), loaded once from the embedded data files. Immutable
/// and thread-safe.
/// </summary>
internal sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> DefaultInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WordTable<WordClass> _words;

    private EntityLexicon(Dictionary<string, WordClass> words)
    {
        _words = new WordTable<WordClass>(words);
    }

    public static EntityLexicon Default => DefaultInstance.Value;

    public WordClass Classify(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var value) ? value : WordClass.None;

    public bool Is(ReadOnlySpan<char> word, WordClass wordClass) => (Classify(word) & wordClass) != 0;

    /// <summary>What a whole name (words joined by single spaces) is known as: <see cref="WordClass.KnownMedia"/>, <see cref="WordClass.Country"/>, or none.</summary>
    /// <summary>
    /// <paramref name="word"/> in lower case: the lexicon's own string when it holds the word (no
    /// allocation on the hot path), a new one otherwise. Apostrophes keep their form.
    /// </summary>
    public string LowerCase(ReadOnlySpan<char> word) =>
        _words.TryGetFoldedKey(word, out var key) && key.AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase)
            ? key
            : word.ToString().ToLowerInvariant();

    public WordClass ClassifyName(ReadOnlySpan<char> name) => Classify(name) & (WordClass.KnownMedia | WordClass.Country);

    private static EntityLexicon Load()
    {
        var words = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);

        void Add(string word, WordClass wordClass)
        {
            words[word] = words.TryGetValue(word, out var existing) ? existing | wordClass : wordClass;
        }

        foreach (var line in Lines("first-names-male.txt"))
        {
            Add(line, WordClass.MaleFirstName);
        }

        foreach (var line in Lines("first-names-female.txt"))
        {
            Add(line, WordClass.FemaleFirstName);
        }

        foreach (var (word, gender) in Columns("honorifics.txt"))
        {
            Add(word, WordClass.Honorific | GenderClass(gender));
        }

        foreach (var (word, gender) in Columns("entity-title-words.txt"))
        {
            Add(word, WordClass.Title | GenderClass(gender));
        }

        foreach (var (word, category) in Columns("organization-words.txt"))
        {
            Add(word, category switch
            {
                "media" => WordClass.OrganizationHead | WordClass.MediaHead,
                "masthead" => WordClass.OrganizationHead | WordClass.MediaHead | WordClass.Masthead,
                "document" => WordClass.OrganizationHead | WordClass.DocumentHead,
                _ => WordClass.OrganizationHead,
            });
        }

        foreach (var line in Lines("media-organizations.txt"))
        {
                Add(line, WordClass.KnownMedia);
        }

        foreach (var (name, demonyms) in Columns("countries.txt"))
        {
            Add(name, WordClass.Country);
            foreach (var demonym in demonyms.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!demonym.Contains(' ', StringComparison.Ordinal))
                {
                    Add(demonym, WordClass.Demonym);
                }
            }
        }

        return new EntityLexicon(words);
    }

    private static WordClass GenderClass(string gender) => gender switch
    {
        "male" => WordClass.Male,
        "female" => WordClass.Female,
        _ => WordClass.None,
    };

    private static IEnumerable<(string First, string Second)> Columns(string file)
    {
        foreach (var line in Lines(file))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            yield return tab < 0 ? (line, string.Empty) : (line[..tab].Trim(), line[(tab + 1)..].Trim());
        }
    }

    private static IEnumerable<string> Lines(string file)
    {
        using var stream = typeof(EntityLexicon).Assembly.GetManifestResourceStream("Attribution.Lexicons." + file)
            ?? throw new InvalidOperationException($"The embedded lexicon {file} is missing from {typeof(EntityLexicon).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}

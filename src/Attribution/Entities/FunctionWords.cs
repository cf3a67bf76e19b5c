using Attribution.Lexicons;

namespace Attribution.Entities;

/// <summary>
/// The closed word classes the entity stage reads names around: words that are capitalised only
/// because they start a sentence, name particles, pronouns, determiners and quantifiers, prepositions.
/// </summary>
internal static class FunctionWords
{
    private static readonly WordTable<bool> SentenceStarters = Table(
        "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "By", "For", "From", "With", "Without", "To", "Of", "As",
        "After", "Before", "Since", "Until", "During", "While", "When", "Where", "Why", "How", "What", "Who", "Which", "Whose",
        "If", "Although", "Though", "Because", "But", "And", "Or", "Nor", "So", "Yet", "Then", "Now", "Still", "Also", "However",
        "Meanwhile", "Moreover", "Instead", "Indeed", "Yes", "No", "Not", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "Some", "Many", "Most", "Several", "All", "Both", "Each",
        "Every", "Any", "Other", "Another", "One", "Two", "Three", "Few", "More", "Last", "Next", "First", "Earlier", "Later",
        "According", "Asked", "Speaking", "Despite", "Under", "Over", "About", "Among", "Against", "Amid", "Following", "Like",
        "Unlike", "Even", "Only", "Just", "Such", "Once", "Today", "Yesterday", "Tomorrow", "Thus", "Hence", "Please", "Ms",
        "Image", "Photo", "Video", "Source", "Sources", "Officials", "Police", "Critics", "Experts", "Analysts", "Residents");

    private static readonly WordTable<bool> Particles = Table(
        "von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "al", "el", "bin", "ibn", "ben", "bint",
        "dos", "das", "ter", "ten", "zu", "y", "af", "abu");

    private static readonly WordTable<bool> Prepositions = Table(
        "of", "for", "at", "in", "on", "with", "from", "to", "by", "about", "into", "over", "under", "against", "near", "among", "across");

    private static readonly WordTable<bool> PlaceMarkers = Table(
        "in", "at", "from", "near", "into", "across", "to", "toward", "towards", "throughout", "around", "outside", "inside", "via");

    private static readonly WordTable<bool> ClauseOpeners = Table(
        ",", "and", "but", "when", "while", "as", "because", "after", "before", "that", "if", "since", "though", "although",
        "whereas", "until", "where", "so", "then", ";", ":", "—", "–");

    private static readonly WordTable<bool> Quantifiers = Table(
        "the", "a", "an", "many", "some", "several", "most", "other", "various", "numerous", "all", "both", "few", "certain",
        "these", "those", "such");

    private static readonly WordTable<bool> Indefinites = Table("a", "an", "one", "another", "some");

    private static readonly WordTable<bool> Definites = Table("the", "this", "that", "these", "those");

    private static readonly WordTable<bool> PluralPersonNouns = Table(
        "people", "police", "officials", "sources", "experts", "analysts", "critics", "residents", "witnesses", "activists",
        "observers", "diplomats", "lawmakers", "leaders", "members", "authorities", "officers", "workers", "scientists",
        "researchers", "doctors", "protesters", "supporters", "opponents", "investigators", "prosecutors", "organizers",
        "organisers", "campaigners", "villagers", "students", "teachers", "parents", "locals", "voters", "citizens", "groups",
        "organizations", "organisations", "representatives", "spokespeople", "staff", "employees", "executives", "medics",
        "paramedics", "rescuers", "survivors", "victims", "families", "relatives", "neighbors", "neighbours", "men", "women",
        "soldiers", "troops", "militants", "rebels", "insurgents", "negotiators", "ministers", "governments", "agencies",
        "companies", "firms", "unions", "parties", "states", "countries", "nations", "economists", "commentators", "scholars");

    private static readonly WordTable<bool> PlaceNouns = Table("city", "town", "village", "municipality", "county", "province", "borough");

    private static readonly WordTable<bool> CountryNouns = Table("country", "nation");

    private static readonly WordTable<bool> AnonymousHeads = Table("source", "sources", "insider", "insiders", "person", "someone");

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => SentenceStarters.Contains(word);

    public static bool IsParticle(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]) && Particles.Contains(word);

    public static bool IsPreposition(ReadOnlySpan<char> word) => Prepositions.Contains(word);

    public static bool IsPlaceMarker(ReadOnlySpan<char> word) => PlaceMarkers.Contains(word);

    public static bool IsClauseOpener(ReadOnlySpan<char> word) => ClauseOpeners.Contains(word);

    public static bool IsQuantifier(ReadOnlySpan<char> word) => Quantifiers.Contains(word);

    public static bool IsIndefinite(ReadOnlySpan<char> word) => Indefinites.Contains(word);

    public static bool IsDefinite(ReadOnlySpan<char> word) => Definites.Contains(word);

    public static bool IsPluralPersonNoun(ReadOnlySpan<char> word) => PluralPersonNouns.Contains(word);

    /// <summary>Nouns that refer back to a named place or its government: <c>the city</c>, <c>the town</c>.</summary>
    public static bool IsPlaceNoun(ReadOnlySpan<char> word) => PlaceNouns.Contains(word);

    /// <summary>Nouns that refer back to a named country: <c>the country</c>, <c>the nation</c>.</summary>
    public static bool IsCountryNoun(ReadOnlySpan<char> word) => CountryNouns.Contains(word);

    public static bool IsAnonymousHead(ReadOnlySpan<char> word) => AnonymousHeads.Contains(word);

    /// <summary>Words that end a noun phrase's head part: relative pronouns and clause words.</summary>
    public static bool IsRelativeWord(ReadOnlySpan<char> word) =>
        word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("whose", StringComparison.OrdinalIgnoreCase)
        || word.Equals("which", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase)
        || word.Equals("whom", StringComparison.OrdinalIgnoreCase);

    private static WordTable<bool> Table(params string[] words)
    {
        var entries = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            entries.TryAdd(word, true);
        }

        return new(entries);
    }
}

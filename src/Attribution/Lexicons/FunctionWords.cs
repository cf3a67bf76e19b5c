namespace Attribution.Lexicons;

/// <summary>
/// English closed-class words, the one table of them: grammar, not vocabulary, so they live in code. The
/// frame and mention stages read a word's <see cref="WordClass"/>; the entity stage reads the sets it
/// needs around names (words capitalised only because they start a sentence, name particles, determiners
/// and quantifiers, place prepositions, plural person nouns).
/// </summary>
internal static class FunctionWords
{
    // ---- Word classes for noun-phrase and frame boundaries (case-sensitive, lower case) ----
    private static readonly WordTable<WordClass> Classes = BuildClasses();

    /// <summary>The grammatical class of a closed-class word (case-sensitive: the table holds lower-case forms), or <see cref="WordClass.None"/>.</summary>
    public static WordClass ClassOf(ReadOnlySpan<char> word) => Classes.TryGetValue(word, out var c) ? c : WordClass.None;

    /// <summary><see cref="ClassOf(ReadOnlySpan{char})"/> with the word's <see cref="WordFolding.Hash"/> computed once (<c>Document.WordHash</c>).</summary>
    public static WordClass ClassOf(ReadOnlySpan<char> word, int foldedHash) => Classes.TryGetValue(word, foldedHash, out var c) ? c : WordClass.None;

    private static WordTable<WordClass> BuildClasses()
    {
        var map = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        Add(map, WordClass.Determiner, "the a an this these those");
        Add(map, WordClass.Determiner, Pronouns.PossessiveDeterminers);
        Add(map, WordClass.Determiner, "some many several most all both each every few other another any no such one two three four five six seven eight nine ten dozens hundreds thousands more");
        Add(map, WordClass.NounPreposition, "of for at from by with in on");
        Add(map, WordClass.Preposition, "to about aboard into onto over under against between through during without within upon after before since until across toward towards via per among amid despite like near around behind beyond inside outside than");
        Add(map, WordClass.Coordinator, "and or");
        Add(map, WordClass.Subordinator, "but so yet because when while if although though as whether unless whereas once where nor then however therefore meanwhile instead");
        Add(map, WordClass.Auxiliary, "is was were are be been being am has have had having do does did will would shall should can could may might must cannot 's 'd 'll 've");
        Add(map, WordClass.Adverb, "now also later again not n't never always often repeatedly reportedly previously recently further separately publicly privately still just only even already initially subsequently earlier frequently quickly simply clearly yesterday today tonight");
        // Manner and stance adverbs between a subject and its cue ("a teacher mistakenly thought …", "officials firmly believe …").
        Add(map, WordClass.Adverb, "mistakenly wrongly falsely rightly correctly openly widely strongly firmly personally generally apparently allegedly originally");
        Add(map, WordClass.ObjectPronoun, Pronouns.ObjectOnlyForms);
        Add(map, WordClass.Other, "there here what how why which whom whose it's");
        Add(map, WordClass.Other, Pronouns.Reflexives);
        Add(map, WordClass.Other, "i'm that's");
        return new WordTable<WordClass>(map);
    }

    private static void Add(Dictionary<string, WordClass> map, WordClass wordClass, string words) => Add(map, wordClass, words.Split(' '));

    private static void Add(Dictionary<string, WordClass> map, WordClass wordClass, IEnumerable<string> words)
    {
        foreach (var w in words)
        {
            map.TryAdd(w, wordClass);
        }
    }

    // ---- Word sets the entity stage reads names around (case-insensitive) ----
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

    // Adverbial particles of phrasal verbs, which stand after a pronoun object ("ruled it out", "played it down").
    private static readonly WordTable<bool> VerbParticles = Table("out", "up", "down", "off", "aside", "away", "back", "over");

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

    // A quantifier that stands alone for people as a clause's subject ("although some worried that …", "others argue …").
    private static readonly WordTable<bool> QuantifierSubjects = Table("some", "many", "most", "others", "several", "few", "both");

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

    // Irregular past forms that are rarely nouns or adjectives.
    private static readonly WordTable<bool> IrregularPasts = Table(
        "went", "came", "took", "gave", "made", "found", "lost", "won", "began", "became", "knew", "saw", "got", "held", "kept",
        "paid", "sent", "spent", "brought", "bought", "fell", "felt", "met", "ran", "rose", "sold", "stood", "struck", "wrote", "left",
        "shook", "sat", "spoke", "broke", "grew", "threw", "fought", "drove", "wore", "swore", "hung", "slept", "woke", "hurt", "drew", "sank", "sought", "caught", "chose");

    // Irregular past participles without -ed or -en that open a reduced relative clause ("the letter seen by", "a survey led by").
    private static readonly WordTable<bool> IrregularParticiples = Table(
        "seen", "done", "shown", "known", "led", "run", "set", "put", "cut", "read", "built", "made", "found", "held", "kept",
        "paid", "sent", "spent", "brought", "bought", "won", "lost", "sold", "left", "met", "hurt", "struck", "caught", "sought", "fought",
        "hung", "felt", "stood", "sat", "slept", "got");

    // -ing words that make compound nouns with the noun after them ("bank holding company", "chief operating officer").
    private static readonly WordTable<bool> CompoundIngModifiers = Table(
        "holding", "operating", "ruling", "governing", "acting", "managing", "founding", "polling", "marketing", "banking",
        "accounting", "shipping", "trading", "publishing", "broadcasting", "consulting", "lending", "manufacturing", "mining",
        "farming", "housing", "training", "funding", "advertising", "investing", "engineering", "nursing", "teaching", "planning",
        "licensing", "monitoring", "rating", "organizing", "organising", "steering", "sitting", "standing");

    private static readonly WordTable<bool> PlaceNouns = Table("city", "town", "village", "municipality", "county", "province", "borough");

    private static readonly WordTable<bool> CountryNouns = Table("country", "nation");

    /// <summary>The forms of <i>be</i> among the auxiliaries: after them a participle is a passive (<c>were told</c>), not a perfect.</summary>
    private static readonly WordTable<bool> BeForms = Table("is", "are", "was", "were", "am", "be", "been", "being", "'s", "’s", "'re", "’re", "'m", "’m");

    private static readonly WordTable<bool> AnonymousHeads = Table("source", "sources", "insider", "insiders", "person", "someone");

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => SentenceStarters.Contains(word);

    /// <summary><see cref="IsSentenceStarter(ReadOnlySpan{char})"/> with the word's <see cref="WordFolding.Hash"/> computed once (<c>Document.WordHash</c>).</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word, int foldedHash) => SentenceStarters.Contains(word, foldedHash);

    /// <summary>An adverbial particle of a phrasal verb (<c>out</c>, <c>down</c>, <c>aside</c>), as in <c>ruled it out</c>.</summary>
    public static bool IsVerbParticle(ReadOnlySpan<char> word) => VerbParticles.Contains(word);

    public static bool IsParticle(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]) && Particles.Contains(word);

    public static bool IsPreposition(ReadOnlySpan<char> word) => Prepositions.Contains(word);

    // Adverbs that focus or grade the noun phrase right after them ("said only three people were hurt", "said even small
    // firms would pay", "said further cuts would depend on the data"): there they open the reported clause's subject.
    private static readonly WordTable<bool> NounFocusingAdverbs = Table(
        "only", "even", "just", "further", "merely", "solely", "especially", "particularly", "nearly", "almost", "roughly");

    /// <summary>An adverb that may open a noun phrase it focuses or grades: <c>only</c>, <c>even</c>, <c>further</c>.</summary>
    public static bool IsNounFocusingAdverb(ReadOnlySpan<char> word) => NounFocusingAdverbs.Contains(word);

    // Degree words that grade the -ly adverb after them ("said very clearly that …", "stated quite plainly that …"): with it
    // they are a manner adjunct of the cue, not the start of the reported clause.
    private static readonly WordTable<bool> DegreeAdverbs = Table(
        "very", "quite", "so", "rather", "really", "fairly", "extremely", "too");

    /// <summary>A degree word that grades an adverb after it: <c>very</c> (clearly), <c>quite</c> (plainly).</summary>
    public static bool IsDegreeAdverb(ReadOnlySpan<char> word) => DegreeAdverbs.Contains(word);

    // Base forms whose ending looks like an inflection ("vowed to bring it back", "promised to focus on jobs").
    private static readonly WordTable<bool> BaseFormsWithInflectedEndings = Table(
        "bring", "sing", "ring", "sting", "swing", "spring", "cling", "fling", "wring", "string", "focus", "bias");

    /// <summary>A verb's base form that ends like an inflection: <c>bring</c>, <c>focus</c>.</summary>
    public static bool IsBaseFormWithInflectedEnding(ReadOnlySpan<char> word) => BaseFormsWithInflectedEndings.Contains(word);

    /// <summary>An -ing word that forms a compound noun with the noun after it (<c>holding</c> company, <c>operating</c> officer).</summary>
    public static bool IsCompoundIngModifier(ReadOnlySpan<char> word) => CompoundIngModifiers.Contains(word);

    /// <summary>An irregular past form that is rarely a noun or adjective (<c>went</c>, <c>found</c>, <c>wrote</c>).</summary>
    public static bool IsIrregularPast(ReadOnlySpan<char> word) => IrregularPasts.Contains(word);

    /// <summary>An irregular past participle with no -ed or -en ending (<c>seen</c>, <c>led</c>, <c>made</c>).</summary>
    public static bool IsIrregularParticiple(ReadOnlySpan<char> word) => IrregularParticiples.Contains(word);

    /// <summary>A past participle by its spelling: four letters or more ending in -ed or -en (<c>released</c>, <c>written</c>), or an irregular one (<c>seen</c>).</summary>
    public static bool LooksLikePastParticiple(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal)) || IsIrregularParticiple(word);

    public static bool IsPlaceMarker(ReadOnlySpan<char> word) => PlaceMarkers.Contains(word);

    public static bool IsClauseOpener(ReadOnlySpan<char> word) => ClauseOpeners.Contains(word);

    public static bool IsQuantifier(ReadOnlySpan<char> word) => Quantifiers.Contains(word);

    /// <summary>A quantifier that may stand alone for people as a clause's subject: <c>some</c>, <c>others</c>, <c>many</c>.</summary>
    public static bool IsQuantifierSubject(ReadOnlySpan<char> word) => QuantifierSubjects.Contains(word);

    /// <summary>A form of <i>be</i> (<c>is</c>, <c>were</c>, <c>been</c>, <c>'s</c>).</summary>
    public static bool IsBeForm(ReadOnlySpan<char> word) => BeForms.Contains(word);

    /// <summary>
    /// <c>another</c> standing alone for one more of the people just named (<c>One protester held a sign, while another shouted,
    /// “…”</c>); singular, so only a past or a form in <c>-s</c> agrees with it.
    /// </summary>
    public static bool IsSingularQuantifierSubject(ReadOnlySpan<char> word) => word.Equals("another", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A first word that makes a phrase about people plural whatever its head: a standalone quantifier
    /// (<c>some</c>, <c>many</c>, <c>others</c>) or a plural demonstrative (<c>those close to him</c>).
    /// </summary>
    public static bool IsPluralPeopleOpener(ReadOnlySpan<char> word) =>
        QuantifierSubjects.Contains(word) || word.Equals("those", StringComparison.OrdinalIgnoreCase) || word.Equals("these", StringComparison.OrdinalIgnoreCase);

    public static bool IsIndefinite(ReadOnlySpan<char> word) => Indefinites.Contains(word);

    public static bool IsDefinite(ReadOnlySpan<char> word) => Definites.Contains(word);

    public static bool IsPluralPersonNoun(ReadOnlySpan<char> word) => PluralPersonNouns.Contains(word);

    /// <summary>Nouns that refer back to a named place or its government: <c>the city</c>, <c>the town</c>.</summary>
    public static bool IsPlaceNoun(ReadOnlySpan<char> word) => PlaceNouns.Contains(word);

    /// <summary>Nouns that refer back to a named country: <c>the country</c>, <c>the nation</c>.</summary>
    public static bool IsCountryNoun(ReadOnlySpan<char> word) => CountryNouns.Contains(word);

    public static bool IsAnonymousHead(ReadOnlySpan<char> word) => AnonymousHeads.Contains(word);

    /// <summary>Words that end a noun phrase's head part: relative pronouns and clause words.</summary>
    public static bool IsRelativeWord(ReadOnlySpan<char> word) => Pronouns.IsRelative(word);

    private static WordTable<bool> Table(params string[] words) => WordTable.Set(words, ignoreCase: true);
}

using Attribution.Lexicons;

namespace Attribution.Text;

/// <summary>
/// The closed word lists the tokenizer and the sentence splitter consult. Kept in code (not in the
/// embedded lexicon files) because they encode conventions of English orthography, not vocabulary.
/// </summary>
internal static class FrontEndLexicon
{
    /// <summary>Titles and other abbreviations that stand before a name or a number, so a capitalized word or a number after them never starts a sentence.</summary>
    public static readonly WordTable<bool> PrepositiveAbbreviations = WordTable.Set(
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Gen", "Gens", "Sen", "Sens",
        "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Comdr",
        "Brig", "Rev", "Revd", "Hon", "Pres", "Supt", "Det", "Insp", "Atty", "Amb", "Fr", "Msgr", "Sec", "Asst",
        "St", "Ste", "Mt", "Ft", "Pt", "No", "Nos", "no", "nos", "vs", "v", "Vol", "vol", "Fig", "fig", "Figs",
        "p", "pp", "approx", "ca", "cf", "Gov", "Mx", "Sra", "Sr", "Sgt", "Spc", "Ald", "Hwy", "Rt", "Ave", "Blvd",
    ], ignoreCase: false);

    /// <summary>Words whose trailing period belongs to them (the period is kept inside the token).</summary>
    public static readonly WordTable<bool> Abbreviations = WordTable.Set(
    [
        // Titles and ranks.
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Gen", "Gens", "Sen", "Sens",
        "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Comdr",
        "Brig", "Rev", "Revd", "Hon", "Pres", "Supt", "Det", "Insp", "Atty", "Amb", "Fr", "Msgr", "Sec", "Asst", "Mx",
        "Sr", "Jr", "Sra", "Spc", "Ald", "Esq", "Assoc", "Dept", "Univ", "Insp",
        // Places and addresses.
        "St", "Ste", "Mt", "Ft", "Pt", "Ave", "Blvd", "Rd", "Sq", "Hwy", "Ln", "Ct", "Pl", "Dist", "Rt", "Mtn",
        "st", "ave", "blvd", "rd", "mt", "ft",
        // Months and days ("May" is a full word and takes no period).
        .. CalendarNames.MonthAbbreviations, .. CalendarNames.WeekdayAbbreviations,
        // Companies and organisations.
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc", "Assn", "Intl", "Natl", "Govt", "co", "inc", "corp", "ltd",
        // U.S. states in the AP style of news datelines.
        "Ala", "Ariz", "Ark", "Calif", "Cal", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky",
        "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn",
        "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo",
        // Scholarly and general.
        "vs", "etc", "al", "approx", "est", "ca", "cf", "ed", "eds", "fig", "Fig", "figs", "Figs", "vol", "Vol", "vols",
        "pp", "pg", "para", "ch", "chap", "Ch", "sec", "Sec", "art", "Art", "op", "resp", "viz", "Vol", "Nos", "nos",
        "hrs", "mins", "yrs", "mos", "wk", "wks", "Ph",
    ], ignoreCase: false);

    /// <summary>
    /// Reference abbreviations that take their period only before a number, in any case (<c>No. 1</c>, <c>SEC. 12</c>,
    /// <c>Rs. 450</c>, <c>Eq. 3</c>, but "I said no."): the number they introduce continues the sentence.
    /// </summary>
    public static readonly WordTable<bool> NumberAbbreviations = WordTable.Set(
        ["no", "nos", "art", "arts", "sec", "secs", "rs", "eq", "eqs", "ex", "ref", "refs", "doc", "tab", "nr", "reg", "para", "paras", "cl", "sch", "ord"],
        ignoreCase: true);

    /// <summary>
    /// Names whose exclamation mark is part of the name (<c>Yahoo!</c>, <c>Jeopardy!</c>): like an abbreviation's
    /// period, the mark ends the sentence only when a sentence starter follows (<c>Yahoo! Japan</c> continues).
    /// </summary>
    public static readonly WordTable<bool> ExclamationNames = WordTable.Set(["Yahoo", "Jeopardy", "Joomla", "Yum", "Wham"], ignoreCase: false);

    /// <summary>
    /// Plural words that end organisation names (<c>U.S. Marines</c>, <c>Acme Industries</c>). Other capitalized
    /// plural nouns after an abbreviation (<c>the U.S. Analysts said</c>) start a sentence.
    /// </summary>
    public static readonly WordTable<bool> PluralNameWords = WordTable.Set(
    [
        "Marines", "Forces", "Airways", "Airlines", "Industries", "Holdings", "Systems", "Services", "Communications",
        "Technologies", "Partners", "Associates", "Brothers", "Games", "Islands", "States", "Nations", "Affairs", "News",
        "Times", "Sports", "Studios", "Pictures", "Records", "Laboratories", "Labs", "Networks", "Enterprises",
        "Securities", "Resources", "Solutions", "Motors", "Foods", "Stores", "Pharmaceuticals",
        "Treasuries", "Marshals", "Rangers", "Reserves", "Olympics", "Championships", "Awards", "Masters", "Headquarters",
    ], ignoreCase: false);

    /// <summary>Postpositive time abbreviations (their letters, periods removed).</summary>
    public static readonly WordTable<bool> TimeAbbreviations = WordTable.Set(["am", "pm"], ignoreCase: true);

    /// <summary>Words that commonly follow a clock time without starting a sentence (<c>3 p.m. Friday</c>, <c>9 a.m. EST</c>).</summary>
    public static readonly WordTable<bool> TimeContinuations = WordTable.Set(
    [
        .. CalendarNames.AllNames, "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "MT",
        "PT", "GMT", "UTC", "BST", "CET", "CEST", "IST", "JST", "AEST", "AEDT", "Eastern", "Central", "Pacific",
        "Mountain", "Greenwich", "local", "Local",
    ], ignoreCase: false);

    /// <summary>Prepositions that open a leading time phrase (<c>At 5 a.m. Mr. Smith left</c>).</summary>
    public static readonly WordTable<bool> TimePrepositions = WordTable.Set(
        ["at", "by", "around", "about", "until", "till", "before", "after", "from", "since", "shortly", "just", "by", "near", "past", "to"],
        ignoreCase: true);

    /// <summary>
    /// Capitalized closed-class words that normally start a sentence. After an abbreviation that can end a
    /// sentence (<c>U.S.</c>, <c>Co.</c>, an initial) such a word signals a boundary, while a capitalized
    /// content word (<c>U.S. Government</c>, <c>U.N. Security Council</c>) continues the name.
    /// </summary>
    public static readonly WordTable<bool> SentenceStarters = WordTable.Set(
    [
        "I", "He", "She", "It", "We", "They", "You", "This", "That", "These", "Those", "There", "Here", "Who", "What",
        "When", "Where", "Why", "How", "Which", "Whose", "Whom", "The", "A", "An", "Some", "Many", "Most", "All", "Both",
        "Each", "Every", "Any", "Such", "Its", "His", "Her", "Their", "Our", "My", "Your", "But", "And", "Or", "Nor",
        "So", "Yet", "However", "Meanwhile", "Still", "Then", "Thus", "Also", "Now", "Instead", "Although", "Though",
        "While", "Because", "If", "As", "After", "Before", "Since", "Until", "Once", "In", "On", "At", "For", "From",
        "By", "With", "Without", "Of", "To", "Under", "Over", "During", "Despite", "Among", "Between", "Against",
        "About", "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can", "Could", "Will", "Would", "Should", "Shall",
        "Has", "Have", "Had", "Might", "Must", "Let", "Not", "Yes", "No", "Nothing", "Nobody", "Everyone", "Everybody",
        "Someone", "Somebody", "Please", "Moreover", "Furthermore", "Indeed", "Later", "Earlier", "Today",
        "Yesterday", "Tomorrow", "Last", "Next", "Other", "Another", "Even", "Only", "Just", "Whether", "Unlike",
        "Like", "Following", "According", "Asked", "Speaking", "Several", "Few", "Much", "Neither", "Either",
    ], ignoreCase: false);

    /// <summary>
    /// Speech cue verbs: after <c>“So what?”</c> a capitalized name followed by one of these (<c>Harry said</c>)
    /// continues the sentence of the quotation.
    /// </summary>
    public static readonly WordTable<bool> CueVerbs = WordTable.Set(
    [
        "said", "says", "say", "asked", "asks", "told", "tells", "added", "adds", "replied", "replies", "wrote", "writes",
        "explained", "explains", "noted", "notes", "continued", "continues", "shouted", "yelled", "whispered", "cried",
        "declared", "declares", "insisted", "insists", "argued", "argues", "stated", "states", "recalled", "recalls",
        "warned", "warns", "concluded", "exclaimed", "answered", "responded", "remarked", "observed", "quipped",
        "muttered", "suggested", "announced", "acknowledged", "admitted", "claimed", "claims", "tweeted", "posted",
        "commented", "confirmed", "conceded", "countered", "demanded", "pleaded", "protested", "snapped", "laughed",
        "sighed", "joked", "mused", "wondered", "urged", "agreed", "began", "repeated", "whispers", "shouts",
    ], ignoreCase: false);

    /// <summary>The plain speech verbs that may follow a quotation closed with a period (<c>“I will go.” Smith said.</c>).</summary>
    public static readonly WordTable<bool> PlainSpeechVerbs = WordTable.Set(
        ["said", "says", "asked", "asks", "told", "tells", "added", "adds", "replied", "replies", "wrote", "writes", "explained", "noted", "continued"], ignoreCase: false);

    /// <summary>Top-level domains that make <c>name.tld</c> a web address without a scheme (English words such as "in" or "it" are left out on purpose).</summary>
    public static readonly WordTable<bool> BareDomainSuffixes = WordTable.Set(
    [
        "com", "org", "net", "gov", "edu", "int", "mil", "io", "ai", "co", "uk", "de", "fr", "ru", "cn", "jp", "info",
        "biz", "tv", "eu", "ca", "au", "ch", "nl", "es", "se", "il", "ua", "news", "gov.uk", "ly", "gl", "nz", "ie",
        "pl", "br", "mx", "za", "kr", "tw", "hk", "sg", "dk", "fi", "pt", "gr", "tr", "ir", "ps", "lb", "eg",
        "app", "dev", "xyz", "online", "site",
    ], ignoreCase: false);

    /// <summary>Words that an initial apostrophe shortens (<c>’Tis</c>, <c>'em</c>, <c>’cause</c>).</summary>
    public static readonly WordTable<bool> ElidedWords = WordTable.Set(
        ["tis", "twas", "em", "cause", "cos", "cuz", "til", "till", "bout", "round", "n", "kay", "sup", "nuff", "ere", "scuse"],
        ignoreCase: true);

    /// <summary>Clitics split off their host after an apostrophe (<c>’s ’re ’ve ’ll ’d ’m</c>); <c>n’t</c> is handled apart.</summary>
    public static readonly WordTable<bool> Clitics = WordTable.Set(["s", "re", "ve", "ll", "d", "m"], ignoreCase: true);
}

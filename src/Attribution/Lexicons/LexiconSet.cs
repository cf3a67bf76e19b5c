using Attribution.Text;

namespace Attribution.Lexicons;

/// <summary>
/// The word lists the stages consult, read from the embedded data files and extended by the caller
/// through <see cref="AttributionPipelineBuilder"/>, which builds one set per extractor: no stage reads a
/// static lexicon. Immutable after construction and thread-safe.
/// </summary>
internal sealed class LexiconSet
{
    private readonly WordTable<CueWord> _cues;
    private readonly WordTable<WordTags> _tags;
    private readonly WordTable<WordRoles> _roles;

    public LexiconSet(IEnumerable<string> extraCueVerbs, IEnumerable<string> extraBeliefVerbs)
    {
        ArgumentNullException.ThrowIfNull(extraCueVerbs);
        ArgumentNullException.ThrowIfNull(extraBeliefVerbs);
        ExtraCueVerbs = extraCueVerbs.ToArray();
        ExtraBeliefVerbs = extraBeliefVerbs.ToArray();

        var cues = new Dictionary<string, CueEntry>(StringComparer.Ordinal);
        AddVerbFile(cues, "cue-verbs.txt", CueClass.Speech);
        AddVerbFile(cues, "manner-verbs.txt", CueClass.Manner);
        AddVerbFile(cues, "belief-verbs.txt", CueClass.Belief);
        foreach (var lemma in ExtraCueVerbs)
        {
            AddVerb(cues, [lemma], CueClass.Speech, overwrite: true);
        }

        foreach (var lemma in ExtraBeliefVerbs)
        {
            AddVerb(cues, [lemma], CueClass.Belief, overwrite: true);
        }

        var words = new Dictionary<string, CueWord>(StringComparer.Ordinal);
        foreach (var (form, entry) in cues)
        {
            words[form] = new CueWord(entry, null);
        }

        foreach (var (form, entries) in LoadPhrasalCues())
        {
            words[form] = new CueWord(words.GetValueOrDefault(form).Single, entries);
        }

        foreach (var line in LexiconData.Lines("nominal-cues.txt"))
        {
            var fields = LexiconData.Fields(line);
            string noun = fields[0].ToLowerInvariant();
            var nounClass = Array.IndexOf(fields, "+belief") >= 0 ? CueClass.Belief : CueClass.Speech; // "his view that …"
            var entry = new CueEntry(noun, nounClass, VerbForm.Base, false, false, []) { IsNominal = true, TakesInfinitive = Array.IndexOf(fields, "+infinitive") >= 0, IsViewpoint = Array.IndexOf(fields, "+viewpoint") >= 0 };
            foreach (var form in new[] { noun, NounInflector.Plural(noun) })
            {
                words[form] = words.GetValueOrDefault(form) with { Nominal = entry };
            }
        }

        foreach (var line in LexiconData.Lines("predicative-cues.txt"))
        {
            var fields = LexiconData.Fields(line);
            var (forms, _, quoted, clausal, _) = ParseVerbFields(fields, 0);
            var entry = new CueEntry(forms[0], CueClass.Belief, VerbForm.Base, false, quoted, []) { Clausal = clausal, IsPredicative = true };
            words[forms[0]] = words.GetValueOrDefault(forms[0]) with { Predicative = entry };
        }

        var titles = TitleWord.Load();
        _cues = new WordTable<CueWord>(words);
        _tags = new WordTable<WordTags>(LoadTags(titles));
        _roles = new WordTable<WordRoles>(LoadRoles(words.Keys, DeclineCues.Default.FirstWords, Time.TimePhraseMatcher.LowerCaseStartWords));
        Entities = EntityLexicon.Load(titles);
    }

    /// <summary>The words of the entity stage: first names, honorifics, titles, organisation heads, media, countries.</summary>
    public EntityLexicon Entities { get; }

    public IReadOnlyList<string> ExtraCueVerbs { get; }

    public IReadOnlyList<string> ExtraBeliefVerbs { get; }

    /// <summary>The single-word cue that <paramref name="word"/> is a form of, if any.</summary>
    public bool TryGetCue(ReadOnlySpan<char> word, out CueEntry cue)
    {
        cue = _cues.TryGetValue(word, out var found) ? found.Single! : null!;
        return cue is not null;
    }

    /// <summary>The multi-word cues whose first word is <paramref name="word"/> (longest first), if any.</summary>
    public bool TryGetPhrasalCues(ReadOnlySpan<char> word, out CueEntry[] cues)
    {
        cues = _cues.TryGetValue(word, out var found) ? found.Phrasal! : null!;
        return cues is not null;
    }

    /// <summary>The noun of saying <paramref name="word"/> is (<c>claim</c>, <c>assertions</c>), if any.</summary>
    public bool TryGetNominalCue(ReadOnlySpan<char> word, out CueEntry cue)
    {
        cue = _cues.TryGetValue(word, out var found) ? found.Nominal! : null!;
        return cue is not null;
    }

    /// <summary>The adjective of belief or feeling <paramref name="word"/> is (<c>confident</c>, <c>worried</c>), if any.</summary>
    public bool TryGetPredicativeCue(ReadOnlySpan<char> word, out CueEntry cue)
    {
        cue = _cues.TryGetValue(word, out var found) ? found.Predicative! : null!;
        return cue is not null;
    }

    /// <summary>The single-word and phrasal cues <paramref name="word"/> is or starts, in one look-up.</summary>
    public bool TryGetCueWord(ReadOnlySpan<char> word, out CueWord cue) => _cues.TryGetValue(word, out cue);

    /// <summary><see cref="TryGetCueWord(ReadOnlySpan{char}, out CueWord)"/> with the word's <see cref="WordFolding.Hash"/> computed once (<c>Document.WordHash</c>).</summary>
    public bool TryGetCueWord(ReadOnlySpan<char> word, int foldedHash, out CueWord cue) => _cues.TryGetValue(word, foldedHash, out cue);

    /// <summary>The noun-phrase roles of <paramref name="word"/>.</summary>
    public WordTags TagsOf(ReadOnlySpan<char> word) => _tags.TryGetValue(word, out var tags) ? tags : WordTags.None;

    /// <summary><see cref="TagsOf(ReadOnlySpan{char})"/> with the word's <see cref="WordFolding.Hash"/> computed once (<c>Document.WordHash</c>).</summary>
    public WordTags TagsOf(ReadOnlySpan<char> word, int foldedHash) => _tags.TryGetValue(word, foldedHash, out var tags) ? tags : WordTags.None;

    /// <summary>
    /// The <see cref="WordRoles"/> of every token at once (<see cref="WordRoles.None"/> for a token that is no word): one look-up
    /// per word for the lists a pass over every token asks about. <paramref name="foldedHashes"/> as <c>Document.WordHashes</c>.
    /// </summary>
    public void FindRoles(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> foldedHashes, Span<WordRoles> roles) =>
        _roles.FindWords(text, tokens, foldedHashes, roles, WordRoles.None);

    /// <summary>
    /// The roles table's entries, keyed by the folded word: the cue table and the decline table fold their keys the same
    /// way (<see cref="WordFolding.Fold(string)"/>), so a word has a role exactly when that table holds it.
    /// </summary>
    private static Dictionary<string, WordRoles> LoadRoles(IEnumerable<string> cueWords, IEnumerable<string> declineStarts, IEnumerable<string> timeStarts)
    {
        var roles = new Dictionary<string, WordRoles>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, WordRoles role)
        {
            foreach (var word in words)
            {
                string folded = WordFolding.Fold(word);
                roles[folded] = roles.GetValueOrDefault(folded) | role;
            }
        }

        Add(cueWords, WordRoles.Cue);
        Add(declineStarts, WordRoles.DeclineStart);
        Add(timeStarts, WordRoles.TimeStart);

        // The calendar look-ups drop one period after a name before looking it up ("Sept.", "Wed."), so the token with its
        // period gets the role too; more keys than the look-ups find only leave them a few more words to turn away.
        Add(CalendarNames.AllNames, WordRoles.CalendarName);
        Add(CalendarNames.AllNames.Select(static name => name + "."), WordRoles.CalendarName);
        Add(CalendarNames.Holidays, WordRoles.CalendarName);
        return roles;
    }

    private static void AddVerbFile(Dictionary<string, CueEntry> cues, string file, CueClass cueClass)
    {
        foreach (var line in LexiconData.Lines(file))
        {
            AddVerb(cues, LexiconData.Fields(line), cueClass, overwrite: false);
        }
    }

    private static void AddVerb(Dictionary<string, CueEntry> cues, string[] fields, CueClass cueClass, bool overwrite)
    {
        var (forms, addressee, quoted, clausal, infinitive) = ParseVerbFields(fields, 0);
        bool objectInfinitive = Array.IndexOf(fields, "+object-infinitive") >= 0;
        bool charge = Array.IndexOf(fields, "+charge") >= 0;
        bool takesObject = Array.IndexOf(fields, "+object") >= 0;
        bool objectGerund = Array.IndexOf(fields, "+object-gerund") >= 0;
        bool hearsay = Array.IndexOf(fields, "+hearsay") >= 0;
        bool characterises = Array.IndexOf(fields, "+characterise") >= 0;
        bool predicate = Array.IndexOf(fields, "+predicate") >= 0;
        bool presentOnly = Array.IndexOf(fields, "+present") >= 0;
        bool thatOnly = Array.IndexOf(fields, "+that") >= 0;
        bool linking = Array.IndexOf(fields, "+linking") >= 0;
        string lemma = forms[0];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (form, kind) in VerbInflector.Inflect(lemma, forms.Count > 1 ? forms[1] : null, forms.Count > 2 ? forms[2] : null))
        {
            if (!seen.Add(form) || (presentOnly && kind is not (VerbForm.Base or VerbForm.ThirdPerson)))
            {
                continue; // "said" is past and participle: the first (past) reading stands; "saw a rise" is no belief
            }

            var entry = new CueEntry(lemma, cueClass, kind, addressee, quoted, []) { PastSpelledAsBase = kind == VerbForm.Base && forms.Count > 1 && forms[1] == lemma, Clausal = clausal, TakesInfinitive = infinitive, TakesObjectInfinitive = objectInfinitive, TakesCharge = charge, TakesObject = takesObject, TakesObjectGerund = objectGerund, TakesHearsayInfinitive = hearsay, Characterises = characterises, TakesPredicate = predicate, PresentOnly = presentOnly, ThatOnly = thatOnly, Links = linking };
            if (overwrite)
            {
                cues[form] = entry;
            }
            else
            {
                cues.TryAdd(form, entry);
            }
        }
    }

    private static (List<string> Forms, bool Addressee, bool Quoted, bool Clausal, bool Infinitive) ParseVerbFields(string[] fields, int first)
    {
        var forms = new List<string>(3);
        bool addressee = false, quoted = false, clausal = false, infinitive = false;
        for (int i = first; i < fields.Length; i++)
        {
            switch (fields[i])
            {
                case "+addressee": addressee = true; break;
                case "+quoted": quoted = true; break;
                case "+clausal": clausal = true; break;
                case "+infinitive": infinitive = true; break;
                case "+object-infinitive": break; // read by AddVerb
                case "+charge": break; // read by AddVerb
                case "+object": break; // read by AddVerb
                case "+object-gerund": break; // read by AddVerb
                case "+hearsay": break; // read by AddVerb
                case "+characterise": break; // read by AddVerb
                case "+predicate": break; // read by AddVerb
                case "+present": break; // read by AddVerb
                case "+that": break; // read by AddVerb
                case "+linking": break; // read by AddVerb
                default: forms.Add(fields[i].ToLowerInvariant()); break;
            }
        }

        return (forms, addressee, quoted, clausal, infinitive);
    }

    private static Dictionary<string, CueEntry[]> LoadPhrasalCues()
    {
        var byFirstWord = new Dictionary<string, List<CueEntry>>(StringComparer.Ordinal);
        foreach (var line in LexiconData.Lines("phrasal-cues.txt"))
        {
            var fields = LexiconData.Fields(line);
            bool addressee = Array.IndexOf(fields, "+addressee") >= 0;
            bool quoted = Array.IndexOf(fields, "+quoted") >= 0;
            bool infinitive = Array.IndexOf(fields, "+infinitive") >= 0;
            var cueClass = Array.IndexOf(fields, "+belief") >= 0 ? CueClass.Belief : CueClass.Speech; // "came to the conclusion that …"
            var words = fields.Where(f => f[0] != '+').ToArray();
            if (words[0].StartsWith('='))
            {
                words[0] = words[0][1..];
                Add(byFirstWord, words[0], new CueEntry(string.Join(' ', words), cueClass, VerbForm.Base, addressee, quoted, words[1..]));
                continue;
            }

            var verb = words[0].Split('/');
            string lemma = verb[0] + " " + string.Join(' ', words[1..]);
            foreach (var (form, kind) in VerbInflector.Inflect(verb[0], verb.Length > 1 ? verb[1] : null, verb.Length > 2 ? verb[2] : null))
            {
                Add(byFirstWord, form, new CueEntry(lemma, cueClass, kind, addressee, quoted, words[1..]) { TakesInfinitive = infinitive });
            }
        }

        return byFirstWord.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(c => c.Rest.Length).ToArray(), StringComparer.Ordinal);

        static void Add(Dictionary<string, List<CueEntry>> map, string form, CueEntry entry)
        {
            if (!map.TryGetValue(form, out var list))
            {
                map[form] = list = [];
            }

            if (!list.Exists(e => e.Lemma == entry.Lemma))
            {
                list.Add(entry);
            }
        }
    }

    private static Dictionary<string, WordTags> LoadTags(IReadOnlyList<TitleWord> titles)
    {
        var tags = new Dictionary<string, WordTags>(StringComparer.Ordinal);
        AddNouns(tags, "person-nouns.txt", WordTags.PersonNoun);
        AddNouns(tags, "group-nouns.txt", WordTags.GroupNoun);
        AddNouns(tags, "source-nouns.txt", WordTags.SourceNoun);
        AddNouns(tags, "response-nouns.txt", WordTags.ResponseNoun);
        AddNouns(tags, "inscription-nouns.txt", WordTags.InscriptionNoun);
        AddNouns(tags, "ly-words.txt", WordTags.LyNotAdverb);
        AddNouns(tags, "change-nouns.txt", WordTags.ChangeNoun);
        AddNouns(tags, "speaking-occasions.txt", WordTags.SpeakingOccasion);
        foreach (var title in titles)
        {
            if ((title.Tags & TitleTags.Prefix) != 0)
            {
                Tag(tags, title.Word, WordTags.Title);
            }
        }

        foreach (var line in LexiconData.Lines("raising-verbs.txt"))
        {
            foreach (var (form, kind) in VerbInflector.Inflect(line.ToLowerInvariant()))
            {
                if (kind != VerbForm.Gerund)
                {
                    Tag(tags, form, WordTags.RaisingVerb); // "continuing to insist" has no subject of its own to pass on
                }
            }
        }

        foreach (var line in LexiconData.Lines("aspect-verbs.txt"))
        {
            var fields = LexiconData.Fields(line);
            foreach (var (form, kind) in VerbInflector.Inflect(fields[0].ToLowerInvariant(), fields.Length > 1 ? fields[1] : null, fields.Length > 2 ? fields[2] : null))
            {
                if (kind != VerbForm.Gerund)
                {
                    Tag(tags, form, WordTags.AspectVerb); // "keeping saying" has no subject of its own to pass on
                }
            }
        }

        foreach (var line in LexiconData.Lines("issuing-verbs.txt"))
        {
            var fields = LexiconData.Fields(line);
            foreach (var (form, kind) in VerbInflector.Inflect(fields[0].ToLowerInvariant(), fields.Length > 1 ? fields[1] : null, fields.Length > 2 ? fields[2] : null))
            {
                if (kind is VerbForm.Past or VerbForm.Participle)
                {
                    Tag(tags, form, WordTags.IssuingVerb); // the past only: "issues", "shares" are more often plural nouns
                }
            }
        }

        foreach (var line in LexiconData.Lines("judgment-adjectives.txt"))
        {
            Tag(tags, line.ToLowerInvariant(), WordTags.JudgmentAdjective); // exact forms: adjectives do not inflect
        }

        foreach (var line in LexiconData.Lines("anaphoric-modifiers.txt"))
        {
            Tag(tags, line.ToLowerInvariant(), WordTags.AnaphoricModifier); // exact forms: adjectives do not inflect
        }

        foreach (var line in LexiconData.Lines("act-objects.txt"))
        {
            Tag(tags, line.ToLowerInvariant(), WordTags.ActObject); // exact forms: "claimed responsibility", "conceded defeat"
        }

        foreach (var line in LexiconData.Lines("interview-words.txt"))
        {
            Tag(tags, line.ToLowerInvariant(), WordTags.InterviewWord); // exact forms: "spoke with", "an interview with"
        }

        foreach (var line in LexiconData.Lines("quantity-pronouns.txt"))
        {
            var fields = LexiconData.Fields(line);
            Tag(tags, fields[0].ToLowerInvariant(), Array.IndexOf(fields, "+degree") >= 0 ? WordTags.DegreeWord : WordTags.QuantityPronoun);
        }

        foreach (var pronoun in Pronouns.All)
        {
            if (Pronouns.SpeakerTag(pronoun) is var tag and not WordTags.None)
            {
                Tag(tags, pronoun.Text.ToLowerInvariant(), tag);
            }
        }

        return tags;
    }

    private static void AddNouns(Dictionary<string, WordTags> tags, string file, WordTags tag)
    {
        foreach (var line in LexiconData.Lines(file))
        {
            var fields = LexiconData.Fields(line);
            var words = fields.Where(f => f[0] != '+').ToArray();
            if (words.Length != 1)
            {
                continue; // single-token lookups only; multi-word heads end in a listed word anyway
            }

            var wordTag = Array.IndexOf(fields, "+speaksfor") >= 0 ? tag | WordTags.SpeaksFor : tag;
            string lemma = words[0].ToLowerInvariant();
            Tag(tags, lemma, Array.IndexOf(fields, "+plural") >= 0 ? wordTag | WordTags.Plural : wordTag); // "data suggest": the lemma itself agrees as a plural
            string plural = NounInflector.Plural(lemma);
            Tag(tags, plural, plural == lemma ? wordTag : wordTag | WordTags.Plural);
        }
    }

    private static void Tag(Dictionary<string, WordTags> tags, string word, WordTags tag) =>
        tags[word] = tags.TryGetValue(word, out var existing) ? existing | tag : tag;
}

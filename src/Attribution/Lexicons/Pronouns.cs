namespace Attribution.Lexicons;

/// <summary>
/// The English pronouns, the one table of them: each form with its person, what it can refer to and the
/// grammatical slots it fills. Grammar, not vocabulary, so it lives in code beside <see cref="FunctionWords"/>.
/// Every stage takes its view from here: the mention stage's speaker tags (the subject forms, see
/// <see cref="SpeakerTag"/>) and word classes (object-only forms, possessive determiners, reflexives), the
/// entity stage's referent classes (<see cref="Classify"/>), and the frame and time stages' questions about
/// possessives and personal subjects (<see cref="Find"/>). Looked up by span, ignoring case.
/// </summary>
internal static class Pronouns
{
    private const PronounSlots Subject = PronounSlots.Subject;
    private const PronounSlots Object = PronounSlots.Object;
    private const PronounSlots Possessive = PronounSlots.PossessiveDeterminer;
    private const PronounSlots Reflexive = PronounSlots.Reflexive;

    /// <summary>Every pronoun form the stages know, in the order of the grammar books: person, then slot.</summary>
    public static readonly Pronoun[] All =
    [
        // "I" and "us" are pronouns to the entity stage only in this spelling: a lower-case "i" is a stray
        // letter, and "US" is the United States.
        new("I", PronounPerson.First, PronounClass.FirstPerson, Subject) { ExactSpelling = true },
        new("me", PronounPerson.First, PronounClass.FirstPerson, Object),
        new("my", PronounPerson.First, PronounClass.FirstPerson, Possessive),
        new("we", PronounPerson.First, PronounClass.FirstPerson, Subject),
        new("us", PronounPerson.First, PronounClass.FirstPerson, Object) { ExactSpelling = true },
        new("our", PronounPerson.First, PronounClass.FirstPerson, Possessive),

        // "you" resolves only in a question outside quotes, to the person an interview is about (MentionResolver.IsQuestionedYou);
        // elsewhere it is generic or an addressee the text does not name.
        new("you", PronounPerson.Second, PronounClass.None, Subject | Object),
        new("your", PronounPerson.Second, PronounClass.None, Possessive),

        new("he", PronounPerson.Third, PronounClass.Masculine, Subject),
        new("him", PronounPerson.Third, PronounClass.Masculine, Object),
        new("his", PronounPerson.Third, PronounClass.Masculine, Possessive),
        new("himself", PronounPerson.Third, PronounClass.Masculine, Reflexive),
        new("she", PronounPerson.Third, PronounClass.Feminine, Subject),
        new("her", PronounPerson.Third, PronounClass.Feminine, Object | Possessive),
        new("herself", PronounPerson.Third, PronounClass.Feminine, Reflexive),
        new("it", PronounPerson.Third, PronounClass.Neuter, Subject | Object),
        new("its", PronounPerson.Third, PronounClass.Neuter, Possessive),
        new("itself", PronounPerson.Third, PronounClass.Neuter, Reflexive),
        new("they", PronounPerson.Third, PronounClass.Plural, Subject),
        new("them", PronounPerson.Third, PronounClass.Plural, Object),
        new("their", PronounPerson.Third, PronounClass.Plural, Possessive),
        new("themselves", PronounPerson.Third, PronounClass.Plural, Reflexive),
        new("oneself", PronounPerson.Third, PronounClass.None, Reflexive),

        // Relative pronouns take their person from the noun they follow.
        new("who", PronounPerson.Relative, PronounClass.None, Subject),
        new("whom", PronounPerson.Relative, PronounClass.None, Object),
        new("whose", PronounPerson.Relative, PronounClass.None, Possessive),
        new("which", PronounPerson.Relative, PronounClass.None, Subject | Object),
        new("that", PronounPerson.Relative, PronounClass.None, Subject | Object),
    ];

    private static readonly WordTable<Pronoun> ByForm = new(All.ToDictionary(static p => p.Text.ToLowerInvariant(), StringComparer.Ordinal));

    /// <summary>The pronoun <paramref name="word"/> is (any case), or null.</summary>
    public static Pronoun? Find(ReadOnlySpan<char> word) => ByForm.TryGetValue(word, out var pronoun) ? pronoun : null;

    /// <summary>
    /// What a subject or object pronoun can refer to, for resolving it to an entity (<c>he</c>/<c>him</c>
    /// → masculine, <c>I</c>/<c>we</c> → the speaker); <see cref="PronounClass.None"/> for a possessive, a
    /// reflexive, <c>you</c>, a relative, or any other word.
    /// </summary>
    public static PronounClass Classify(ReadOnlySpan<char> word) =>
        Find(word) is { } p && (p.Slots & (Subject | Object)) != 0 && (!p.ExactSpelling || word.SequenceEqual(p.Text))
            ? p.Refers
            : PronounClass.None;

    /// <summary>What a possessive determiner that stands for a speaker refers to (<c>His</c> claim that … → masculine), or <see cref="PronounClass.None"/>.</summary>
    public static PronounClass ClassifyPossessor(ReadOnlySpan<char> word) =>
        Find(word) is { IsPossessiveDeterminer: true, Person: PronounPerson.Third } p ? p.Refers : PronounClass.None;

    /// <summary>
    /// The speaker tag of a pronoun that can stand as the subject of a reporting verb (he, they, it, I, we,
    /// you, who …), or <see cref="WordTags.None"/> for object, possessive and reflexive forms.
    /// </summary>
    public static WordTags SpeakerTag(Pronoun pronoun) => (pronoun.Slots & Subject) == 0
        ? WordTags.None
        : pronoun.Person switch
        {
            PronounPerson.Relative => WordTags.RelativePronoun,
            PronounPerson.First or PronounPerson.Second => WordTags.FirstPersonPronoun,
            _ => pronoun.Refers switch
            {
                PronounClass.Plural => WordTags.PluralPronoun,
                PronounClass.Neuter => WordTags.NeuterPronoun,
                _ => WordTags.PersonalPronoun,
            },
        };

    /// <summary>Personal pronouns that are only objects (him, them, me, us): never the subject of a frame.</summary>
    public static IEnumerable<string> ObjectOnlyForms => Forms(static p => p.Person != PronounPerson.Relative && p.Slots == Object);

    /// <summary>Possessive determiners (his, her, its, their, our, my, your): they open a noun phrase.</summary>
    public static IEnumerable<string> PossessiveDeterminers => Forms(static p => p.IsPossessiveDeterminer);

    /// <summary>Reflexive pronouns (himself, themselves …).</summary>
    public static IEnumerable<string> Reflexives => Forms(static p => (p.Slots & Reflexive) != 0);

    /// <summary>Whether <paramref name="word"/> is a relative pronoun (who, whom, whose, which, that), any case.</summary>
    public static bool IsRelative(ReadOnlySpan<char> word) => Find(word) is { Person: PronounPerson.Relative };

    /// <summary>Whether <paramref name="word"/> is a personal possessive determiner (his, her, its, their, our, my, your), any case.</summary>
    public static bool IsPossessiveDeterminer(ReadOnlySpan<char> word) => Find(word) is { IsPossessiveDeterminer: true };

    /// <summary>Whether <paramref name="word"/> is a third-person possessive determiner (his, her, its, their), any case.</summary>
    public static bool IsThirdPersonPossessive(ReadOnlySpan<char> word) => Find(word) is { IsPossessiveDeterminer: true, Person: PronounPerson.Third };

    /// <summary>Whether <paramref name="word"/> is a third-person subject pronoun that names people: he, she, they (not it).</summary>
    public static bool IsPersonalSubject(ReadOnlySpan<char> word) =>
        Find(word) is { Person: PronounPerson.Third, Refers: PronounClass.Masculine or PronounClass.Feminine or PronounClass.Plural } p && (p.Slots & Subject) != 0;

    /// <summary>Whether <paramref name="word"/> is he or she: a subject pronoun of one person.</summary>
    public static bool IsSingularPersonalSubject(ReadOnlySpan<char> word) =>
        Find(word) is { Refers: PronounClass.Masculine or PronounClass.Feminine } p && (p.Slots & Subject) != 0;

    /// <summary>Whether <paramref name="word"/> is a first- or second-person subject pronoun: I, we, you.</summary>
    public static bool IsFirstOrSecondPersonSubject(ReadOnlySpan<char> word) =>
        Find(word) is { Person: PronounPerson.First or PronounPerson.Second } p && (p.Slots & Subject) != 0;

    private static IEnumerable<string> Forms(Func<Pronoun, bool> predicate) => All.Where(predicate).Select(static p => p.Text.ToLowerInvariant());
}

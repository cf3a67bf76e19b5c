namespace Attribution.Lexicons;

/// <summary>The noun-phrase roles a word can play in a speaker or addressee mention.</summary>
[Flags]
internal enum WordTags : uint
{
    None = 0,

    /// <summary>A title or honorific written before a name (Mr, Prime Minister's <c>Minister</c>).</summary>
    Title = 1 << 0,

    /// <summary>A person or role noun (spokesman, officials).</summary>
    PersonNoun = 1 << 1,

    /// <summary>An organisation or group head (ministry, government).</summary>
    GroupNoun = 1 << 2,

    /// <summary>A document or medium that can report (report, study).</summary>
    SourceNoun = 1 << 3,

    /// <summary>A plural form of a noun above.</summary>
    Plural = 1 << 4,

    /// <summary>A third-person personal pronoun (he, she).</summary>
    PersonalPronoun = 1 << 5,

    /// <summary>they.</summary>
    PluralPronoun = 1 << 6,

    /// <summary>it.</summary>
    NeuterPronoun = 1 << 7,

    /// <summary>I, we, you.</summary>
    FirstPersonPronoun = 1 << 8,

    /// <summary>who, which, that.</summary>
    RelativePronoun = 1 << 9,

    /// <summary>A role that speaks on behalf of an organisation named after <c>for</c>/<c>of</c> (spokesman, lawyer): <c>+speaksfor</c> in person-nouns.txt.</summary>
    SpeaksFor = 1 << 10,

    /// <summary>A pronoun of quantity (nothing, little, much): the object of a cue (<c>said nothing about …</c>) unless a verb follows: quantity-pronouns.txt.</summary>
    QuantityPronoun = 1 << 11,

    /// <summary>A degree word before a pronoun of quantity (<c>very</c> little, <c>so</c> much): <c>+degree</c> in quantity-pronouns.txt.</summary>
    DegreeWord = 1 << 12,

    /// <summary>A finite form of a verb that passes its subject to a cue in the infinitive (<c>continues</c> to insist): raising-verbs.txt.</summary>
    RaisingVerb = 1 << 13,

    /// <summary>A noun for what someone says in reply or as a message (answer, verdict, words), whose owner speaks the quotation it introduces: response-nouns.txt.</summary>
    ResponseNoun = 1 << 14,

    /// <summary>The past of a verb whose subject authors the document it takes as object (<c>released</c> a statement, <c>sent</c> a letter): issuing-verbs.txt.</summary>
    IssuingVerb = 1 << 15,

    /// <summary>A thing that bears a short text introduced by <c>read</c> (banner, sign, placard): inscription-nouns.txt.</summary>
    InscriptionNoun = 1 << 16,

    /// <summary>A noun or adjective ending in -ly (rally, family, monthly), which the readers do not take for an adverb: ly-words.txt.</summary>
    LyNotAdverb = 1 << 17,

    /// <summary>A word that names who a question-and-answer piece interviews (<c>spoke with</c>, <c>an interview with</c>): interview-words.txt.</summary>
    InterviewWord = 1 << 18,

    /// <summary>A noun of a change or a measured level (drop, growth, deficit), which makes a forecast's or an evidence cue's object a proposition: change-nouns.txt.</summary>
    ChangeNoun = 1 << 19,

    /// <summary>An adjective of judgment a characterising cue takes as its predicate (disappointing, constructive, unfair): judgment-adjectives.txt.</summary>
    JudgmentAdjective = 1 << 20,

    /// <summary>A finite form or participle of a verb of aspect that passes its subject to a cue gerund after it (<c>kept</c> saying, <c>keeps</c> telling): aspect-verbs.txt.</summary>
    AspectVerb = 1 << 21,

    /// <summary>An occasion of speaking named in a frame's adjunct (interview, briefing, speech): speaking-occasions.txt.</summary>
    SpeakingOccasion = 1 << 22,

    /// <summary>A career or standing word that, after <c>the</c>, points back to a person already named (<c>the former economist</c>): anaphoric-modifiers.txt.</summary>
    AnaphoricModifier = 1 << 23,

    /// <summary>A noun that, as a cue's bare object, makes the cue an act, not a report (claimed responsibility, conceded defeat): act-objects.txt.</summary>
    ActObject = 1 << 24,
}

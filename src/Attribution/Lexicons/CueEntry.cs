namespace Attribution.Lexicons;

/// <summary>One inflected form of a cue verb, with what the frame rules need to know about it.</summary>
/// <param name="Lemma">The base form reported as the cue lemma (<c>say</c>, <c>call on</c>).</param>
/// <param name="Class">Speech, manner or belief.</param>
/// <param name="Form">Which inflection this form is.</param>
/// <param name="TakesAddressee">Whether a bare object after the verb is its addressee (<c>told Reuters</c>).</param>
/// <param name="NeedsQuote">Whether the verb cues a statement only when its clause holds a quote or a that-clause.</param>
/// <param name="Rest">For a phrasal cue, the fixed words after the verb (<c>on</c>, <c>out</c>, <c>on to say</c>); empty otherwise.</param>
internal sealed record CueEntry(string Lemma, CueClass Class, VerbForm Form, bool TakesAddressee, bool NeedsQuote, string[] Rest)
{
    public bool IsPhrasal => Rest.Length > 0;

    /// <summary>
    /// Whether this base form is also the verb's past (<c>read</c>, <c>forecast</c>): after a singular subject it is the past,
    /// not a noun (<c>A sign on the door read “Closed.”</c>).
    /// </summary>
    public bool PastSpelledAsBase { get; init; }

    /// <summary>Whether a bare complement of the verb is nearly always a clause (say, claim, think), so no verb check is needed.</summary>
    public bool Clausal { get; init; }

    /// <summary>
    /// Whether a to-infinitive after the verb, or after its addressee, is its content: a commitment (<c>vowed to veto
    /// the bill</c>) or a request (<c>urged lawmakers to reject the measure</c>, <c>called on Israel to halt …</c>).
    /// </summary>
    public bool TakesInfinitive { get; init; }

    /// <summary>
    /// Whether a noun phrase and a to-infinitive after the verb are its content, a belief or estimate about that
    /// phrase (<c>Most economists expect rates to fall</c>, <c>Police believe the fire to have been set deliberately</c>).
    /// </summary>
    public bool TakesObjectInfinitive { get; init; }

    /// <summary>
    /// Whether a noun phrase alone after the verb is its content: what a forecast or estimate foresees or reckons
    /// (<c>forecast a 2% rise in unemployment</c>, <c>predicted a narrow win</c>).
    /// </summary>
    public bool TakesObject { get; init; }

    /// <summary>
    /// Whether a noun phrase and an -ing verb after the verb are its content: evidence showing that phrase doing
    /// something (<c>The poll shows Clinton leading by four points</c>).
    /// </summary>
    public bool TakesObjectGerund { get; init; }

    /// <summary>
    /// Whether the verb's object and a gerund after <c>of</c> or <c>for</c> are its content, a charge or a judgment
    /// the source makes (<c>accused Republicans of holding the government hostage</c>, <c>criticized the agency for
    /// failing to act</c>); <c>accused him of fraud</c> names no proposition and stays no statement.
    /// </summary>
    public bool TakesCharge { get; init; }

    /// <summary>
    /// Whether the verb's passive with a to-infinitive attributes the infinitive to no one named: hearsay or common
    /// belief about the subject (<c>The bank is said to be weighing a sale</c>, <c>He is believed to have fled</c>).
    /// </summary>
    public bool TakesHearsayInfinitive { get; init; }

    /// <summary>
    /// Whether the verb's object and what the source calls it are its content with no quote: an <c>as</c> phrase
    /// (<c>described the talks as productive</c>, <c>dismissed the report as politically motivated</c>) or, for
    /// <c>call</c>, a predicate (<c>called the plan misguided</c>, <c>called the ruling a disgrace</c>).
    /// </summary>
    public bool Characterises { get; init; }

    /// <summary>
    /// Whether, besides an <c>as</c> phrase, a bare predicate after the object says what the source calls it: an adjective
    /// or a noun phrase opened by a/an (<c>called the plan misguided</c>, <c>branded him a traitor</c>).
    /// </summary>
    public bool TakesPredicate { get; init; }

    /// <summary>
    /// Whether the verb cues a belief only in the simple present with no modal or <c>to</c> before it (<c>Analysts see a rate
    /// cut in March</c>): its past and its modal uses say what happened or may happen to the subject (<c>The region saw a rise in
    /// cases</c>, <c>Homeowners could see their bills rise</c>). The lexicon makes only its base and -s forms.
    /// </summary>
    public bool PresentOnly { get; init; }

    /// <summary>
    /// Whether, of the complements a <c>+quoted</c> verb takes, only a that-clause reports: a quotation as its object is the
    /// thing taken or given (<c>would not accept “a cut of any size”</c>, <c>offered “a full apology”</c>), not words of the
    /// source's, while <c>accepted that mistakes were made</c> concedes a proposition.
    /// </summary>
    public bool ThatOnly { get; init; }

    /// <summary>
    /// Whether the verb is also a linking verb (<c>feel</c>): an adjective or participle right after it is the subject's state
    /// (<c>felt sick after the meal</c>, <c>felt betrayed by the party</c>), not a reported clause with no <c>that</c>.
    /// </summary>
    public bool Links { get; init; }

    /// <summary>Whether this is a noun of saying (<c>his claim that …</c>), read only by the nominal-cue rule.</summary>
    public bool IsNominal { get; init; }

    /// <summary>Whether this noun of belief also frames a clause as <c>in X's NOUN</c> (<c>In his view, the economy is strong</c>), read by the viewpoint-phrase rule.</summary>
    public bool IsViewpoint { get; init; }

    /// <summary>Whether this is an adjective of belief or feeling (<c>is confident that …</c>), read only by the predicative-source rule.</summary>
    public bool IsPredicative { get; init; }
}

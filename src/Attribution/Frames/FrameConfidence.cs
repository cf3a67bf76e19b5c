namespace Attribution.Frames;

/// <summary>
/// Every confidence the frame stage gives, in one place. The values rank the rules: when two frames claim
/// overlapping content, the statement finder keeps the surer one, so the order of these numbers decides
/// conflicts as much as their size informs callers. They follow how often each frame shape is right on the
/// GUM news and interview documents: the table in docs/architecture.md ("Confidence") gives each rule's
/// statements and lenient precision, cited below as "GUM: right/statements". Where a value stands above its
/// measured precision the table says so; changing it changes which frame wins an overlap, so it is left to an
/// accuracy change of its own.
/// </summary>
internal static class FrameConfidence
{
    /// <summary><c>“Q,” S said.</c> / <c>“Q,” said S.</c>: a closed quote and a frame that ends its sentence; the surest shape (GUM: 21/21, interrupted quotes 2/2).</summary>
    public const double PostposedQuote = 0.95;

    /// <summary>Taken off <see cref="PostposedQuote"/> when the sentence goes on after the frame (<c>“Q,” said Bolden to the crowd, which …</c>).</summary>
    public const double RunOnTailPenalty = 0.15;

    /// <summary><c>The plan will fail, he said.</c>: a clause before a postposed frame; its left edge is a guess (GUM: 1/3, too few to move it).</summary>
    public const double PostposedClause = 0.7;

    /// <summary>
    /// <c>The deal, the minister said, would cost …</c>: a frame between commas inside its clause. Surer than
    /// <see cref="PostposedClause"/>, whose left edge is a guess, because the clause has to resume after the
    /// frame with its verb; less sure than a forward frame, as the resumed clause may still be an adjunct.
    /// </summary>
    public const double MedialFrame = 0.75;

    /// <summary><c>“Q.” Smith said the team …</c>: a lone quote handed to the next sentence's speaker, who goes on with a statement of their own.</summary>
    public const double QuoteBeforeNextFrame = 0.6;

    /// <summary>
    /// <c>S said …</c>: a subject right before the cue, the commonest frame; the complement rules add or take off
    /// from it. As it stands, for a that-clause (GUM: 46/49).
    /// </summary>
    public const double SubjectFrame = 0.85;

    /// <summary>
    /// <c>Powell Warns Inflation Remains Too High</c>: a cue in a title-case headline. As sure as a bare clause after a subject
    /// frame (<see cref="SubjectFrame"/> less <see cref="BareClausePenalty"/>), which the headline's clause nearly always is:
    /// capitals hide the word classes its edges are read by.
    /// </summary>
    public const double HeadlineFrame = SubjectFrame - BareClausePenalty;

    /// <summary>Added to a forward frame's base when a comma or colon opens a quote after it (<c>S said: “Q”</c>; GUM: 34/35 with a subject frame).</summary>
    public const double PreposedQuoteBonus = 0.08;

    /// <summary>Added to a forward frame's base when a quote follows the cue directly (<c>S called it “a disgrace”</c>).</summary>
    public const double AdjacentQuoteBonus = 0.05;

    /// <summary>Taken off a forward frame's base for a bare clause (<c>S said the plan …</c>): no "that" or quote marks its start (GUM: 126/139, below a that-clause).</summary>
    public const double BareClausePenalty = 0.1;

    /// <summary>
    /// Taken off a forward frame's base for an infinitive content (<c>S vowed to …</c>, <c>S urged X to …</c>): the
    /// "to" marks its start as surely as "that", but a commitment or request is less often counted as a statement
    /// than a reported claim, so it ranks just below a that-clause.
    /// </summary>
    public const double InfinitiveContentPenalty = 0.05;

    /// <summary>
    /// Taken off a forward frame's base for a noun-phrase content (<c>forecast a 2% rise</c>): no clause states the
    /// proposition, so a reader counts it less surely than a bare clause.
    /// </summary>
    public const double ObjectContentPenalty = 0.15;

    /// <summary>
    /// Taken off a charge with no quote or that-clause (<c>accused Republicans of holding the government hostage</c>):
    /// the gerund is a proposition the source asserts, but a reader may take the verb for an act rather than a report.
    /// </summary>
    public const double ChargePenalty = 0.1;

    /// <summary>
    /// Taken off a characterisation with no quote (<c>called the plan misguided</c>, <c>described the talks as productive</c>):
    /// the judgment is the source's, but no clause states it, and <c>call</c> has uses that judge nothing; as sure as a bare clause.
    /// </summary>
    public const double CharacterisationPenalty = 0.1;

    /// <summary>
    /// Taken off when the speaker is I or we outside quotes: such frames are real only in interviews and
    /// first-person pieces (GUM, mostly interviews: 76/83, as often right as other subject frames; the penalty
    /// ranks them below a third-person frame that claims the same words).
    /// </summary>
    public const double FirstPersonPenalty = 0.3;

    /// <summary>Taken off when the content holds a quotation that never closes: its end is a guess.</summary>
    public const double UnclosedQuotePenalty = 0.15;

    /// <summary>The lowest confidence a frame statement gets: kept but ranked below every other.</summary>
    public const double Floor = 0.05;

    /// <summary>The highest confidence a frame statement gets: no rule is certain.</summary>
    public const double Ceiling = 0.99;

    /// <summary><c>According to S, CLAUSE</c>: the source is named and a comma marks the content's start (GUM, all three shapes: 18/18).</summary>
    public const double AccordingToForward = 0.85;

    /// <summary><c>CLAUSE, according to S.</c>: the content's start is the sentence start or an earlier statement's end.</summary>
    public const double AccordingToAfterClause = 0.8;

    /// <summary><c>CLAUSE according to S.</c> / <c>According to S CLAUSE</c>: no comma between source and content.</summary>
    public const double AccordingToUnpunctuated = 0.75;

    /// <summary>
    /// <c>He went to Iowa to announce that …</c>: the speaker is the main clause's subject, read past the verb's object or
    /// adjunct, so it ranks with the other distant subjects less a step for the act being a purpose, not yet a report.
    /// </summary>
    public const double PurposeInfinitive = 0.65;

    /// <summary>
    /// <c>In his view, CLAUSE</c>, <c>CLAUSE, in the firm's estimation.</c>: the holder is named and commas set the clause off,
    /// as for <see cref="AccordingToUnpunctuated"/>'s rank; a belief, so below a named frame of saying.
    /// </summary>
    public const double ViewpointPhrase = 0.75;

    /// <summary>
    /// <c>His claim that …</c>, <c>the ministry's assertion that …</c>: a noun of saying with its possessor; the
    /// that-clause is sure, but where it ends when the noun phrase is a subject is a guess.
    /// </summary>
    public const double NominalCue = 0.7;

    /// <summary>
    /// <c>Officials are confident that …</c>, <c>I'm sure …</c>: an adjective of belief after a linking verb. The
    /// subject and the clause are read as surely as a subject frame, but the adjective is a weaker cue than a verb
    /// (a corpus may leave a feeling uncounted), so it ranks below <see cref="SubjectFrame"/>; the complement
    /// rules still take off <see cref="BareClausePenalty"/> for a bare clause.
    /// </summary>
    public const double PredicativeSource = 0.75;

    /// <summary>
    /// <c>“I think we have learned a lot,” the coach said.</c>: a first-person belief nested in an attributed quote
    /// (<see cref="NestedBeliefFinder"/>). It competes with no other frame (it is kept beside the quote), so the value
    /// only tells callers it rests on a short pattern read without the frame rules.
    /// </summary>
    public const double NestedBelief = 0.6;

    /// <summary>
    /// <c>“I told them, ‘This bridge will not last,’ and nobody listened,” she said.</c>: a quotation nested in an
    /// attributed quote with its own frame inside it (<see cref="NestedQuoteFinder"/>). Like <see cref="NestedBelief"/>
    /// it competes with no other frame; its marks and its comma before or after the cue make it surer than a bare
    /// belief clause, but the source is often a pronoun resolved only through the outer speaker, so it stays below a
    /// frame read outside quotations.
    /// </summary>
    public const double NestedQuote = 0.7;

    /// <summary><c>S was quoted as saying …</c>: as sure as a subject frame.</summary>
    public const double QuotedAsSaying = 0.85;

    /// <summary>A passive cue whose source follows <c>by</c> (<c>were told by managers that …</c>): the agent is as plain a
    /// source as a subject, but the passive is rarer and its <c>by</c> phrase may be a means, so below <see cref="SubjectFrame"/>.</summary>
    public const double PassiveAgent = 0.75;

    /// <summary>A passive that attributes its content to no one named (<c>It is widely expected that …</c>, <c>is said to
    /// be weighing …</c>): an attribution PARC 3.0 counts without a source; the content is plain but a corpus may leave it out.</summary>
    public const double SourcelessPassive = 0.6;

    /// <summary><c>officials were warning that …</c> and <c>…, adding that …</c>: the speaker is read through a verb group or carried over.</summary>
    public const double Participial = 0.8;

    /// <summary><c>with one poster writing …</c>, <c>a message stating …</c>: a noun before the participle, often not the writer (GUM: 3/5).</summary>
    public const double WriterParticiple = 0.7;

    /// <summary><c>They claimed X and claim Y</c>, <c>S met X and said …</c>, <c>S, has said …</c>: the subject is read across other words (GUM: 6/7).</summary>
    public const double DistantSubject = 0.75;

    /// <summary>
    /// An <c>as</c> frame (<c>As the minister noted, prices have fallen.</c>; <c>…, as analysts had predicted.</c>): the
    /// source vouches for the main clause, as strongly as a medial frame does.
    /// </summary>
    public const double AsFrame = MedialFrame;

    /// <summary>
    /// A bare quantifier as the subject (<c>…, although some worried that …</c>, <c>while others argued that …</c>): in
    /// news it stands for people of the group just named, but which group is left to the reader, so a little below
    /// <see cref="SubjectFrame"/>.
    /// </summary>
    public const double QuantifierSource = 0.75;

    /// <summary><c>“Q” —Jane Doe</c> and <c>Doe: “Q”</c>: a quote with a name but no verb.</summary>
    public const double VerblessFrame = 0.75;

    /// <summary>
    /// <c>‘It's a disgrace’: Fans turn on club owner</c>: a headline's quote and the subject after its colon; below
    /// <see cref="VerblessFrame"/>, since the subject is only the one the line is about, which is most often but not always
    /// the one quoted.
    /// </summary>
    public const double HeadlineQuoteLabel = 0.65;

    /// <summary>
    /// <c>In the words of S, “Q”</c>, <c>To quote S, “Q”</c>, <c>as S put it</c>: the fixed phrase names the source as
    /// plainly as a verbless frame does.
    /// </summary>
    public const double QuotingPhrase = VerblessFrame;

    /// <summary>
    /// <c>Okafor was defiant: “Q”</c>: the subject of a sentence with no verb of saying introduces the quotation
    /// after its colon; below a verbless frame, as the predicate might show a document or a sign instead.
    /// </summary>
    public const double ColonSubject = 0.7;

    /// <summary>
    /// <c>“Q,” was all S would say</c>, <c>“Q.” That is what S told X.</c>: the pseudo-cleft points at the quotation as
    /// plainly as a subject frame points at its clause.
    /// </summary>
    public const double PseudoCleft = SubjectFrame;

    /// <summary>
    /// <c>One banner read: “Q”</c>: a sign or note as the source; below <see cref="ColonSubject"/>, as annotators differ
    /// on whether a sign's text is an attribution at all.
    /// </summary>
    public const double InscriptionRead = 0.6;

    /// <summary>
    /// <c>The message from voters was clear: “Q”</c>, <c>Her answer to the offer? “Q”</c>: a reply or message noun
    /// with its owner introduces the quotation; as sure as <see cref="ColonSubject"/>, whose shape it shares.
    /// </summary>
    public const double ResponseNoun = ColonSubject;

    /// <summary>
    /// A fully quoted sentence right after a statement, which inherits its speaker (GUM: 3/14, but 9 of the 11
    /// misses overlap no gold statement: the GUM annotation leaves a quote without a frame of its own unmarked).
    /// </summary>
    public const double Continuation = 0.7;

    /// <summary>Taken off <see cref="Continuation"/> when the quote never closes.</summary>
    public const double UnclosedContinuationPenalty = 0.15;

    /// <summary>Taken off a verbless frame or continuation whose quotation piece does not close in its paragraph.</summary>
    public const double UnclosedPiecePenalty = 0.1;

    /// <summary>
    /// <c>“Q” (said S)</c>: a frame set in brackets right after its quote; the brackets leave no doubt what it frames,
    /// so it ranks with <see cref="SoSaidQuote"/>, a little below a frame joined to its quote by a comma.
    /// </summary>
    public const double ParentheticalFrame = SoSaidQuote;

    /// <summary>
    /// <c>“Q.” So said S.</c>: <c>so</c> stands for the quote just before and the speaker is named after the cue; a fixed
    /// frame, a little below <see cref="PostposedQuote"/> because the quote and the frame are separate sentences.
    /// </summary>
    public const double SoSaidQuote = 0.9;

    /// <summary><c>CLAUSE. So says S.</c>: the sentence before as the content; as sure as <see cref="PostposedClause"/>, whose shape it shares.</summary>
    public const double SoSaidClause = PostposedClause;

    /// <summary>A floating quote whose speaker is carried from a statement in the paragraph before, past a sentence of narration.</summary>
    public const double FloatingCarried = 0.6;

    /// <summary>A floating quote whose speaker is only the person the paragraph before is about (its last named subject): a weaker guess (GUM: 1/2).</summary>
    public const double FloatingNamedSubject = 0.5;

    /// <summary>A transcript turn under a name label (<c>GRAHAM: …</c>): below a framed quote, as the label is explicit but which person it names is looked up.</summary>
    public const double TranscriptNamedLabel = 0.8;

    /// <summary>A transcript turn under an interviewer or interviewee label (Q, A), which names nobody.</summary>
    public const double TranscriptQuestionAnswer = 0.7;

    /// <summary>A decline phrase with its subject found (<c>X declined to comment</c>): the phrases are fixed, so the rule is sure of itself.</summary>
    public const double DeclineWithSpeaker = 0.9;

    /// <summary>A decline with no subject found (<c>Calls seeking comment were not returned</c>): still a decline, of someone unknown.</summary>
    public const double DeclineWithoutSpeaker = 0.6;
}

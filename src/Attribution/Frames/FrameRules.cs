using Attribution.Frames.Rules;

namespace Attribution.Frames;

/// <summary>
/// The frame rules in the order they look at the text; the order decides precedence, as in Markdig's parser
/// list. Built by <see cref="AttributionPipelineBuilder"/> and shared, immutable, by every call of the
/// extractor it builds. To add a pattern, write a rule under <c>Frames/Rules/</c> and put it in the list
/// here (or insert it with <see cref="InsertBefore{TRule}(FrameRule)"/>); no other rule changes.
/// </summary>
internal sealed class FrameRules
{
    private FrameRules(FrameRule[] cueRules, ComplementRule[] complementRules, QuoteRule[] quoteRules)
    {
        CueRules = cueRules;
        ComplementRules = complementRules;
        QuoteRules = quoteRules;
    }

    /// <summary>
    /// The rules for a cue word, first to last; the first that settles the cue ends its matching. Refusals
    /// (the guards) sit before the patterns they protect.
    /// </summary>
    public FrameRule[] CueRules { get; }

    /// <summary>The shapes of what follows a forward frame, first to last; the first that settles it gives the content.</summary>
    public ComplementRule[] ComplementRules { get; }

    /// <summary>The ways a quotation no cue framed becomes a statement, first to last; the first that makes one wins.</summary>
    public QuoteRule[] QuoteRules { get; }

    /// <summary>The rule set the extractor uses unless told otherwise.</summary>
    public static FrameRules CreateDefault() => new(
        [
            // "according to S" reads both sides of itself; no other rule sees it.
            new AccordingToRule(),

            // "Officials are confident that …": an adjective after a linking verb; before the guards, which would
            // take "worried" after "are" for a passive.
            new PredicativeSourceRule(),

            // "In his view, CLAUSE": before NominalCueRule, which reads the same nouns only with a that-clause.
            new ViewpointPhraseRule(),

            // "his claim that …": a noun of saying with its source, before NounUseGuard refuses the noun.
            new NominalCueRule(),

            // "continues to insist": before NounUseGuard, which takes every cue after "to" for an infinitive.
            new RaisingVerbRule(),

            // "went to Iowa to announce that …": before NounUseGuard too, for the same reason.
            new PurposeInfinitiveRule(),

            // "…, although some worried that …": before NounUseGuard, which takes the cue after a quantifier for a noun.
            new QuantifierSourceRule(),

            // The cue word is not a verb of speech here.
            new NounUseGuard(),

            // "called the Republican demands “a ransom note”": a cue word inside the object an earlier frame took as content is a noun.
            new CueInObjectGuard(),
            new PluralNounGuard(),
            new ObjectNounGuard(),
            new ContinueCueGuard(),
            new AddToGuard(),
            new MeanCueGuard(),

            // "could see their bills rise": a modal before a present-only belief cue makes it what happens to the subject.
            new ModalExperienceGuard(),
            new DiscourseMarkerGuard(),
            new AskedQuestionGuard(),

            // Participles (saying, adding, tweeting): the last of these settles every participle.
            new QuotedAsSayingRule(),
            new IntroParticipleRule(),
            new AppositiveParticipleRule(),
            new ProgressiveRule(),

            // "kept saying", "keeps telling reporters": the subject of the verb of aspect speaks.
            new AspectGerundRule(),
            new WriterParticipleRule(),
            new ParticipialRule(),

            // "“Q,” was all S would say": before the guards, which read "described" after a name as an adjective.
            new PseudoCleftFrameRule(),

            // Passives: the subject before the cue is not its speaker. A source after "by", or a passive that attributes
            // to no one named ("It is expected that …"), first; the guard refuses every other passive cue.
            new PassiveSourceRule(),
            new PassiveCueGuard(),
            new AdjectivalParticipleGuard(),

            // "As the minister noted, …", "…, as analysts expect.": before the postposed rules, which would read "as" into the content.
            new AsFrameRule(),

            // Postposed frames: the content comes before the cue. "“Q.” So said S" first, which the others would read
            // as a new sentence with no subject.
            new SoSaidRule(),

            // "“Q” (said S)": before the postposed rules, which need a comma or closing mark before the frame.
            new ParentheticalFrameRule(),
            new InterruptedQuoteRule(),
            new PostposedQuoteRule(),
            new MedialFrameRule(),
            new PostposedClauseRule(),
            new QuoteBeforeNextFrameRule(),

            // "Powell Warns Inflation Remains Too High": a title-case headline, whose capitals the forward frames below misread.
            new HeadlineFrameRule(),

            // Forward frames: the speaker before the cue, the content after it (ComplementRules).
            new ModifiedNounGuard(),
            new SharedSubjectRule(),
            new ConjoinedVerbRule(),
            new CommaSetSubjectRule(),
            new InvertedQuestionGuard(),
            new CalledNameGuard(),

            // "…, a move traders said would weigh on the shares": a contact clause, whose source is not the whole phrase before the cue.
            new ContactRelativeRule(),
            new SubjectFrameRule(),
        ],
        [
            // Before QuoteDemandingCueRule: "threatened to strike" needs no quote or that-clause.
            new InfinitiveContentRule(),

            // "expect rates to fall": before QuoteDemandingCueRule, which would refuse "considered the risk to be small".
            new ObjectInfinitiveRule(),

            // "called the plan misguided", "described the talks as productive": before QuoteDemandingCueRule, which refuses these cues without a quote.
            new CharacterisationRule(),
            new QuoteDemandingCueRule(),
            new PreposedQuoteRule(),
            new ColonClauseRule(),
            new ThatClauseRule(),
            new MannerCueRule(),
            new QuantityObjectRule(),
            // "which the company said would last …": a verb group after the cue, before the bare clause rule asks for a subject.
            new RelativeGapRule(),
            new BareClauseRule(),

            new ObjectGerundRule(),

            // Last: "forecast a 2% rise" only when no clause follows the cue.
            new ObjectContentRule(),
        ],
        [
            new DashSignatureRule(),

            // Before ColonLabelRule, which would take "Her response:" for a speaker's label, and ColonSubjectRule,
            // which refuses a message noun in the frame ("He had one message: …").
            new ResponseNounRule(),
            new PostposedResponseNounRule(),
            new ColonLabelRule(),
            new HeadlineQuoteLabelRule(),

            // Before ContinuationRule: "In the words of S, “Q”" names a new source, not the one before.
            new QuotingPhraseRule(),
            new ColonSubjectRule(),
            new ContinuationRule(),
        ]);

    /// <summary>A copy with <paramref name="rule"/> right before the cue rule of type <typeparamref name="TRule"/>.</summary>
    /// <exception cref="InvalidOperationException">No cue rule has that type.</exception>
    public FrameRules InsertBefore<TRule>(FrameRule rule)
        where TRule : FrameRule
    {
        ArgumentNullException.ThrowIfNull(rule);
        int at = IndexOf<TRule>();
        var rules = new List<FrameRule>(CueRules);
        rules.Insert(at, rule);
        return new FrameRules([.. rules], ComplementRules, QuoteRules);
    }

    /// <summary>A copy with the cue rule of type <typeparamref name="TRule"/> replaced by <paramref name="rule"/>.</summary>
    /// <exception cref="InvalidOperationException">No cue rule has that type.</exception>
    public FrameRules Replace<TRule>(FrameRule rule)
        where TRule : FrameRule
    {
        ArgumentNullException.ThrowIfNull(rule);
        var rules = (FrameRule[])CueRules.Clone();
        rules[IndexOf<TRule>()] = rule;
        return new FrameRules(rules, ComplementRules, QuoteRules);
    }

    /// <summary>A copy without the rule (cue, complement or quote rule) of type <typeparamref name="TRule"/>; for measuring what one rule does.</summary>
    public FrameRules Without<TRule>() => new(
        [.. CueRules.Where(static r => r is not TRule)],
        [.. ComplementRules.Where(static r => r is not TRule)],
        [.. QuoteRules.Where(static r => r is not TRule)]);

    private int IndexOf<TRule>()
    {
        int at = Array.FindIndex(CueRules, static r => r is TRule);
        return at >= 0 ? at : throw new InvalidOperationException($"No frame rule of type {typeof(TRule).Name}.");
    }
}

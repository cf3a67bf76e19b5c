namespace Attribution.Frames.Rules;

/// <summary>
/// One way a quotation that no cue framed becomes a statement: a verbless frame (<c>“Q” —Jane Doe</c>,
/// <c>Doe: “Q”</c>) or a continuation of the statement before it. Runs after the cue rules, over the
/// quotation pieces left unclaimed, in the order of <see cref="FrameRules.QuoteRules"/>. Stateless.
/// </summary>
internal abstract class QuoteRule
{
    protected QuoteRule() => Name = GetType().Name;

    /// <summary>The rule's name as recorded on the statements it makes (the class name).</summary>
    public string Name { get; }

    /// <summary>The statement <paramref name="piece"/> makes under this rule, or null.</summary>
    /// <param name="reader">The document's tokens and lexicons.</param>
    /// <param name="piece">An unclaimed quotation piece of at least three tokens.</param>
    /// <param name="sentenceOf">The sentence of every token.</param>
    /// <param name="previous">The statement before the piece (not one nested in another's content), or null.</param>
    public abstract Candidate? TryMatch(Mentions.TokenReader reader, QuotePiece piece, int[] sentenceOf, Candidate? previous);

    /// <summary>A direct statement of the whole piece, with no cue.</summary>
    protected Candidate Frameless(QuotePiece piece, Mentions.Mention speaker, Mentions.Mention? addressee, int sentence, double confidence, int lastSentence, int lastToken)
    {
        var draft = new StatementDraft
        {
            Kind = StatementKind.Direct,
            Content = piece.Span,
            Speaker = speaker.Span,
            SpeakerKind = speaker.Kind,
            Addressee = addressee?.Span,
            FrameSentence = sentence,
            Rule = Name,
            Confidence = piece.Closed ? confidence : confidence - FrameConfidence.UnclosedPiecePenalty,
        };
        return new Candidate(draft, speaker, addressee, -1, sentence, lastSentence, lastToken);
    }
}

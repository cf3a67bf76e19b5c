using System.Collections.Immutable;

namespace Attribution;

/// <summary>One statement of a document: what was said, by whom, to whom and when.</summary>
/// <remarks>Immutable and therefore thread-safe. All spans index the caller's original string.</remarks>
/// <param name="Kind">Direct, indirect or mixed.</param>
/// <param name="Content">What was said; for a direct quote, with its quote marks.</param>
/// <param name="Fragments">The pieces of an interrupted content (<c>“Q1,” S said, “Q2”</c>), in order; empty when the content is one piece.</param>
/// <param name="Cue">The cue, or null for a quote whose speaker is carried over or a verbless frame.</param>
/// <param name="Speaker">The speaker mention, or null when none can be found.</param>
/// <param name="Addressee">To whom it was said, or null.</param>
/// <param name="Time">When it was said, or null.</param>
/// <param name="IsSpeech">True for speech (say, tell, claim); false for a reported belief (think, believe, fear, hope).</param>
/// <param name="Confidence">How sure the rule that found the statement is, from 0 to 1.</param>
public sealed record Statement(
    StatementKind Kind,
    TextExcerpt Content,
    ImmutableArray<TextExcerpt> Fragments,
    Cue? Cue,
    SpeakerMention? Speaker,
    AddresseeMention? Addressee,
    TimeReference? Time,
    bool IsSpeech,
    double Confidence)
{
    /// <summary>
    /// The attribution act the statement belongs to, numbered from 0 in document order: statements of one act
    /// share it (in <see cref="AttributionGranularity.Quote"/> mode, <c>“Q1,” he said. “Q2.”</c> are two statements
    /// of one act; in <see cref="AttributionGranularity.Act"/> mode every statement is its own act).
    /// </summary>
    public int Act { get; init; }

    /// <summary>The organisation the speaker speaks for (<c>a spokesman for the ministry</c>), or null.</summary>
    public OnBehalfOfMention? OnBehalfOf { get; init; }
}

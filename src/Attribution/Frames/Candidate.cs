using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>A frame match before overlaps are resolved: the draft, its mentions and where it lies.</summary>
/// <param name="Draft">The statement found.</param>
/// <param name="Speaker">The speaker mention, or null.</param>
/// <param name="AddresseeMention">The addressee mention, or null.</param>
/// <param name="CarriedFrom">Index into the candidate list of the statement whose speaker this one carries, or -1.</param>
/// <param name="Sentence">The sentence of the cue (or of the quote, for frameless statements).</param>
/// <param name="LastSentence">The sentence of the statement's last token.</param>
/// <param name="LastToken">The last token of the statement (content or frame).</param>
internal sealed record Candidate(StatementDraft Draft, Mention? Speaker, Mention? AddresseeMention, int CarriedFrom, int Sentence, int LastSentence, int LastToken)
{
    /// <summary>The statement whose speaker this one carries over, once resolved; null when it has its own.</summary>
    public Candidate? Source { get; set; }
}

using Attribution.Mentions;

namespace Attribution.Frames;

/// <summary>A frame match before overlaps are resolved: the draft, its mentions and where it lies.</summary>
internal sealed class Candidate
{
    /// <param name="draft">The statement found.</param>
    /// <param name="speaker">The speaker mention, or null.</param>
    /// <param name="addressee">The addressee mention, or null.</param>
    /// <param name="carriedFrom">Index into the candidate list of the statement whose speaker this one carries, or -1.</param>
    /// <param name="sentence">The sentence of the cue (or of the quote, for frameless statements).</param>
    /// <param name="lastSentence">The sentence of the statement's last token.</param>
    /// <param name="lastToken">The last token of the statement (content or frame).</param>
    public Candidate(StatementDraft draft, Mention? speaker, Mention? addressee, int carriedFrom, int sentence, int lastSentence, int lastToken)
    {
        Draft = draft;
        Speaker = speaker;
        AddresseeMention = addressee;
        CarriedFrom = carriedFrom;
        Sentence = sentence;
        LastSentence = lastSentence;
        LastToken = lastToken;
    }

    public StatementDraft Draft { get; }

    public Mention? Speaker { get; }

    public Mention? AddresseeMention { get; }

    public int CarriedFrom { get; }

    public int Sentence { get; }

    public int LastSentence { get; set; }

    public int LastToken { get; set; }

    /// <summary>The statement whose speaker this one carries over, once resolved; null when it has its own.</summary>
    public Candidate? Source { get; set; }

    /// <summary>The candidate's place among the statements kept, once they are numbered; -1 for a candidate not kept.</summary>
    public int KeptIndex { get; set; } = -1;
}

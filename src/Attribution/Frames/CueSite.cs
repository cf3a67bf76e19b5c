namespace Attribution.Frames;

/// <summary>
/// Where a cue stands, read once before the frame rules look at it: its sentence, the sentence's first and
/// last token, and how far back a speaker may be sought.
/// </summary>
/// <param name="Cue">The cue and its lexicon entry.</param>
/// <param name="Sentence">The index of the cue's sentence.</param>
/// <param name="SentenceFirst">The first token of that sentence.</param>
/// <param name="SentenceLast">The last token of that sentence.</param>
/// <param name="LeftLimit">The first token a speaker before the cue may use: after the nearest quoted token, at most <see cref="ClauseReader.MaxLookBack"/> tokens back, and within the sentence.</param>
internal readonly record struct CueSite(CueHit Cue, int Sentence, int SentenceFirst, int SentenceLast, int LeftLimit)
{
    /// <summary>The first token of the cue.</summary>
    public int First => Cue.First;

    /// <summary>The token right before the cue (it may lie before the sentence).</summary>
    public int Previous => Cue.First - 1;

    /// <summary>The first token after the cue.</summary>
    public int End => Cue.End;

    public Lexicons.CueEntry Entry => Cue.Entry;
}

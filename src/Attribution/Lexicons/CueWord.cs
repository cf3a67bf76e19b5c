namespace Attribution.Lexicons;

/// <summary>
/// What the cue lexicon knows of one word form: the single-word cue it is (<c>said</c>), the phrasal
/// cues it starts (<c>according</c> → <c>according to</c>), or both. One table entry, so a scan over
/// the text asks once per word.
/// </summary>
/// <param name="Single">The single-word cue, or null.</param>
/// <param name="Phrasal">The phrasal cues the word starts, longest first, or null.</param>
internal readonly record struct CueWord(CueEntry? Single, CueEntry[]? Phrasal)
{
    /// <summary>The noun of saying the word is (<c>claim</c>, <c>assertion</c>; nominal-cues.txt), or null.</summary>
    public CueEntry? Nominal { get; init; }

    /// <summary>The adjective that makes its subject a source after a linking verb (<c>sure</c>, <c>confident</c>; predicative-cues.txt), or null.</summary>
    public CueEntry? Predicative { get; init; }
}

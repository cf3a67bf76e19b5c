namespace Attribution.Lexicons;

/// <summary>
/// The lists a word starts an entry of, from one look-up per token (<see cref="LexiconSet.FindRoles"/>):
/// the passes that walk every token (cue words, declines) test a bit of the document's per-token array
/// (<c>TokenReader.HasRole</c>) instead of each hashing its way into its own table for every word, most of which are
/// in none. A bit is set exactly when the list's own look-up would find the word, so a pass that checks it first finds
/// the same words.
/// </summary>
[Flags]
internal enum WordRoles : byte
{
    None = 0,

    /// <summary>A key of the cue words (<see cref="LexiconSet.TryGetCueWord(ReadOnlySpan{char}, int, out CueWord)"/>): a cue verb form, the first word of a phrasal cue, a noun or adjective of saying.</summary>
    Cue = 1 << 0,

    /// <summary>The first word of a decline phrase in any of its forms (<see cref="DeclineCues.TryGetPhrases(ReadOnlySpan{char}, int, out DeclineCue[])"/>).</summary>
    DeclineStart = 1 << 1,
}

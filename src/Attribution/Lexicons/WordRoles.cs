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

    /// <summary>
    /// A word in lower case that may open a time phrase (<c>yesterday</c>, <c>last</c>, <c>three</c>: <c>Time.TimePhraseMatcher.LowerCaseStartWords</c>),
    /// in any case: with <see cref="CalendarName"/> and digits, every first word of a time phrase, so the time matcher turns the
    /// capitalised names of a sentence away with one bit test instead of its calendar look-ups.
    /// </summary>
    TimeStart = 1 << 2,

    /// <summary>
    /// A weekday, month or holiday name (<see cref="CalendarNames"/>), also with a period after it (<c>Sept.</c>): the words
    /// <c>Time.CalendarWords</c> may read as a date. Nearly every capitalised word is none, and the name scanner asks of each.
    /// </summary>
    CalendarName = 1 << 3,
}

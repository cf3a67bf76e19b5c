namespace Attribution.Time;

/// <summary>A run of words the time matcher reads: a frame's tokens, or a phrase split on its own.</summary>
internal interface IWordSequence
{
    int Count { get; }

    ReadOnlySpan<char> this[int index] { get; }

    /// <summary>
    /// <see cref="Lexicons.WordFolding.Hash"/> of word <paramref name="index"/>, for the calendar look-ups: a document's
    /// tokens have theirs already (<c>Document.WordHash</c>), so a frame's words are not hashed again for each table.
    /// </summary>
    int HashAt(int index);

    /// <summary>
    /// False when word <paramref name="index"/> is known to start no time phrase: a document's word whose roles hold neither
    /// <see cref="Lexicons.WordRoles.TimeStart"/> nor <see cref="Lexicons.WordRoles.CalendarName"/>; true when it may, or
    /// when the sequence cannot tell (a phrase split on its own).
    /// </summary>
    bool MayStartTime(int index);
}

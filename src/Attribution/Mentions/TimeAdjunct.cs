using Attribution.Lexicons;

namespace Attribution.Mentions;

/// <summary>
/// Time words and the time adjuncts they make between a subject and its verb (<c>The ministry on Tuesday said</c>,
/// <c>Trump last week told</c>): the mention finder skips them to reach the subject.
/// </summary>
internal static class TimeAdjunct
{
    /// <summary>
    /// The first token of a time adjunct ending at <paramref name="end"/> between a subject and its verb (<c>on Tuesday</c>,
    /// <c>last week</c>, <c>earlier this month</c>, <c>on Dec. 5</c>), or -1. A month name needs a preposition or a
    /// number beside it, so a surname spelled like one (<c>Theresa May said</c>) is not read as a time.
    /// </summary>
    public static int StartBefore(TokenReader r, int end, int limit)
    {
        int k = end;
        bool hasTime = false;
        while (k >= limit && end - k < MaxTimeAdjunctTokens)
        {
            if (IsTimeWord(r, k) && !r.Is(k, "last") && !r.Is(k, "earlier"))
            {
                if (r.IsCapitalized(k) && IsMonth(r, k) && !(r.InRange(k + 1) && r.Tokens[k + 1].Kind == Text.TokenKind.Number) && !IsTimeLink(r, k - 1))
                {
                    return -1;
                }

                hasTime = true;
                k--;
                continue;
            }

            if (r.IsLowerWord(k) && IsTimeLink(r, k) || (r.Tokens[k].Kind == Text.TokenKind.Number && k < end))
            {
                k--;
                continue;
            }

            break;
        }

        int first = k + 1;
        while (first <= end && r.Is(first, "the"))
        {
            first++;
        }

        return hasTime && first <= end && k >= limit && r.IsWord(k) && r.ClassOf(k) == WordClass.None && !IsTimeLink(r, k) ? first : -1;
    }

    /// <summary>The most tokens a time adjunct between a subject and its verb has (<c>early on Monday morning</c>).</summary>
    private const int MaxTimeAdjunctTokens = 5;

    /// <summary>Words that join time words into an adjunct: <c>on</c>, <c>last</c>, <c>this</c>, <c>earlier</c>, <c>over the</c>.</summary>
    private static bool IsTimeLink(TokenReader r, int k) =>
        r.InRange(k) && r.IsLowerWord(k) && (r.Is(k, "on") || r.Is(k, "in") || r.Is(k, "this") || r.Is(k, "last") || r.Is(k, "next") || r.Is(k, "early")
            || r.Is(k, "late") || r.Is(k, "earlier") || r.Is(k, "later") || r.Is(k, "the") || r.Is(k, "past") || r.Is(k, "over"));

    private static bool IsMonth(TokenReader r, int k) => Months.Contains(r.Text(k), r.WordHash(k));

    /// <summary>A month's name right after a capitalised name word is a surname: <c>Theresa May</c>, <c>Brian May</c>.</summary>
    public static bool IsSurnameLikeMonth(TokenReader r, int i) =>
        IsMonth(r, i) && i > 0 && r.IsCapitalized(i - 1) && r.IsWord(i - 1) && r.ClassOf(i - 1) == WordClass.None && !IsTimeWord(r, i - 1);

    /// <summary>Whether the token is a weekday, a month, or a relative time word (<c>today</c>, <c>week</c>, <c>last</c>).</summary>
    public static bool IsTimeWord(TokenReader r, int i)
    {
        if (!r.IsWord(i))
        {
            return false;
        }

        var t = r.Text(i);
        int hash = r.WordHash(i); // the document's hash of the token, for all three tables
        return Weekdays.Contains(t, hash) || Months.Contains(t, hash) || OtherTimeWords.Contains(t, hash);
    }

    private static readonly WordTable<bool> Weekdays = WordTable.Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], ignoreCase: true);

    private static readonly WordTable<bool> Months = WordTable.Set(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    ], ignoreCase: true);

    private static readonly WordTable<bool> OtherTimeWords = WordTable.Set(
    [
        "today", "yesterday", "tonight", "tomorrow", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "last", "earlier",
    ], ignoreCase: true);
}

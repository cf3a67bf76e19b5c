using System.Runtime.CompilerServices;
using Attribution.Lexicons;
using Attribution.Text;

namespace Attribution.Time;

/// <summary>
/// Recognises a time phrase starting at one word: weekdays, month/day dates, bare months, years
/// after <c>in</c>, and relative phrases. Reads at most a few words ahead, so scanning a frame is linear.
/// </summary>
internal static class TimePhraseMatcher
{
    /// <summary>
    /// The words in lower case that can start a phrase: those <see cref="TryMatch"/> compares the first word with,
    /// and the count words of <c>three days ago</c> (<see cref="CalendarWords.CountWords"/>). Every other phrase starts
    /// with a capital (weekday, month) or a digit (day, year, count). Keep in step with the comparisons below.
    /// </summary>
    public static readonly string[] LowerCaseStartWords =
        ["yesterday", "today", "tonight", "last", "this", "earlier", "later", "early", "mid", "late", .. CalendarWords.CountWords];

    private static readonly WordTable<bool> LowerCaseStarts = WordTable.Set(LowerCaseStartWords, ignoreCase: true);

    /// <summary>
    /// Whether a time phrase may start at word <paramref name="i"/>: the first checks of <see cref="TryMatch"/>, which turn
    /// away nearly every word. A caller that tries every word of a sentence asks this first, inline: the rejected words
    /// then skip <see cref="TryMatch"/>'s call and set-up, which cost more than the checks themselves.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayStart<TWords>(in TWords words, int i)
        where TWords : struct, IWordSequence
    {
        // A document's words carry their word roles: a word that is no calendar name and none of the lower-case starts
        // (most capitalised words of a frame are names) is turned away with one bit test, before the checks below.
        if (!words.MayStartTime(i))
        {
            return false;
        }

        var word = words[i];

        // Every phrase starts with a letter or a digit (a weekday, month, day, year, count or one of the words below):
        // a comma, quote mark or other sign (one in eight of the tokens of the frames read) starts none.
        if (word.Length == 0 || !char.IsLetterOrDigit(word[0]))
        {
            return false;
        }

        // Most words a frame holds start in lower case and are none of the few that can start a phrase: one look-up
        // rejects them before the dozen comparisons and table look-ups of TryMatch (the matcher took about 6 % of extract's instructions).
        return !CharClass.IsAsciiLower(word[0]) || LowerCaseStarts.Contains(word, words.HashAt(i));
    }

    /// <summary>
    /// Matches a time phrase starting at word <paramref name="i"/>. <paramref name="standalone"/> says the
    /// sequence is the phrase itself (no context to rule out <c>May</c> the modal or a bare number).
    /// </summary>
    public static bool TryMatch<TWords>(in TWords words, int i, bool standalone, out TimeExpression expression)
        where TWords : struct, IWordSequence
    {
        expression = default;
        if (!MayStart(words, i))
        {
            return false;
        }

        var word = words[i];
        int hash = words.HashAt(i);
        int weekday = CalendarWords.Weekday(word, hash);
        if (weekday >= 0)
        {
            expression = new TimeExpression(TimeExpressionKind.Weekday, i, AfterPartOfDay(words, i + 1), Weekday: weekday);
            return true;
        }

        if (TryMatchDate(words, i, standalone, out expression))
        {
            return true;
        }

        if (word.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
        {
            expression = new TimeExpression(TimeExpressionKind.Relative, i, i + 1, Unit: TimeUnit.Day, Offset: -1);
            return true;
        }

        if (word.Equals("today", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase))
        {
            expression = new TimeExpression(TimeExpressionKind.Relative, i, i + 1, Unit: TimeUnit.Day, Offset: 0);
            return true;
        }

        if (word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase))
        {
            return TryMatchDeictic(words, i, i, out expression);
        }

        if ((word.Equals("earlier", StringComparison.OrdinalIgnoreCase) || word.Equals("later", StringComparison.OrdinalIgnoreCase)) && i + 1 < words.Count)
        {
            var next = words[i + 1];
            if (next.Equals("this", StringComparison.OrdinalIgnoreCase))
            {
                return TryMatchDeictic(words, i, i + 1, out expression);
            }

            if (next.Equals("today", StringComparison.OrdinalIgnoreCase))
            {
                expression = new TimeExpression(TimeExpressionKind.Relative, i, i + 2, Unit: TimeUnit.Day, Offset: 0);
                return true;
            }
        }

        if (word.Equals("early", StringComparison.OrdinalIgnoreCase) || word.Equals("mid", StringComparison.OrdinalIgnoreCase)
            || word.Equals("late", StringComparison.OrdinalIgnoreCase))
        {
            if (i + 1 < words.Count && TryMatchDate(words, i + 1, standalone: true, out var dated) && dated.Kind is TimeExpressionKind.Month or TimeExpressionKind.Year)
            {
                expression = dated with { FirstWord = i };
                return true;
            }

            return false;
        }

        return TryMatchAgo(words, i, out expression);
    }

    private static bool TryMatchDate<TWords>(in TWords words, int i, bool standalone, out TimeExpression expression)
        where TWords : struct, IWordSequence
    {
        expression = default;
        var word = words[i];
        int month = CalendarWords.Month(word, words.HashAt(i));
        if (month > 0)
        {
            int next = SkipAbbreviationPeriod(words, i + 1, word);
            if (next < words.Count && CalendarWords.DayOfMonth(words[next]) is > 0 and int day)
            {
                int end = next + 1;
                int year = 0;
                if (end + 1 < words.Count && words[end].SequenceEqual(",") && CalendarWords.Year(words[end + 1]) is > 0 and int y)
                {
                    year = y;
                    end += 2;
                }
                else if (end < words.Count && CalendarWords.Year(words[end]) is > 0 and int y2)
                {
                    year = y2;
                    end++;
                }

                expression = new TimeExpression(TimeExpressionKind.MonthDay, i, end, Year: year, Month: month, Day: day);
                return true;
            }

            if (next < words.Count && CalendarWords.Year(words[next]) is > 0 and int monthYear)
            {
                expression = new TimeExpression(TimeExpressionKind.Month, i, next + 1, Year: monthYear, Month: month);
                return true;
            }

            // "May" the modal and "March" the verb or noun are capitalised at sentence starts and in names
            // (Theresa May); alone they count only after a word that governs a time.
            bool ambiguous = month == 5 || (month == 3 && word.Length == 5);
            if (ambiguous && !standalone && !(i > 0 && GovernsBareMonth(words[i - 1])))
            {
                return false;
            }

            expression = new TimeExpression(TimeExpressionKind.Month, i, next, Month: month);
            return true;
        }

        if (CalendarWords.DayOfMonth(word) is > 0 and int dayFirst && i + 1 < words.Count && CalendarWords.Month(words[i + 1], words.HashAt(i + 1)) is > 0 and int monthAfter)
        {
            int end = SkipAbbreviationPeriod(words, i + 2, words[i + 1]);
            int year = 0;
            if (end < words.Count && CalendarWords.Year(words[end]) is > 0 and int y)
            {
                year = y;
                end++;
            }

            expression = new TimeExpression(TimeExpressionKind.MonthDay, i, end, Year: year, Month: monthAfter, Day: dayFirst);
            return true;
        }

        if (CalendarWords.Year(word) is > 0 and int bareYear && (standalone || (i > 0 && words[i - 1].Equals("in", StringComparison.OrdinalIgnoreCase))))
        {
            expression = new TimeExpression(TimeExpressionKind.Year, i, i + 1, Year: bareYear);
            return true;
        }

        return false;
    }

    /// <summary><c>last week</c>, <c>this month</c>, <c>last Thursday</c>, <c>this morning</c>, <c>last night</c>, <c>earlier this year</c>.</summary>
    private static bool TryMatchDeictic<TWords>(in TWords words, int first, int deictic, out TimeExpression expression)
        where TWords : struct, IWordSequence
    {
        expression = default;
        if (deictic + 1 >= words.Count)
        {
            return false;
        }

        bool last = words[deictic].Equals("last", StringComparison.OrdinalIgnoreCase);
        var head = words[deictic + 1];
        int end = deictic + 2;
        int weekday = CalendarWords.Weekday(head);
        if (weekday >= 0)
        {
            expression = new TimeExpression(TimeExpressionKind.Weekday, first, AfterPartOfDay(words, end), Weekday: weekday, StrictlyBefore: last);
            return true;
        }

        if (IsPartOfDay(head) || head.Equals("night", StringComparison.OrdinalIgnoreCase))
        {
            // "last night" is the evening before; "this morning" is the reference day.
            expression = new TimeExpression(TimeExpressionKind.Relative, first, end, Unit: TimeUnit.Day, Offset: last ? -1 : 0);
            return true;
        }

        var unit = CalendarWords.Unit(head);
        if (unit == TimeUnit.None || head[^1] == 's')
        {
            return false;
        }

        expression = new TimeExpression(TimeExpressionKind.Relative, first, end, Unit: unit, Offset: last ? -1 : 0);
        return true;
    }

    /// <summary><c>three days ago</c>, <c>a week ago</c>.</summary>
    private static bool TryMatchAgo<TWords>(in TWords words, int i, out TimeExpression expression)
        where TWords : struct, IWordSequence
    {
        expression = default;
        if (i + 2 >= words.Count || !words[i + 2].Equals("ago", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int count = CalendarWords.Count(words[i]);
        var unit = CalendarWords.Unit(words[i + 1]);
        if (count == 0 || unit is TimeUnit.None or TimeUnit.Weekend)
        {
            return false;
        }

        // "a week ago" is a day seven days back, not the week before.
        if (unit == TimeUnit.Week && count > 0)
        {
            unit = TimeUnit.Day;
            count *= 7;
        }

        expression = new TimeExpression(TimeExpressionKind.Relative, i, i + 3, Unit: unit, Offset: count < 0 ? int.MinValue : -count);
        return true;
    }

    private static int AfterPartOfDay<TWords>(in TWords words, int i)
        where TWords : struct, IWordSequence =>
        i < words.Count && (IsPartOfDay(words[i]) || words[i].Equals("night", StringComparison.OrdinalIgnoreCase)) ? i + 1 : i;

    private static bool IsPartOfDay(ReadOnlySpan<char> word) =>
        word.Equals("morning", StringComparison.OrdinalIgnoreCase) || word.Equals("afternoon", StringComparison.OrdinalIgnoreCase)
        || word.Equals("evening", StringComparison.OrdinalIgnoreCase);

    /// <summary>Steps over a period the tokenizer split from an abbreviation (<c>Oct</c> <c>.</c>).</summary>
    private static int SkipAbbreviationPeriod<TWords>(in TWords words, int i, ReadOnlySpan<char> abbreviation)
        where TWords : struct, IWordSequence =>
        i < words.Count && abbreviation.Length <= 4 && abbreviation[^1] != '.' && words[i].SequenceEqual(".") && i + 1 < words.Count
            && (CalendarWords.DayOfMonth(words[i + 1]) > 0 || CalendarWords.Year(words[i + 1]) > 0)
            ? i + 1
            : i;

    private static bool GovernsBareMonth(ReadOnlySpan<char> word) =>
        word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("on", StringComparison.OrdinalIgnoreCase)
        || word.Equals("since", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase)
        || word.Equals("early", StringComparison.OrdinalIgnoreCase) || word.Equals("late", StringComparison.OrdinalIgnoreCase)
        || word.Equals("mid", StringComparison.OrdinalIgnoreCase) || word.Equals("last", StringComparison.OrdinalIgnoreCase)
        || word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("during", StringComparison.OrdinalIgnoreCase)
        || word.Equals("of", StringComparison.OrdinalIgnoreCase);
}

using Attribution.Entities;
using Attribution.Lexicons;

namespace Attribution.Time;

/// <summary>
/// The closed classes of calendar words English news uses: weekday and month names with their
/// abbreviations, and the units relative phrases count in.
/// </summary>
internal static class CalendarWords
{
    // The names come from the one calendar table the front end reads too.
    private static readonly Dictionary<string, int> Weekdays = CalendarNames.Weekdays.ToDictionary(static w => w.Name, static w => w.Number, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, int> Months = CalendarNames.Months.ToDictionary(static m => m.Name, static m => m.Number, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, TimeUnit> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day, ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week,
        ["weekend"] = TimeUnit.Weekend, ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month,
        ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year,
    };

    private static readonly Dictionary<string, int> SmallNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["several"] = -1, ["few"] = -1,
    };

    private static readonly WordTable<bool> HolidayLookup = WordTable.Set(CalendarNames.Holidays, ignoreCase: true);

    private static readonly WordTable<int> WeekdayLookup = new(Weekdays);
    private static readonly WordTable<int> MonthLookup = new(Months);
    private static readonly WordTable<TimeUnit> UnitLookup = new(Units);
    private static readonly WordTable<int> NumberLookup = new(SmallNumbers);

    /// <summary>The weekday (<see cref="DayOfWeek"/> numbering) a word names, or -1. Abbreviations may carry their period.</summary>
    public static int Weekday(ReadOnlySpan<char> word) => Weekday(word, NoHash);

    /// <summary><see cref="Weekday(ReadOnlySpan{char})"/> with the word's <see cref="WordFolding.Hash"/> computed once (<c>Document.WordHash</c>).</summary>
    public static int Weekday(ReadOnlySpan<char> word, int foldedHash)
    {
        bool abbreviated = word.Length > 1 && word[^1] == '.';
        word = TrimPeriod(word);

        // Every full weekday name has six letters or more; shorter forms count only with their period
        // ("Wed." but not "Sun" the newspaper or "Sat" the verb).
        return word.Length >= 3 && char.IsUpper(word[0]) && (abbreviated || word.Length >= 6)
            && Find(WeekdayLookup, word, abbreviated ? NoHash : foldedHash, out int day) ? day : -1;
    }

    /// <summary>Whether a capitalised word names a holiday (<see cref="CalendarNames.Holidays"/>).</summary>
    public static bool IsHoliday(ReadOnlySpan<char> word, int foldedHash) =>
        word.Length >= 3 && char.IsUpper(word[0]) && Find(HolidayLookup, word, foldedHash, out _);

    /// <summary>The month (1–12) a capitalised word names, or 0.</summary>
    public static int Month(ReadOnlySpan<char> word) => Month(word, NoHash);

    /// <summary><see cref="Month(ReadOnlySpan{char})"/> with the word's <see cref="WordFolding.Hash"/> computed once (<c>Document.WordHash</c>).</summary>
    public static int Month(ReadOnlySpan<char> word, int foldedHash)
    {
        bool abbreviated = word.Length > 1 && word[^1] == '.';
        word = TrimPeriod(word);
        if (word.Length < 3 || !char.IsUpper(word[0]) || !Find(MonthLookup, word, abbreviated ? NoHash : foldedHash, out int month))
        {
            return 0;
        }

        // "Mar." is a month only with its period; bare "Mar" and "Sun" are more often names.
        return word.Length == 3 && !abbreviated && month != 5 ? 0 : month;
    }

    /// <summary>The words <see cref="Count"/> reads as a count (<c>a</c>, <c>three</c>, <c>several</c>).</summary>
    public static IEnumerable<string> CountWords => SmallNumbers.Keys;

    public static TimeUnit Unit(ReadOnlySpan<char> word) => UnitLookup.TryGetValue(word, out var unit) ? unit : TimeUnit.None;

    /// <summary>A count written as a small number word or digits (1–99), -1 for a vague count (<c>several</c>), or 0.</summary>
    public static int Count(ReadOnlySpan<char> word)
    {
        if (NumberLookup.TryGetValue(word, out int n))
        {
            return n;
        }

        return TryParseSmallNumber(word, 99, out int value) ? value : 0;
    }

    /// <summary>A day of the month written as digits with an optional ordinal suffix (<c>24</c>, <c>24th</c>).</summary>
    public static int DayOfMonth(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && (word.EndsWith("st", StringComparison.OrdinalIgnoreCase) || word.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || word.EndsWith("th", StringComparison.OrdinalIgnoreCase)))
        {
            word = word[..^2];
        }

        return TryParseSmallNumber(word, 31, out int day) && day >= 1 ? day : 0;
    }

    /// <summary>A four-digit year between 1800 and 2199, or 0.</summary>
    public static int Year(ReadOnlySpan<char> word)
    {
        if (word.Length != 4)
        {
            return 0;
        }

        int year = 0;
        foreach (char c in word)
        {
            if (c is < '0' or > '9')
            {
                return 0;
            }

            year = year * 10 + (c - '0');
        }

        return year is >= 1800 and < 2200 ? year : 0;
    }

    private static bool TryParseSmallNumber(ReadOnlySpan<char> word, int max, out int value)
    {
        value = 0;
        if (word.Length is 0 or > 2)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return value <= max;
    }

    /// <summary>Marks a hash not given (<see cref="WordFolding.Hash"/> is never negative), or not valid for a word cut short of its period.</summary>
    private const int NoHash = -1;

    private static bool Find<TValue>(WordTable<TValue> table, ReadOnlySpan<char> word, int foldedHash, out TValue value) =>
        foldedHash == NoHash ? table.TryGetValue(word, out value) : table.TryGetValue(word, foldedHash, out value);

    private static ReadOnlySpan<char> TrimPeriod(ReadOnlySpan<char> word) => word.Length > 1 && word[^1] == '.' ? word[..^1] : word;
}

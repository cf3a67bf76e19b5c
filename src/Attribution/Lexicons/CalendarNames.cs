namespace Attribution.Lexicons;

/// <summary>
/// The weekday and month names English news writes, full and abbreviated: the one table the front end
/// (abbreviations that take a period, words that follow a clock time) and the time stage (which day or
/// month a word names) both read.
/// </summary>
internal static class CalendarNames
{
    /// <summary>Weekday names with their <see cref="DayOfWeek"/> number; the full name comes first for each day.</summary>
    public static readonly (string Name, int Number)[] Weekdays =
    [
        ("Monday", 1), ("Mon", 1), ("Tuesday", 2), ("Tue", 2), ("Tues", 2), ("Wednesday", 3), ("Wed", 3),
        ("Thursday", 4), ("Thu", 4), ("Thur", 4), ("Thurs", 4), ("Friday", 5), ("Fri", 5),
        ("Saturday", 6), ("Sat", 6), ("Sunday", 0), ("Sun", 0),
    ];

    /// <summary>Month names with their number (1–12); the full name comes first for each month ("May" has no other).</summary>
    public static readonly (string Name, int Number)[] Months =
    [
        ("January", 1), ("Jan", 1), ("February", 2), ("Feb", 2), ("March", 3), ("Mar", 3), ("April", 4), ("Apr", 4),
        ("May", 5), ("June", 6), ("Jun", 6), ("July", 7), ("Jul", 7), ("August", 8), ("Aug", 8),
        ("September", 9), ("Sept", 9), ("Sep", 9), ("October", 10), ("Oct", 10), ("November", 11), ("Nov", 11),
        ("December", 12), ("Dec", 12),
    ];

    /// <summary>
    /// Holidays and seasons of the year that news capitalises like names ("its best Christmas ever", "before Easter"):
    /// dates, never the name of a speaker or a body.
    /// </summary>
    public static readonly string[] Holidays =
    [
        "Christmas", "Easter", "Thanksgiving", "Halloween", "Hanukkah", "Passover", "Ramadan", "Eid", "Diwali", "Lent",
        "Advent", "Pentecost", "Whitsun", "Michaelmas",
    ];

    /// <summary>The abbreviated weekday names (Mon, Tues …), which may take a period.</summary>
    public static readonly string[] WeekdayAbbreviations = Abbreviated(Weekdays);

    /// <summary>The abbreviated month names (Jan, Sept …), which may take a period; "May" is a full word.</summary>
    public static readonly string[] MonthAbbreviations = Abbreviated(Months);

    /// <summary>Every weekday and month name, full and abbreviated.</summary>
    public static readonly string[] AllNames = [.. Weekdays.Select(static w => w.Name), .. Months.Select(static m => m.Name)];

    private static string[] Abbreviated((string Name, int Number)[] names)
    {
        var seen = new HashSet<int>();
        var abbreviations = new List<string>();
        foreach (var (name, number) in names)
        {
            if (!seen.Add(number))
            {
                abbreviations.Add(name); // not the first, full name of its number
            }
        }

        return [.. abbreviations];
    }
}

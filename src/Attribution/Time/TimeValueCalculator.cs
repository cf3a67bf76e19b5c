using System.Globalization;

namespace Attribution.Time;

/// <summary>
/// Turns a <see cref="TimeExpression"/> into an ISO 8601 value (<c>2024-09-26</c>, <c>2024-03</c>,
/// <c>2024-W38</c>, <c>2023</c>) against a reference (publication) date. A phrase is taken to name the
/// most recent such time on or before the reference date, since news reports what was said.
/// </summary>
internal static class TimeValueCalculator
{
    public static string? Value(in TimeExpression expression, DateOnly? reference)
    {
        switch (expression.Kind)
        {
            case TimeExpressionKind.Year:
                return Year(expression.Year);
            case TimeExpressionKind.Month when expression.Year > 0:
                return Month(expression.Year, expression.Month);
            case TimeExpressionKind.MonthDay when expression.Year > 0:
                return Day(expression.Year, expression.Month, expression.Day);
        }

        // Dates at the ends of the calendar leave no room for the arithmetic below.
        if (reference is not { } date || date.Year is < 2 or > 9998)
        {
            return null;
        }

        switch (expression.Kind)
        {
            case TimeExpressionKind.Weekday:
            {
                int back = ((int)date.DayOfWeek - expression.Weekday + 7) % 7;
                if (back == 0 && expression.StrictlyBefore)
                {
                    back = 7;
                }

                return Iso(date.AddDays(-back));
            }

            case TimeExpressionKind.Month:
                return Month(expression.Month > date.Month ? date.Year - 1 : date.Year, expression.Month);
            case TimeExpressionKind.MonthDay:
            {
                int year = date.Year;
                if (expression.Month > date.Month || (expression.Month == date.Month && expression.Day > date.Day))
                {
                    year--;
                }

                return Day(year, expression.Month, expression.Day);
            }

            case TimeExpressionKind.Relative:
                return Relative(expression, date);
            default:
                return null;
        }
    }

    private static string? Relative(in TimeExpression expression, DateOnly date)
    {
        if (expression.Offset == int.MinValue)
        {
            // "several days ago": a time before the date, but no value says which.
            return null;
        }

        int offset = expression.Offset;
        switch (expression.Unit)
        {
            case TimeUnit.Day:
                return Iso(date.AddDays(offset));
            case TimeUnit.Week:
                return Week(date.AddDays(7 * offset));
            case TimeUnit.Weekend:
            {
                // The weekend on or before the date (this weekend) or the one before that (last weekend).
                int backToSaturday = ((int)date.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
                var saturday = date.AddDays(-backToSaturday);
                if (offset < 0 && date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    saturday = saturday.AddDays(-7);
                }

                return Week(saturday);
            }

            case TimeUnit.Month:
            {
                var month = new DateOnly(date.Year, date.Month, 1).AddMonths(offset);
                return Month(month.Year, month.Month);
            }

            case TimeUnit.Year:
                return Year(date.Year + offset);
            default:
                return null;
        }
    }

    private static string? Day(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) ? Iso(new DateOnly(year, month, day)) : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Month(int year, int month) =>
        year is >= 1 and <= 9999 ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}") : null;

    private static string? Year(int year) => year is >= 1 and <= 9999 ? year.ToString("D4", CultureInfo.InvariantCulture) : null;

    private static string Week(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dateTime):D4}-W{ISOWeek.GetWeekOfYear(dateTime):D2}");
    }
}

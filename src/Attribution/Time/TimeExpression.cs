namespace Attribution.Time;

/// <summary>What kind of time a phrase names.</summary>
internal enum TimeExpressionKind : byte
{
    /// <summary><c>Thursday</c>, <c>last Thursday</c>.</summary>
    Weekday,

    /// <summary><c>Oct. 24</c>, <c>Sept. 5, 2024</c>, <c>24 October</c>.</summary>
    MonthDay,

    /// <summary><c>March</c>, <c>January 2023</c>, <c>early March</c>.</summary>
    Month,

    /// <summary><c>2023</c> (after <c>in</c>).</summary>
    Year,

    /// <summary><c>yesterday</c>, <c>last week</c>, <c>earlier this month</c>, <c>three days ago</c>: <see cref="TimeExpression.Offset"/> units from the reference date.</summary>
    Relative,
}

/// <summary>
/// A time phrase as the matcher reads it, over words [<see cref="FirstWord"/>, <see cref="EndWord"/>) of
/// the sequence it scanned. Fields a kind does not use are 0.
/// </summary>
/// <param name="Kind">What the phrase names.</param>
/// <param name="FirstWord">Index of its first word.</param>
/// <param name="EndWord">Index just past its last word.</param>
/// <param name="Year">The year the phrase names itself, or 0.</param>
/// <param name="Month">1–12, or 0.</param>
/// <param name="Day">1–31, or 0.</param>
/// <param name="Weekday">The <see cref="DayOfWeek"/> number of a weekday phrase.</param>
/// <param name="Unit">The unit of a relative phrase.</param>
/// <param name="Offset">Units from the reference date: -1 for <c>yesterday</c>/<c>last week</c>, 0 for <c>this month</c>.</param>
/// <param name="StrictlyBefore">A weekday phrase with <c>last</c>: the weekday before the reference date, never the date itself.</param>
internal readonly record struct TimeExpression(
    TimeExpressionKind Kind,
    int FirstWord,
    int EndWord,
    int Year = 0,
    int Month = 0,
    int Day = 0,
    int Weekday = 0,
    TimeUnit Unit = TimeUnit.None,
    int Offset = 0,
    bool StrictlyBefore = false);

namespace Attribution.Time;

/// <summary>The unit a relative time phrase counts in (<c>last week</c>, <c>three days ago</c>).</summary>
internal enum TimeUnit : byte
{
    None,
    Day,
    Week,
    Weekend,
    Month,
    Year,
}

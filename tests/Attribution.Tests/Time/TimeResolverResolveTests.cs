using Attribution.Time;

namespace Attribution.Tests.Time;

public class TimeResolverResolveTests
{
    private static readonly DateOnly Friday20240927 = new(2024, 9, 27);

    [Theory]
    [InlineData("Thursday", "2024-09-26")]
    [InlineData("Friday", "2024-09-27")]
    [InlineData("Saturday", "2024-09-21")]
    [InlineData("last Friday", "2024-09-20")]
    [InlineData("Tuesday night", "2024-09-24")]
    [InlineData("Wed.", "2024-09-25")]
    public void A_weekday_is_the_most_recent_one_on_or_before_the_date(string phrase, string expected) =>
        TimeResolver.Resolve(phrase, Friday20240927).Should().Be(expected);

    [Theory]
    [InlineData("Aug. 29", "2024-08-29")]
    [InlineData("Oct. 24", "2023-10-24")]
    [InlineData("September 27", "2024-09-27")]
    [InlineData("September 28", "2023-09-28")]
    [InlineData("24 October", "2023-10-24")]
    [InlineData("Sept. 5, 2024", "2024-09-05")]
    [InlineData("Oct. 7th", "2023-10-07")]
    public void A_month_and_day_later_than_the_date_without_a_year_is_in_the_year_before(string phrase, string expected) =>
        TimeResolver.Resolve(phrase, Friday20240927).Should().Be(expected);

    [Theory]
    [InlineData("March", "2024-03")]
    [InlineData("September", "2024-09")]
    [InlineData("October", "2023-10")]
    [InlineData("January 2023", "2023-01")]
    [InlineData("early March", "2024-03")]
    [InlineData("in 2023", "2023")]
    [InlineData("2022", "2022")]
    public void Months_and_years(string phrase, string expected) =>
        TimeResolver.Resolve(phrase, Friday20240927).Should().Be(expected);

    [Theory]
    [InlineData("yesterday", "2024-09-26")]
    [InlineData("today", "2024-09-27")]
    [InlineData("last night", "2024-09-26")]
    [InlineData("this morning", "2024-09-27")]
    [InlineData("earlier today", "2024-09-27")]
    [InlineData("three days ago", "2024-09-24")]
    [InlineData("a week ago", "2024-09-20")]
    [InlineData("last week", "2024-W38")]
    [InlineData("earlier this week", "2024-W39")]
    [InlineData("earlier this month", "2024-09")]
    [InlineData("last month", "2024-08")]
    [InlineData("this year", "2024")]
    [InlineData("last year", "2023")]
    public void Relative_phrases_count_from_the_date(string phrase, string expected) =>
        TimeResolver.Resolve(phrase, Friday20240927).Should().Be(expected);

    [Theory]
    [InlineData("Dec. 30", "2025-01-02", "2024-12-30")]
    [InlineData("Jan. 1", "2025-01-02", "2025-01-01")]
    [InlineData("December", "2025-01-02", "2024-12")]
    [InlineData("Monday", "2025-01-01", "2024-12-30")]
    [InlineData("yesterday", "2025-01-01", "2024-12-31")]
    [InlineData("last week", "2025-01-02", "2024-W52")]
    [InlineData("last month", "2025-01-15", "2024-12")]
    [InlineData("Feb. 29", "2024-03-01", "2024-02-29")]
    public void Year_boundaries_resolve_into_the_year_before(string phrase, string date, string expected) =>
        TimeResolver.Resolve(phrase, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [Theory]
    [InlineData("Thursday")]
    [InlineData("Oct. 24")]
    [InlineData("March")]
    [InlineData("yesterday")]
    [InlineData("last week")]
    public void Without_a_date_a_phrase_that_names_no_year_has_no_value(string phrase) =>
        TimeResolver.Resolve(phrase, null).Should().BeNull();

    [Theory]
    [InlineData("Sept. 5, 2024", "2024-09-05")]
    [InlineData("January 2023", "2023-01")]
    [InlineData("in 2023", "2023")]
    public void Without_a_date_a_phrase_that_names_its_year_resolves(string phrase, string expected) =>
        TimeResolver.Resolve(phrase, null).Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("the press conference")]
    [InlineData("Feb. 30")]
    [InlineData("several days ago")]
    [InlineData("\uD800 Thursday")]
    public void Phrases_that_name_no_resolvable_time_have_no_value(string phrase) =>
        TimeResolver.Resolve(phrase, Friday20240927).Should().BeNull();

    [Fact]
    public void Dates_at_the_ends_of_the_calendar_do_not_throw()
    {
        TimeResolver.Resolve("yesterday", DateOnly.MinValue).Should().BeNull();
        TimeResolver.Resolve("last year", DateOnly.MaxValue).Should().BeNull();
        TimeResolver.Resolve(new string('x', 100_000), Friday20240927).Should().BeNull();
    }
}

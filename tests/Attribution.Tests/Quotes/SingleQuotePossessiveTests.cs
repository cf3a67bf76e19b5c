using Attribution.Pipeline;
using Attribution.Quotes;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Quotes;

/// <summary>
/// British house style quotes in single marks, so a plural possessive inside a quotation (<c>the Smiths' street</c>)
/// must not end it: the quotation's own closing mark, after its last stop or comma, comes later in the paragraph.
/// </summary>
public sealed class SingleQuotePossessiveTests
{
    private static string[] Quoted(string text) =>
        QuoteScanner.Scan(DocumentAnalyzer.Analyze(text, null)).Where(q => q.IsClosed).Select(q => q.Span.Slice(text)).ToArray();

    [Theory]
    [InlineData("'I can't comment on the Joneses' case,' the lawyer said.", "'I can't comment on the Joneses' case,'")]
    [InlineData("'The workers' union will not accept this offer,' Ms Okafor said.", "'The workers' union will not accept this offer,'")]
    [InlineData("‘The farmers’ market has been here for forty years,’ said Jean Moss, 71.", "‘The farmers’ market has been here for forty years,’")]
    [InlineData("He told the BBC: 'We owe it to the residents of the Browns' estate to get this right.'", "'We owe it to the residents of the Browns' estate to get this right.'")]
    public void A_plural_possessive_inside_a_single_quotation_does_not_close_it(string text, string quoted)
    {
        Quoted(text).Should().Equal(quoted);
    }

    [Theory]
    [InlineData("She said 'we like dogs' and left.", "'we like dogs'")]
    [InlineData("Critics called the plan 'a gift to landlords' and said tenants would pay more. 'Nobody wins,' one said.", "'a gift to landlords'")]
    public void A_quotation_ending_in_s_still_closes_when_no_closing_mark_follows_before_the_next_opens(string text, string first)
    {
        Quoted(text)[0].Should().Be(first);
    }

    [Fact]
    public void The_quote_with_a_possessive_is_attributed_whole_with_the_one_after_it()
    {
        var statements = Extracted.Find("'We won,' said the coach. 'The players' effort was superb from start to finish.'");

        statements.Select(s => s.Content.Text).Should().Equal("'We won,'", "'The players' effort was superb from start to finish.'");
        statements.Should().OnlyContain(s => s.Kind == StatementKind.Direct && s.Speaker!.Text == "the coach");
    }
}

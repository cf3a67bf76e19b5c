namespace Attribution.Tests.Granularity;

/// <summary>
/// Act mode: the occasion of speaking at the end of a reported clause (<c>in an interview with CNN</c>, <c>, in a
/// statement released on Monday</c>) is the frame's adjunct and leaves the content; quote mode keeps its content.
/// </summary>
public sealed class OccasionTailTests
{
    private static readonly AttributionExtractor Quote = AttributionExtractor.CreateDefault();
    private static readonly AttributionExtractor Act = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build();

    [Theory]
    [InlineData("Senator Maria Alvarez said the vote would go ahead in an interview with CNN.", "the vote would go ahead")]
    [InlineData("The company said profits rose 4% in the third quarter, in a statement released on Monday.", "profits rose 4% in the third quarter")]
    [InlineData("The mayor said the budget was balanced during a news conference on Tuesday.", "the budget was balanced")]
    [InlineData("The coach said his players were exhausted, in remarks to reporters after the match.", "his players were exhausted")]
    [InlineData("Finance Minister Ahmed Khan said inflation had peaked in a televised address.", "inflation had peaked")]
    public void An_occasion_after_the_content_is_the_frames_adjunct(string text, string content)
    {
        Act.Extract(text).Statements.Should().ContainSingle().Which.Content.Text.Should().Be(content);

        Quote.Extract(text).Statements.Should().ContainSingle().Which.Content.Text.Should().StartWith(content)
            .And.NotBe(content, "quote granularity keeps its content as it was");
    }

    [Theory]
    [InlineData("Investigators said the figures appeared in a report.", "the figures appeared in a report")]
    [InlineData("Officials said the man had lied at a hearing where members shouted him down.", "the man had lied at a hearing where members shouted him down")]
    [InlineData("Police said the suspect was arrested at a conference that he organised.", "the suspect was arrested at a conference that he organised")]
    public void A_document_without_a_comma_or_an_occasion_with_a_clause_stays_in_the_content(string text, string content)
    {
        Act.Extract(text).Statements.Should().ContainSingle().Which.Content.Text.Should().Be(content);
    }

    [Fact]
    public void An_occasion_before_that_is_not_touched()
    {
        Act.Extract("Doe said in an interview with CNN that the vote would go ahead.").Statements.Should().ContainSingle()
            .Which.Content.Text.Should().Be("that the vote would go ahead");
    }
}

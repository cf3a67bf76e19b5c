using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>A subject whose head comes before a restrictive relative clause (<c>People who live near the plant say</c>): the head speaks (issue 18).</summary>
public sealed class RestrictiveRelativeSubjectTests
{
    private static readonly AttributionExtractor ActExtractor = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build();

    [Theory]
    [InlineData("People who live near the refinery say the smell has grown worse since June.", "People", "People who live near the refinery")]
    [InlineData("Voters who met the senator in Des Moines said they found him sincere.", "Voters", "Voters who met the senator in Des Moines")]
    [InlineData("Those who know the coach say he will not back down.", "Those", "Those who know the coach")]
    [InlineData("The study that the agency released on Monday found emissions had fallen.", "The study", "The study that the agency released on Monday")]
    [InlineData("The woman who runs the shelter says donations have dried up.", "The woman", "The woman who runs the shelter")]
    public void The_head_before_the_relative_clause_is_the_source(string text, string quoteSpeaker, string actSpeaker)
    {
        Extracted.Single(text).Speaker!.Text.Should().Be(quoteSpeaker);
        var act = ActExtractor.Extract(text).Statements;
        act.Should().ContainSingle(Extracted.Describe(act)).Which.Speaker!.Text.Should().Be(actSpeaker);
    }

    [Fact]
    public void A_relative_clause_inside_the_content_is_left_alone()
    {
        var statement = Extracted.Single("The mayor said that the residents who complained were right.");
        statement.Speaker!.Text.Should().Be("The mayor");
        statement.Content.Text.Should().Be("the residents who complained were right");
    }

    [Fact]
    public void A_head_that_does_not_open_the_clause_is_no_source()
    {
        var statements = Extracted.Find("After meeting the families who lost homes in the fire, the governor said aid would arrive within days.");
        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Speaker!.Text.Should().Be("the governor");
    }
}

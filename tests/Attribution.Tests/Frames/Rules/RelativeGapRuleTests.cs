using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="RelativeGapRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class RelativeGapRuleTests
{
    [Theory]
    [InlineData("The slump in orders, which the company said would last into the spring, hurt third-quarter results.", "would last into the spring", "the company")]
    [InlineData("Treasury yields climbed to 4.6%, which traders said reflected worries about the deficit.", "reflected worries about the deficit", "traders")]
    [InlineData("The suspect, who police say was armed with a rifle, surrendered after a four-hour standoff.", "was armed with a rifle", "police")]
    [InlineData("It is a merger that analysts believe could save the two carriers $1 billion a year.", "could save the two carriers $1 billion a year", "analysts")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<RelativeGapRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The company, which said it would cut 300 jobs, reported a loss.")]
    [InlineData("Officials said the plan would cost $3 billion.")]
    [InlineData("The plan that the mayor announced last week drew protests.")]
    [InlineData("Is there a candidate who you think stands out from the rest of the field?")]
    [InlineData("The dispute on which the tribunal ruled was about unpaid port fees.")]
    [InlineData("The regulator found that the customers who complained were owed refunds.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<RelativeGapRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Without_it_the_verb_group_after_the_cue_makes_no_statement()
    {
        const string text = "The slump in orders, which the company said would last into the spring, hurt third-quarter results.";
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<RelativeGapRule>());
        without.Should().BeEmpty(FrameProbe.Describe(without));
    }
}

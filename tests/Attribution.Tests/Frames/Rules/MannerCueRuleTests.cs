using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="MannerCueRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class MannerCueRuleTests
{
    [Theory]
    [InlineData("She shouted the plan was a lie.")]
    [InlineData("He whispered the vote was lost.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<MannerCueRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Theory]
    [InlineData("She shouted: \"Get out of here now!\"", "\"Get out of here now!\"")]
    [InlineData("He joked that the cake was the real winner.", "the cake was the real winner")]
    public void A_quote_or_that_clause_after_a_manner_verb_is_read_by_the_rules_before_it(string text, string content)
    {
        FrameProbe.Find(text).Should().ContainSingle().Which.Content.Should().Be(content);
    }

    [Fact]
    public void Without_it_a_bare_clause_after_a_manner_verb_becomes_a_statement()
    {
        var without = FrameProbe.Find("She shouted the plan was a lie.", FrameProbe.DefaultRules.Without<MannerCueRule>());
        without.Should().ContainSingle(FrameProbe.Describe(without)).Which.Content.Should().Be("the plan was a lie");
    }
}

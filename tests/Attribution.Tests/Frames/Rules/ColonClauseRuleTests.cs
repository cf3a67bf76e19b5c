using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ColonClauseRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ColonClauseRuleTests
{
    [Theory]
    [InlineData("The statement said: the plant will close in March.", "the plant will close in March", "The statement")]
    [InlineData("He explained: costs had doubled since 2019.", "costs had doubled since 2019", "He")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<ColonClauseRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The mayor said: \"We will rebuild every house.\"")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ColonClauseRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

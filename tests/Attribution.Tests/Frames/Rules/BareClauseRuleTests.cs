using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="BareClauseRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class BareClauseRuleTests
{
    [Theory]
    [InlineData("Officials say the road will reopen on Monday.", "the road will reopen on Monday", "Officials")]
    [InlineData("She said it was true.", "it was true", "She")]
    [InlineData("He asked whether the vote would count.", "whether the vote would count", "He")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<BareClauseRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("They denied these allegations.")]
    [InlineData("He announced the start of the season.")]
    [InlineData("She said nothing.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<BareClauseRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

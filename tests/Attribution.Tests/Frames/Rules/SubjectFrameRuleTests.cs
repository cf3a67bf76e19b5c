using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="SubjectFrameRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class SubjectFrameRuleTests
{
    [Theory]
    [InlineData("The minister said that the budget would balance by next spring.", "the budget would balance by next spring", "The minister")]
    [InlineData("Ito told reporters: \"We are done with this.\"", "\"We are done with this.\"", "Ito")]
    [InlineData("Officials say the road will reopen on Monday.", "the road will reopen on Monday", "Officials")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<SubjectFrameRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The minister said nothing.")]
    [InlineData("He announced the start of the season.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<SubjectFrameRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

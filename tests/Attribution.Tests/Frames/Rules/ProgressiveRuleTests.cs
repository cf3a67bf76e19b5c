using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ProgressiveRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ProgressiveRuleTests
{
    [Theory]
    [InlineData("Officials were warning that the dam could fail within days.", "the dam could fail within days", "Officials")]
    [InlineData("He is saying the vote was rigged from the start.", "the vote was rigged from the start", "He")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<ProgressiveRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("She was saying goodbye to her colleagues.")]
    [InlineData("Is anyone saying the vote was rigged?")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ProgressiveRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="DashSignatureRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class DashSignatureRuleTests
{
    [Theory]
    [InlineData("\"We will not back down.\" —Jane Doe, union leader", "\"We will not back down.\"", "Jane Doe")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<DashSignatureRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("\"Minister quits over leak\" — The Daily Courier, May 3, 2021")]
    [InlineData("\"We will not back down.\" — he said later.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<DashSignatureRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

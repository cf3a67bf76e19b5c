using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ContinuationRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ContinuationRuleTests
{
    [Theory]
    [InlineData("\"We will rebuild,\" the mayor said. \"Every house, every school, every road.\"", "\"Every house, every school, every road.\"", "the mayor")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<ContinuationRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("\"We will rebuild,\" the mayor said. Rain fell all night. \"Every house, every school, every road.\"")]
    [InlineData("The mayor said the town would rebuild. It was \"a disaster for everyone\", the report found.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ContinuationRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

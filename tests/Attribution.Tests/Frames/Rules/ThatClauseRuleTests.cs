using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ThatClauseRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ThatClauseRuleTests
{
    [Theory]
    [InlineData("Police said on Friday that two men were held.", "two men were held", "Police")]
    [InlineData("He said that was wrong.", "that was wrong", "He")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<ThatClauseRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Police said on Friday two men were held.")]
    [InlineData("She said \"that\" was the word.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ThatClauseRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

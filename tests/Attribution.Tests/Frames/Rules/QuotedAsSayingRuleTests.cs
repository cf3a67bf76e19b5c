using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="QuotedAsSayingRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class QuotedAsSayingRuleTests
{
    [Theory]
    [InlineData("The minister was quoted as saying the talks had failed.", "the talks had failed", "The minister")]
    [InlineData("The coach was quoted as saying: \"We are not finished yet.\"", "\"We are not finished yet.\"", "The coach")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<QuotedAsSayingRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Was quoted as saying nothing.")]
    [InlineData("The minister was quoted as saying nothing.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<QuotedAsSayingRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Quoted_as_saying()
    {
        var s = Extracted.Single("The coach was quoted as saying the team had “nothing left to give.”");
        s.Speaker!.Text.Should().Be("The coach");
        s.Cue!.Text.Should().Be("saying");
        s.Kind.Should().Be(StatementKind.Mixed);
    }
}

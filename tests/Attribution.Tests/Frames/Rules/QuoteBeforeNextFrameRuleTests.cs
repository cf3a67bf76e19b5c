using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="QuoteBeforeNextFrameRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class QuoteBeforeNextFrameRuleTests
{
    [Theory]
    [InlineData("\"We will win this.\" Coach Dana Whitfield said the squad had trained harder than ever before the final.", "\"We will win this.\"", "Coach Dana Whitfield")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<QuoteBeforeNextFrameRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("\"We will win this.\"\n\nCoach Dana Whitfield said the squad had trained harder than ever before the final.")]
    [InlineData("\"The bridge is safe.\" Engineer Tomas Berg said. Traffic resumed an hour later.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<QuoteBeforeNextFrameRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void The_cue_goes_on_to_frame_its_own_clause()
    {
        var found = FrameProbe.Find("\"We will win this.\" Coach Dana Whitfield said the squad had trained harder than ever before the final.");
        found.Should().HaveCount(2, FrameProbe.Describe(found));
        found[1].Rule.Should().Be(nameof(SubjectFrameRule));
        found[1].Content.Should().Be("the squad had trained harder than ever before the final");
    }
}

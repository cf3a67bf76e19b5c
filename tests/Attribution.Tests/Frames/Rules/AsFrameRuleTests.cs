using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="AsFrameRule"/> is for (a frame in an <c>as</c> clause), and the near misses it must leave alone (news sentences).</summary>
public sealed class AsFrameRuleTests
{
    [Theory]
    [InlineData("As the finance minister noted in March, food prices have fallen for three straight months.", "the finance minister", "noted", "food prices have fallen for three straight months")]
    [InlineData("Mortgage rates will stay high through the summer, as most economists expect.", "most economists", "expect", "Mortgage rates will stay high through the summer")]
    [InlineData("As the coach has often said, the defense wins games.", "the coach", "said", "the defense wins games")]
    [InlineData("The strike will end soon, as union leaders predicted on Friday.", "union leaders", "predicted", "The strike will end soon")]
    public void Frames_the_shapes_it_is_for(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<AsFrameRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
    }

    [Fact]
    public void A_quote_after_the_frame_is_its_content_and_the_listener_its_addressee()
    {
        const string text = "As Ramos told reporters, \"the votes simply are not there.\"";

        var found = FrameProbe.By<AsFrameRule>(text);

        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Kind.Should().Be(StatementKind.Direct);
        found[0].Addressee.Should().Be("reporters");
    }

    [Theory]
    [InlineData("As she said goodbye to the staff, the crowd outside cheered.")]
    [InlineData("The vote was delayed again, as expected.")]
    [InlineData("The fans left quietly as the mayor spoke.")]
    [InlineData("As the results showed a clear lead, the party began to celebrate.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<AsFrameRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

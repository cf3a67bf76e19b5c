using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="AddToGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class AddToGuardTests
{
    [Theory]
    [InlineData("Factory output fell for a third month, adding to fears that the region is sliding into recession.", "adding")]
    [InlineData("The walkout added to pressure on the board to settle before Christmas.", "added")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<AddToGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("The minister added that the talks would resume in January.", "added")]
    [InlineData("Officials said the bridge was safe, adding, to the crowd's relief, that it would reopen on Monday.", "adding")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<AddToGuard>(text, cue).Should().BeFalse();
    }

    [Fact]
    public void Without_it_a_false_statement_appears()
    {
        const string text = "Britain's factory output fell for a third month, official data showed on Friday, adding to signs that the region is sliding into recession.";
        FrameProbe.Find(text).Should().NotContain(s => s.Cue == "adding", FrameProbe.Describe(FrameProbe.Find(text)));
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<AddToGuard>());
        without.Should().Contain(s => s.Cue == "adding", FrameProbe.Describe(without));
    }

    [Fact]
    public void Adding_to_concerns_after_a_statement_does_not_extend_it()
    {
        var statements = Extracted.Find("Exports fell 4% in May, the customs office said on Tuesday, adding to concerns that demand from China is fading.");

        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("Exports fell 4% in May"); // "May," is the month, not a modal awaiting a complement
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="NounUseGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class NounUseGuardTests
{
    [Theory]
    [InlineData("The report found that the river was polluted.", "report")]
    [InlineData("His claims were rejected by the court.", "claims")]
    [InlineData("The mayor declined to comment on the vote.", "comment")]
    [InlineData("Officials refused to say whether the plant would close.", "say")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<NounUseGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("The minister said the plan was sound.", "said")]
    [InlineData("The council met after the saying of prayers.", "saying")]
    [InlineData("Reporters said the bridge was closed.", "said")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<NounUseGuard>(text, cue).Should().BeFalse();
    }
}

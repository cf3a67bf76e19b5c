using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="PassiveCueGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class PassiveCueGuardTests
{
    [Theory]
    [InlineData("The workers were told that the plant would close.", "told")]
    [InlineData("Two people are reported dead after the crash on the motorway.", "reported")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<PassiveCueGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("The driver told police that the brakes had failed.", "told")]
    [InlineData("She has said that the plant would close.", "said")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<PassiveCueGuard>(text, cue).Should().BeFalse();
    }

    [Theory]
    [InlineData("The workers were told that the plant would close.", "the plant would close", "The workers")]
    public void Without_it_a_false_statement_appears(string text, string content, string speaker)
    {
        FrameProbe.Find(text).Should().NotContain(s => s.Content == content && s.Speaker == speaker);
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<PassiveCueGuard>());
        without.Should().Contain(s => s.Content == content && s.Speaker == speaker, FrameProbe.Describe(without));
    }
}

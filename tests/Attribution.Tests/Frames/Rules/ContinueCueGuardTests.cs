using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ContinueCueGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ContinueCueGuardTests
{
    [Theory]
    [InlineData("The strike continued as union leaders met the board.", "continued")]
    [InlineData("Fighting continued through the night in the northern suburbs.", "continued")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<ContinueCueGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("She continued: \"We will rebuild every house on this street.\"", "continued")]
    [InlineData("\"We will rebuild every house on this street,\" he continued.", "continued")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<ContinueCueGuard>(text, cue).Should().BeFalse();
    }

    [Theory]
    [InlineData("The strike continued as union leaders met the board.", "as union leaders met the board", "The strike")]
    public void Without_it_a_false_statement_appears(string text, string content, string speaker)
    {
        FrameProbe.Find(text).Should().NotContain(s => s.Content == content && s.Speaker == speaker);
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<ContinueCueGuard>());
        without.Should().Contain(s => s.Content == content && s.Speaker == speaker, FrameProbe.Describe(without));
    }
}

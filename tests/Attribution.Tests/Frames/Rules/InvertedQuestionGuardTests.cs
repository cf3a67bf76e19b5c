using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="InvertedQuestionGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class InvertedQuestionGuardTests
{
    [Theory]
    [InlineData("Did they claim the vote was rigged?", "claim")]
    [InlineData("How can you tell whether the water is safe to drink?", "tell")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<InvertedQuestionGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("Do you think the plan will work?", "think")]
    [InlineData("They claim the vote was rigged.", "claim")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<InvertedQuestionGuard>(text, cue).Should().BeFalse();
    }

    [Theory]
    [InlineData("Did they claim the vote was rigged?", "the vote was rigged?", "they")]
    public void Without_it_a_false_statement_appears(string text, string content, string speaker)
    {
        FrameProbe.Find(text).Should().NotContain(s => s.Content == content && s.Speaker == speaker);
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<InvertedQuestionGuard>());
        without.Should().Contain(s => s.Content == content && s.Speaker == speaker, FrameProbe.Describe(without));
    }
}

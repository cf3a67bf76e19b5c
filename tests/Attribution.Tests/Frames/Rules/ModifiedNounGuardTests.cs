using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ModifiedNounGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ModifiedNounGuardTests
{
    [Theory]
    [InlineData("He made a fair claim the rules were unfair.", "claim")]
    [InlineData("In a blog post the senator wrote that the bill was dead.", "post")]
    [InlineData("The talk show drew record ratings last night.", "show")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<ModifiedNounGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("The latest results show unemployment has fallen for a third straight month.", "show")]
    [InlineData("Officials say the road will reopen.", "say")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<ModifiedNounGuard>(text, cue).Should().BeFalse();
    }

    [Theory]
    [InlineData("He made a fair claim the rules were unfair.", "the rules were unfair", "a fair")]
    [InlineData("In a blog post the senator wrote that the bill was dead.", "the senator wrote that the bill was dead", "a blog")]
    public void Without_it_a_false_statement_appears(string text, string content, string speaker)
    {
        FrameProbe.Find(text).Should().NotContain(s => s.Content == content && s.Speaker == speaker);
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<ModifiedNounGuard>());
        without.Should().Contain(s => s.Content == content && s.Speaker == speaker, FrameProbe.Describe(without));
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="AdjectivalParticipleGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class AdjectivalParticipleGuardTests
{
    [Theory]
    [InlineData("The well known effects of the drug are still being studied.", "known")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<AdjectivalParticipleGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("Studies have shown that the drug is safe for children.", "shown")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<AdjectivalParticipleGuard>(text, cue).Should().BeFalse();
    }

    [Theory]
    [InlineData("The well known effects of the drug are still being studied.", "effects of the drug are still being studied", "The well")]
    public void Without_it_a_false_statement_appears(string text, string content, string speaker)
    {
        FrameProbe.Find(text).Should().NotContain(s => s.Content == content && s.Speaker == speaker);
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<AdjectivalParticipleGuard>());
        without.Should().Contain(s => s.Content == content && s.Speaker == speaker, FrameProbe.Describe(without));
    }
}

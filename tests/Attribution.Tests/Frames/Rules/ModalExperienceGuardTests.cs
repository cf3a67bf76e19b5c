using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ModalExperienceGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ModalExperienceGuardTests
{
    [Theory]
    [InlineData("Tenants in the city could see their rents rise by a fifth next year.", "see")]
    [InlineData("Savers will see a cut of half a point in deposit rates.", "see")]
    [InlineData("Exporters may also see a drop in orders from Asia.", "see")]
    [InlineData("Borrowers will probably see a rise in mortgage costs.", "see")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<ModalExperienceGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("Most economists see a rate cut before the summer.", "see")]
    [InlineData("Bond traders do not see a recession in the coming year.", "see")]
    public void Lets_real_belief_cues_through(string text, string cue)
    {
        FrameProbe.Settles<ModalExperienceGuard>(text, cue).Should().BeFalse();
    }

    [Theory]
    [InlineData("Tenants in the city could see their rents rise by a fifth next year.", "their rents rise by a fifth next year", "Tenants in the city")]
    [InlineData("Savers will see a cut of half a point in deposit rates.", "a cut of half a point in deposit rates", "Savers")]
    public void Without_it_a_false_statement_appears(string text, string content, string speaker)
    {
        FrameProbe.Find(text).Should().NotContain(s => s.Content == content && s.Speaker == speaker);
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<ModalExperienceGuard>());
        without.Should().Contain(s => s.Content == content && s.Speaker == speaker, FrameProbe.Describe(without));
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="MeanCueGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class MeanCueGuardTests
{
    [Theory]
    [InlineData("It means prices will rise for every family in the country.", "means")]
    [InlineData("The mayor closed the bridge, meaning the road stays shut until May.", "meaning")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<MeanCueGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("I mean the whole system is broken from top to bottom.", "mean")]
    [InlineData("You mean the whole system is broken?", "mean")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<MeanCueGuard>(text, cue).Should().BeFalse();
    }

    [Theory]
    [InlineData("It means prices will rise for every family in the country.", "prices will rise for every family in the country", "It")]
    [InlineData("The mayor closed the bridge, meaning the road stays shut until May.", "the road stays shut until May", "The mayor")]
    public void Without_it_a_false_statement_appears(string text, string content, string speaker)
    {
        FrameProbe.Find(text).Should().NotContain(s => s.Content == content && s.Speaker == speaker);
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<MeanCueGuard>());
        without.Should().Contain(s => s.Content == content && s.Speaker == speaker, FrameProbe.Describe(without));
    }

    [Fact]
    public void I_mean_in_an_interview_answer_reports_the_speakers_own_claim()
    {
        var statements = Extracted.Find("Well, I mean the treaty was never designed to cover cyber attacks.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be("I");
        statements[0].Content.Text.Should().Be("the treaty was never designed to cover cyber attacks");
    }

    [Theory]
    [InlineData("The new rule means that most landlords will have to replace their boilers.")]
    [InlineData("Rents rose again in March, meaning that most tenants now pay more than a third of their income.")]
    public void Means_as_inference_is_not_speech(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }
}

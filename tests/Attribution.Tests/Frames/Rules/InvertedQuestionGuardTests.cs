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

    [Fact]
    public void A_question_keeps_a_reported_statement_with_an_uninverted_subject()
    {
        var statements = Extracted.Find("Engineers said the bridge was safe, so why did the city close it?");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be("Engineers");
    }

    [Theory]
    [InlineData("Which dishes would you recommend that go well with the new cocktail?")]
    [InlineData("How can you tell whether the votes were counted fairly?")]
    public void A_question_with_an_inverted_subject_is_not_a_statement(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The cues <see cref="AskedQuestionGuard"/> settles, and the ones it lets through (news sentences).</summary>
public sealed class AskedQuestionGuardTests
{
    [Theory]
    [InlineData("Asked if he feared for his job, Morrow laughed.", "feared")]
    [InlineData("When asked whether she believed the truce would hold, the envoy shrugged.", "believed")]
    public void Settles_a_cue_inside_the_question(string text, string cue)
    {
        FrameProbe.Settles<AskedQuestionGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("Asked about the vote, Lopez said it had been rigged.", "said")]
    [InlineData("She was asked whether she believed him and said no.", "believed")]
    public void Lets_the_answer_and_other_sentences_through(string text, string cue)
    {
        FrameProbe.Settles<AskedQuestionGuard>(text, cue).Should().BeFalse();
    }

    [Fact]
    public void The_question_gives_no_statement_and_the_answer_keeps_its_speaker()
    {
        var statements = Extracted.Find("When asked whether she believed the truce would hold, the envoy said: “We hope so.”");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be("the envoy");
        statements[0].Content.Text.Should().Be("“We hope so.”");
    }
}

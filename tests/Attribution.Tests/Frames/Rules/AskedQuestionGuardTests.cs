using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The cues <see cref="AskedQuestionGuard"/> settles, and the ones it lets through (news sentences).</summary>
public sealed class AskedQuestionGuardTests
{
    [Theory]
    [InlineData("Asked if he feared for his job, Morrow laughed.", "feared")]
    [InlineData("When asked whether she believed the truce would hold, the envoy shrugged.", "believed")]
    [InlineData("The spokeswoman, asked whether the governor had called the mayor, said: “They talk every day.”", "asked")]
    [InlineData("The coach, when asked whether he believed the board still backed him, said he did.", "believed")]
    public void Settles_a_cue_inside_the_question(string text, string cue)
    {
        FrameProbe.Settles<AskedQuestionGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("Asked about the vote, Lopez said it had been rigged.", "said")]
    [InlineData("She was asked whether she believed him and said no.", "believed")]
    [InlineData("The senator asked whether the plan was legal, and aides said it was.", "asked")]
    [InlineData("The spokeswoman, asked whether the governor had called, said: “They talk every day.”", "said")]
    public void Lets_the_answer_and_other_sentences_through(string text, string cue)
    {
        FrameProbe.Settles<AskedQuestionGuard>(text, cue).Should().BeFalse();
    }

    [Fact]
    public void A_question_set_off_after_the_subject_leaves_the_answer_direct()
    {
        var s = Extracted.Single("Ortega, asked whether the ministry had known about the leak, said: “We learned of it on Friday.”");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Cue!.Text.Should().Be("said");
        s.Content.Text.Should().Be("“We learned of it on Friday.”");
        s.Speaker!.Text.Should().Be("Ortega");
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

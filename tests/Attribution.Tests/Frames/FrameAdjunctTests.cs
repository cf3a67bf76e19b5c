using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames;

/// <summary>
/// What the frame's adjuncts between the cue and the content take in: a relative clause set off on the adjunct (skipped
/// to the <c>that</c> clause), a relative clause on an object (no content of the verb), a group noun after <c>to</c> (the
/// addressee, not an infinitive).
/// </summary>
public sealed class FrameAdjunctTests
{
    [Theory]
    [InlineData("He said in a statement, which was posted online, that the company would appeal.", "the company would appeal")]
    [InlineData("She wrote in a letter, which the Guardian obtained, that the board had been misled.", "the board had been misled")]
    public void A_relative_clause_on_the_frame_s_adjunct_is_skipped_to_the_that_clause(string text, string content)
    {
        Extracted.Single(text).Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_relative_clause_on_an_object_is_no_content_of_the_verb_before_it()
    {
        var statements = Extracted.Find("Local residents have long complained about the noise, which they say keeps them awake at night.");

        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Cue!.Text.Should().Be("say");
    }

    [Theory]
    [InlineData("The chief executive wrote in a memo to staff: \"We have to move faster.\"", "wrote")]
    [InlineData("The chief executive told staff in a memo: \"We have to move faster.\"", "told")]
    public void Staff_is_whom_a_memo_is_addressed_to_not_a_verb(string text, string cue)
    {
        var statement = Extracted.Single(text);
        statement.Cue!.Text.Should().Be(cue);
        statement.Addressee!.Text.Should().Be("staff");
        statement.Content.Text.Should().Be("\"We have to move faster.\"");
    }
}

using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// <c>hold</c> with a that-clause is a court's or a party's position (<c>The court held that the law was unconstitutional</c>),
/// which PARC 3.0 counts; every other <c>hold</c> (talks, a stake, steady) is no cue (cue-verbs.txt: <c>+quoted +that</c>).
/// </summary>
public sealed class HoldThatTests
{
    [Theory]
    [InlineData("The appeals court held that the law was unconstitutional.", "The appeals court", "held", "the law was unconstitutional")]
    [InlineData("The company holds that its patents are valid and enforceable.", "The company", "holds", "its patents are valid and enforceable")]
    public void Hold_with_a_that_clause_is_a_statement(string text, string speaker, string cue, string content)
    {
        var statement = Extracted.Single(text);
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Cue!.Text.Should().Be(cue);
        statement.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The company held talks with the union on Friday.")]
    [InlineData("The talks were held in Geneva last week.")]
    [InlineData("The shares held steady after the report.")]
    [InlineData("The judge held the company in contempt.")]
    [InlineData("The company, which holds a 20% stake in the venture, declined to comment.")]
    [InlineData("Investors held “a wait-and-see attitude” before the vote.")]
    public void Hold_without_a_that_clause_is_no_statement(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }
}

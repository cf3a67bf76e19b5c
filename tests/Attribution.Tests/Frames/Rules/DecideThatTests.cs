using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// <c>decide</c> with a that-clause is a conclusion its subject reached, which PARC 3.0 counts (speech false); with an
/// infinitive, an object or <c>whether</c> it is an act, no statement (belief-verbs.txt: <c>+quoted +that</c>).
/// </summary>
public sealed class DecideThatTests
{
    [Theory]
    [InlineData("The board decided that the chief executive should step down.", "The board", "the chief executive should step down")]
    [InlineData("Regulators decided that the merger would hurt competition.", "Regulators", "the merger would hurt competition")]
    public void Decided_that_is_a_belief(string text, string speaker, string content)
    {
        var statement = Extracted.Single(text);
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Content.Text.Should().Be(content);
        statement.IsSpeech.Should().BeFalse();
    }

    [Theory]
    [InlineData("The board decided to sell the unit.")]
    [InlineData("The judge decided the case in favor of the bank.")]
    [InlineData("Voters will decide whether the tax passes.")]
    [InlineData("The panel decided “the evidence was insufficient.”")]
    public void Decide_with_no_that_clause_is_no_statement(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }
}

using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// Phrases that voice a doubt or a concern (<c>raised concerns that …</c>, <c>voiced doubts that …</c>, phrasal-cues.txt) and the
/// belief verb <c>wager</c>: statements with a clause after them, none with only an object (news sentences).
/// </summary>
public sealed class ConcernPhraseCueTests
{
    [Theory]
    [InlineData("Lawmakers raised concerns that the bill would raise costs for small businesses.", "Lawmakers", "raised concerns", "the bill would raise costs for small businesses")]
    [InlineData("The senator voiced doubts that the plan would work.", "The senator", "voiced doubts", "the plan would work")]
    [InlineData("Critics have raised concerns the program is too costly.", "Critics", "raised concerns", "the program is too costly")]
    public void A_phrase_of_concern_with_a_clause_is_a_statement(string text, string speaker, string cue, string content)
    {
        var statement = Extracted.Single(text);
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Cue!.Text.Should().Be(cue);
        statement.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Wagering_that_is_a_belief()
    {
        var statement = Extracted.Single("Wall Street is wagering that the Fed will cut rates in June.");
        statement.Speaker!.Text.Should().Be("Wall Street");
        statement.Content.Text.Should().Be("the Fed will cut rates in June");
        statement.IsSpeech.Should().BeFalse();
    }

    [Theory]
    [InlineData("Lawmakers raised concerns about the bill.")]
    [InlineData("The report raised concerns among investors.")]
    [InlineData("The move raised doubts about the company's strategy.")]
    [InlineData("He wagered $500 on the game.")]
    public void With_only_an_object_there_is_no_statement(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }
}

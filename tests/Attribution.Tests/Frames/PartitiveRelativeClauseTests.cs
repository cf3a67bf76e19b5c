using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames;

/// <summary>
/// A cue in a relative clause opened by a quantifier of its antecedent (<c>The workers, many of whom say …, gathered …</c>): like
/// <c>, who said …,</c>, the clause's content ends at its closing comma, before the main clause's predicate (issue 18).
/// </summary>
public sealed class PartitiveRelativeClauseTests
{
    [Theory]
    [InlineData("The workers, many of whom say they have not been paid in months, gathered outside the plant.", "they have not been paid in months")]
    [InlineData("The protesters, most of whom said they had travelled from the north, marched to the palace.", "they had travelled from the north")]
    [InlineData("The 40 passengers, two of whom told police they had seen the driver drinking, were questioned for hours.", "they had seen the driver drinking")]
    public void The_content_ends_before_the_main_clause_resumes(string text, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_quantifier_of_the_subject_with_no_relative_pronoun_reads_on_as_before()
    {
        var statements = Extracted.Find("Many of the workers say they have not been paid in months.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("they have not been paid in months");
    }
}

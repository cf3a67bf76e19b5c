using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>
/// A relative clause after a name's appositive (<c>Jonah Reed, a fund manager at Lakeshore Capital, which owns …, said</c>)
/// modifies the appositive's last noun: the subject is still the name before both; a relative clause after the name itself
/// leaves the name the subject.
/// </summary>
public sealed class RelativeClauseAppositiveTests
{
    [Theory]
    [InlineData("Mara Quinlan, a fund manager at Tillman Partners, which holds about 3 percent of the shares, said the offer was too low.", "Mara Quinlan")]
    [InlineData("Ed Varga, an economist at the Halden Institute, who studied the last two recessions, said the offer was too low.", "Ed Varga")]
    [InlineData("Tillman Partners, which holds about 3 percent of the shares, said the offer was too low.", "Tillman Partners")]
    [InlineData("Crestline Foods, which bakes bread in Toledo, Ohio, said the offer was too low.", "Crestline Foods")]
    public void The_name_before_the_appositive_and_its_relative_clause_is_the_subject(string text, string speaker)
    {
        var statement = Extracted.Single(text);
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Content.Text.Should().Be("the offer was too low");
    }
}

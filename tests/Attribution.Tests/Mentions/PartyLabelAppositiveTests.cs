using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>
/// A party label (<c>R-Ohio</c>, <c>D-Calif.</c>) set off by commas after a politician's name is an appositive like the
/// description after it: the subject is the name before both.
/// </summary>
public sealed class PartyLabelAppositiveTests
{
    [Theory]
    [InlineData("Rep. Dana Whitlock, R-Ind., a member of the armed services panel, said the contract had been rushed.", "Rep. Dana Whitlock")]
    [InlineData("Sen. Omar Fields, D-Minn., who chairs the subcommittee, said the contract had been rushed.", "Sen. Omar Fields")]
    [InlineData("Rep. Dana Whitlock, R-Indiana, the panel's ranking member, said the contract had been rushed.", "Rep. Dana Whitlock")]
    public void The_name_before_the_label_and_its_description_is_the_subject(string text, string speaker)
    {
        var s = Extracted.Single(text);
        s.Speaker!.Text.Should().Be(speaker);
        s.Content.Text.Should().Be("the contract had been rushed");
    }

    [Fact]
    public void A_hyphenated_word_that_is_no_label_stays_a_subject()
    {
        var s = Extracted.Single("The board, Co-Chair Lena Ruiz, and the mayor met. Lena Ruiz, co-founder of the firm, said the contract had been rushed.");
        s.Speaker!.Text.Should().Be("Lena Ruiz");
    }
}

using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>
/// A broadcast programme in a frame: its quoted title-case name inside an adjunct (<c>said on CNN's “State of the
/// Union” that …</c>) and a programme named by a capitalised time word and its head noun (<c>told NBC's Today show</c>)
/// belong to the frame, so the content after them is read.
/// </summary>
public sealed class ProgrammeAdjunctTests
{
    [Theory]
    [InlineData("Sen. Laura Pike said on ABC's “This Week” that the bill would pass.")]
    [InlineData("Sen. Laura Pike said on “Face the Nation” on Sunday that the bill would pass.")]
    public void A_quoted_programme_name_in_the_adjunct_leaves_the_that_clause_as_content(string text)
    {
        var s = Extracted.Single(text);
        s.Speaker!.Text.Should().Be("Sen. Laura Pike");
        s.Content.Text.Should().Be("the bill would pass");
    }

    [Fact]
    public void A_quoted_slogan_after_the_cue_is_not_an_adjunct()
    {
        var s = Extracted.Single("The crowd chanted “Not In Our Name” outside the embassy.");
        s.Content.Text.Should().Be("“Not In Our Name”");
    }

    [Fact]
    public void A_programme_named_by_a_time_word_and_a_head_noun_is_the_addressee()
    {
        var s = Extracted.Single("The premier told CBC's Sunday show that the province would not back down.");
        s.Addressee!.Text.Should().Be("CBC's Sunday show");
        s.Content.Text.Should().Be("the province would not back down");
    }
}

using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>
/// A capitalised time word after a possessive names a programme or an edition (<c>the BBC's Today programme</c>,
/// <c>the paper's Sunday edition</c>), so it stays inside the addressee; a time after the addressee is still a time.
/// </summary>
public sealed class ProgrammeNameTests
{
    [Theory]
    [InlineData("The chancellor told the BBC's Today programme: “We will not raise income tax.”", "the BBC's Today programme", "“We will not raise income tax.”")]
    [InlineData("The senator told the network's Sunday programme that she would run again.", "the network's Sunday programme", "she would run again")]
    [InlineData("The bishop told the paper's Sunday edition that the church would sell the land.", "the paper's Sunday edition", "the church would sell the land")]
    public void A_programme_named_with_a_time_word_is_the_whole_addressee(string text, string addressee, string content)
    {
        var s = Extracted.Single(text);
        s.Addressee!.Text.Should().Be(addressee);
        s.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_time_after_the_addressee_stays_out_of_it()
    {
        var s = Extracted.Single("The chancellor told the BBC on Sunday that income tax would not rise.");
        s.Addressee!.Text.Should().Be("the BBC");
        s.Content.Text.Should().Be("income tax would not rise");
    }
}

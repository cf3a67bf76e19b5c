using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>
/// Nouns and adjectives in -ly (ly-words.txt) are read as words of a noun phrase, not as adverbs that end it: the
/// speaker or the adjunct they stand in keeps its frame.
/// </summary>
public sealed class LyNounTests
{
    [Theory]
    [InlineData("Shoppers interviewed at the rally said prices were still too high.", "Shoppers", "prices were still too high")]
    [InlineData("A lawyer for the family said the hospital had ignored the warnings.", "A lawyer for the family", "the hospital had ignored the warnings")]
    public void A_noun_in_ly_does_not_break_the_speaker_phrase(string text, string speaker, string content)
    {
        var s = Extracted.Single(text);
        s.Speaker!.Text.Should().Be(speaker);
        s.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The central bank warned in its quarterly bulletin that household debt was rising.", "The central bank", "household debt was rising")]
    [InlineData("The agency said in its monthly report that oil demand would fall.", "The agency", "oil demand would fall")]
    public void A_frequency_adjective_in_ly_keeps_the_adjunct_before_that(string text, string speaker, string content)
    {
        var s = Extracted.Single(text);
        s.Speaker!.Text.Should().Be(speaker);
        s.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Her likely challenger, Councilwoman Dana Ortiz, has said the levy is unfair to renters.", "the levy is unfair to renters")]
    [InlineData("An elderly resident, Walter Brandt, has told reporters that the water was brown for a week.", "the water was brown for a week")]
    public void An_adjective_in_ly_keeps_the_subject_before_an_appositive_and_a_perfect(string text, string content)
    {
        var s = Extracted.Single(text);
        s.Speaker.Should().NotBeNull();
        s.Content.Text.Should().Be(content);
    }

    [Fact]
    public void An_adverb_in_ly_still_ends_the_phrase()
    {
        var s = Extracted.Single("Officials privately said the deal was dead.");
        s.Speaker!.Text.Should().Be("Officials");
        s.Content.Text.Should().Be("the deal was dead");
    }
}

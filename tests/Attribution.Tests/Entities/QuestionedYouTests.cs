namespace Attribution.Tests.Entities;

/// <summary>
/// In an interview the interviewer's questions stand outside quotes, and their <c>you</c> is the guest the piece
/// introduced: <c>Do you think the peace process has a future?</c> holds the guest's belief. Elsewhere <c>you</c> is
/// generic (<c>if you think it should be better</c>) or a quoted speaker's addressee, and is not the guest.
/// </summary>
public sealed class QuestionedYouTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    private const string Intro = "The Ledger spoke with former foreign minister Helena Varga about the talks in Geneva.\n\n";

    [Theory]
    [InlineData("Do you think the talks in Geneva can still succeed?")]
    [InlineData("After forty years in politics, do you still believe that a deal is possible?")]
    public void You_in_an_interviewers_question_is_the_guest(string question)
    {
        var result = Extractor.Extract(Intro + question + "\n\nI do. Both sides know the price of failure.");

        var belief = result.Statements.Should().ContainSingle(s => s.Speaker != null && s.Speaker.Text == "you").Subject;
        belief.Speaker!.Entity.Should().NotBeNull();
        belief.Speaker.Entity!.Name.Should().Be("Helena Varga");
    }

    [Fact]
    public void You_in_a_statement_that_is_no_question_stays_unresolved()
    {
        var result = Extractor.Extract(Intro + "If you think the system should be better, you say so and you help fix it.");

        result.Statements.Should().Contain(s => s.Speaker != null && s.Speaker.Text == "you");
        result.Statements.Should().NotContain(s => s.Speaker != null && s.Speaker.Entity != null && s.Speaker.Entity.Name == "Helena Varga");
    }

    [Fact]
    public void You_in_a_quoted_question_is_the_quoted_speakers_addressee()
    {
        var result = Extractor.Extract(Intro + "\"Do you think they will listen?\" Varga asked the delegates.");

        result.Statements.Should().NotContain(s => s.Speaker != null && s.Speaker.Text == "you" && s.Speaker.Entity != null && s.Speaker.Entity.Name == "Helena Varga");
    }

    [Fact]
    public void The_guest_is_the_one_the_opening_says_was_interviewed_not_the_first_name_of_the_headline()
    {
        const string text = "Herald interviews President of the National Guild of Bakers\n\n"
            + "March is National Baking Month in the United States. The Herald spoke with Jonathan Stan, president of the National Guild of Bakers, about the trade.\n\n"
            + "Do you think bread is back in fashion?\n\nI think people never stopped loving it.";
        var result = Extractor.Extract(text);

        result.Statements.Should().Contain(s => s.Speaker != null && s.Speaker.Text == "you")
            .Which.Speaker!.Entity!.Name.Should().Be("Jonathan Stan");
        result.Statements.Should().Contain(s => s.Speaker != null && s.Speaker.Text == "I")
            .Which.Speaker!.Entity!.Name.Should().Be("Jonathan Stan");
    }
}

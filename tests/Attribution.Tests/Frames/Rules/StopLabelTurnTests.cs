using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>Interview turns set as <c>Q. … ¶ A. …</c>, a stop after the label where others print a colon.</summary>
public sealed class StopLabelTurnTests
{
    private const string Interview =
        "The following interview with Dr. Maria Chen, the state epidemiologist, has been edited for length.\n\n"
        + "Q. What worries you most this winter?\n\n"
        + "A. Complacency. People have stopped testing, and the virus has not stopped spreading.\n\n"
        + "Q. Will there be another mandate?\n\n"
        + "A. I don't expect one this year.";

    [Fact]
    public void Each_turn_is_a_statement_and_the_answers_go_to_the_one_interviewed()
    {
        var statements = Extracted.Find(Interview);

        var turns = statements.Where(s => s.Cue is null).ToList();
        turns.Select(s => s.Content.Text).Should().Equal(
            "What worries you most this winter?",
            "Complacency. People have stopped testing, and the virus has not stopped spreading.",
            "Will there be another mandate?",
            "I don't expect one this year.");
        turns[1].Speaker!.Entity!.Name.Should().Contain("Maria Chen");
        turns[3].Speaker!.Entity!.Name.Should().Contain("Maria Chen");
    }

    [Theory]
    [InlineData("A. Smith, a retired engineer, said the bridge had been failing for years.")]
    [InlineData("The council met on Monday.\n\nA. Patel, the council's treasurer, said the budget would balance.")]
    public void An_initial_opening_a_paragraph_is_no_answer_label(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().OnlyContain(s => s.Cue != null, Extracted.Describe(statements));
    }
}

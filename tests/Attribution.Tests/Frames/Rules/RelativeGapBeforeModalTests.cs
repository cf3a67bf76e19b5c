using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// A relative clause whose cue in -s is followed at once by a modal (<c>which the company says will save …</c>): a verb no
/// lexicon knows as a plural noun is the cue, and the relative gap rule reads the verb group as its content.
/// </summary>
public sealed class RelativeGapBeforeModalTests
{
    [Theory]
    [InlineData("The plan, which the company says will save $100 million, takes effect next year.", "the company", "says", "will save $100 million")]
    [InlineData("The levy, which the industry argues would cost jobs, passed on Tuesday.", "the industry", "argues", "would cost jobs")]
    public void A_cue_in_s_before_a_modal_in_a_relative_clause_is_read(string text, string speaker, string cue, string contentStart)
    {
        var statements = Extracted.Find(text);
        var statement = statements.Should().ContainSingle(Extracted.Describe(statements)).Subject;
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Cue!.Text.Should().Be(cue);
        statement.Content.Text.Should().StartWith(contentStart);
    }

    [Theory]
    [InlineData("The mayor said the budget forecasts would not survive a recession.")]
    [InlineData("A retired surveyor warned that the flood estimates were off by at least a third.")]
    public void A_known_plural_noun_before_a_modal_is_still_no_cue(string text)
    {
        Extracted.Find(text).Should().ContainSingle();
    }
}

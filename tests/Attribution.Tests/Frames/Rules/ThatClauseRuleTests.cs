using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ThatClauseRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ThatClauseRuleTests
{
    [Theory]
    [InlineData("Police said on Friday that two men were held.", "two men were held", "Police")]
    [InlineData("The carmaker said in May that orders had bottomed out.", "orders had bottomed out", "The carmaker")]
    [InlineData("The regulator said on May 3 that the review would take a year.", "the review would take a year", "The regulator")]
    [InlineData("He said that was wrong.", "that was wrong", "He")]
    [InlineData("The company said in an emailed statement that it was reviewing the claims.", "it was reviewing the claims", "The company")]
    [InlineData("The utility said in a statement on its website that power would return by Sunday.", "power would return by Sunday", "The utility")]
    [InlineData("The governor has insisted for weeks that the state cannot afford the plan.", "the state cannot afford the plan", "The governor")]
    [InlineData("Health officials expressed concern that the outbreak could reach nearby farms.", "the outbreak could reach nearby farms", "Health officials")]
    [InlineData("The airline made it clear that no routes would be cut this winter.", "no routes would be cut this winter", "The airline")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<ThatClauseRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Police said on Friday two men were held.")]
    [InlineData("She said \"that\" was the word.")]
    [InlineData("The union disputes that, pointing to a survey of its members that showed support for the strike.")]
    [InlineData("Asked about the layoffs, the chief executive would only say that.")]
    [InlineData("Republican leaders disputed that estimate, arguing the plan relies on one-time transfers.")]
    [InlineData("The ministry denied that report.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ThatClauseRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Indirect_with_that()
    {
        var s = Extracted.Single("Police said that the driver had been drinking.");
        s.Kind.Should().Be(StatementKind.Indirect);
        s.Content.Text.Should().Be("the driver had been drinking");
        s.Speaker!.Text.Should().Be("Police");
    }

    [Theory]
    [InlineData("The health ministry said, in a statement, that three clinics would close by June.", "three clinics would close by June", "The health ministry")]
    [InlineData("The researchers explain, in a new report, that the river has lost half its fish.", "the river has lost half its fish", "The researchers")]
    [InlineData("The mayor said, however, that the tunnel would open on schedule.", "the tunnel would open on schedule", "The mayor")]
    [InlineData("Police added, separately, that two suspects had been released.", "two suspects had been released", "Police")]
    public void An_adjunct_set_off_by_commas_between_the_cue_and_that_keeps_the_reported_clause(string text, string content, string speaker)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Indirect);
        statements[0].Content.Text.Should().Be(content);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_comma_adjunct_after_a_non_speech_verb_does_not_make_a_statement()
    {
        var statements = Extracted.Find("The council built, in a single summer, the bridge that crosses the river.");
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }

    [Theory]
    [InlineData("The senator said that was the worst budget she had seen in years.", "that was the worst budget she had seen in years")]
    [InlineData("Officials warned that could delay the launch by several months.", "that could delay the launch by several months")]
    [InlineData("The senator said that the budget was the worst she had seen in years.", "the budget was the worst she had seen in years")]
    public void A_that_before_an_auxiliary_is_the_subject_of_the_reported_clause(string text, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The governor said very clearly that no new taxes would be raised this year.", "no new taxes would be raised this year")]
    [InlineData("The central bank stated quite plainly that rates would stay on hold.", "rates would stay on hold")]
    public void A_graded_adverb_between_the_cue_and_that_is_not_content(string text, string content)
    {
        var statements = Extracted.Find(text);

        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The mayor dismissed that claim, saying the audit had been rushed.", "dismissed")]
    [InlineData("The airline disputed that figure.", "disputed")]
    public void That_before_a_lone_noun_is_a_determiner_and_reports_nothing(string text, string cue)
    {
        var statements = Extracted.Find(text);

        statements.Should().NotContain(s => s.Cue != null && s.Cue.Text == cue, Extracted.Describe(statements));
    }
}

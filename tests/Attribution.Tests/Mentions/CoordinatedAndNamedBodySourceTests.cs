using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>Sources named by two coordinated noun phrases, by a head with post-modifiers, and bodies whose capitalised names hold a preposition (issue 18).</summary>
public sealed class CoordinatedAndNamedBodySourceTests
{
    [Theory]
    [InlineData("Both the school district and the police department said they were reviewing the footage.", "Both the school district and the police department", "they were reviewing the footage")]
    [InlineData("The union and the employers' federation said in a joint statement that talks would resume on Friday.", "The union and the employers' federation", "talks would resume on Friday")]
    [InlineData("The mayor and the county sheriff said the curfew would be lifted at dawn.", "The mayor and the county sheriff", "the curfew would be lifted at dawn")]
    public void Two_coordinated_phrases_are_one_source(string text, string speaker, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be(speaker);
        statements[0].Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_phrase_joined_to_the_object_of_an_earlier_verb_is_not_part_of_the_source()
    {
        var statements = Extracted.Find("Prosecutors charged the driver and the owner said the truck had failed two inspections.");
        statements.Should().NotContain(s => s.Speaker != null && s.Speaker.Text.StartsWith("Prosecutors charged"), Extracted.Describe(statements));
    }

    [Theory]
    [InlineData("Reporters Without Borders said the journalist had been held without charge for nine days.", "Reporters Without Borders")]
    [InlineData("On Monday, Doctors Without Borders warned that the hospital was running out of fuel.", "Doctors Without Borders")]
    [InlineData("Mothers Against Drunk Driving said the new limit would save hundreds of lives.", "Mothers Against Drunk Driving")]
    public void A_body_whose_name_holds_a_capitalised_preposition_is_named_whole(string text, string speaker)
    {
        var result = Extracted.Result(text);
        result.Statements.Should().ContainSingle(Extracted.Describe(result.Statements));
        result.Statements[0].Speaker!.Text.Should().Be(speaker);
        result.Entities.Should().ContainSingle(e => e.Name == speaker).Which.Kind.Should().Be(EntityKind.Organization);
    }

    [Theory]
    [InlineData("A sign on the door of the clinic said it would reopen next week.", "A sign", "A sign on the door of the clinic")]
    [InlineData("Leaders from both parties said the bill would pass before the recess.", "Leaders from both parties", "Leaders from both parties")]
    [InlineData("Posts on the message board claimed the vote had been rigged.", "Posts", "Posts on the message board")]
    public void A_head_with_prepositional_modifiers_is_the_source_not_the_last_object(string text, string quoteSpeaker, string actSpeaker)
    {
        var statement = Extracted.Single(text);
        statement.Speaker!.Text.Should().Be(quoteSpeaker);
        var act = ActExtractor.Extract(text).Statements;
        act.Should().ContainSingle(Extracted.Describe(act)).Which.Speaker!.Text.Should().Be(actSpeaker);
    }

    [Fact]
    public void A_head_after_a_quoted_word_is_not_taken_for_the_source()
    {
        // The head does not open the clause (a quotation stands before it), so the content stays the that-clause.
        var statement = Extracted.Single("The \"History\" section of the site explains that the attack began in January.");
        statement.Content.Text.Should().Be("the attack began in January");
        statement.Speaker!.Text.Should().NotBe("section");
    }

    private static readonly AttributionExtractor ActExtractor = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build();
}

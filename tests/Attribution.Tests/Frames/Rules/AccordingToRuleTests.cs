using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="AccordingToRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class AccordingToRuleTests
{
    [Theory]
    [InlineData("According to the health ministry, 300 people were hurt in the blast.", "300 people were hurt in the blast", "the health ministry")]
    [InlineData("In the north, according to officials, roads remain closed after the storm.", "roads remain closed after the storm", "officials")]
    [InlineData("Prices will rise again next year, according to Jane Ito, an analyst at Nordbank.", "Prices will rise again next year", "Jane Ito")]
    [InlineData("Prices rose sharply across the region last year according to the central bank.", "Prices rose sharply across the region last year", "the central bank")]
    [InlineData("According to the ministry over 300 people died in the floods.", "over 300 people died in the floods", "the ministry")]
    [InlineData("Two firefighters were treated for smoke inhalation, according to a statement from the Dayton Fire Department.", "Two firefighters were treated for smoke inhalation", "a statement from the Dayton Fire Department")]
    [InlineData("According to figures from the Ohio Department of Health, flu cases doubled in a week.", "flu cases doubled in a week", "figures from the Ohio Department of Health")]
    [InlineData("The lender had breached its capital rules, according to an internal audit reviewed by the Financial Times.", "The lender had breached its capital rules", "an internal audit reviewed by the Financial Times")]
    [InlineData("The refinery will shut two units in May, according to documents filed with the state regulator.", "The refinery will shut two units in May", "documents filed with the state regulator")]
    [InlineData("According to a memo obtained by Reuters, the airline plans to cut 40 routes.", "the airline plans to cut 40 routes", "a memo obtained by Reuters")]
    [InlineData("According to Yonhap news agency, quoting the North's official news agency KCNA, the army has been put on high alert.", "the army has been put on high alert", "Yonhap news agency")]
    [InlineData("According to the state news agency, citing officials in the province, at least 40 people died in the landslide.", "at least 40 people died in the landslide", "the state news agency")]
    [InlineData("According to the team's coach, Alireza Mehraban, in their first match the robot scored two points.", "in their first match the robot scored two points", "the team's coach")]
    [InlineData("According to his lawyer, Smith, 45, never left the house that night.", "Smith, 45, never left the house that night", "his lawyer")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<AccordingToRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The work went according to plan.")]
    [InlineData("Everything was done according to the rules of the league.")]
    [InlineData("According to a woman in the lobby the alarm went off twice.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<AccordingToRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Without_it_a_comma_before_according_to_reads_as_a_postposed_frame_with_the_wrong_content()
    {
        const string text = "In the north, according to officials, roads remain closed after the storm.";
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<AccordingToRule>());
        without.Should().NotContain(s => s.Content == "roads remain closed after the storm", FrameProbe.Describe(without));
    }

    [Fact]
    public void According_to_before_the_clause()
    {
        var s = Extracted.Single("According to the report, the fire started in the kitchen.");
        s.Cue!.Text.Should().Be("According to");
        s.Cue.Lemma.Should().Be("according to");
        s.Speaker!.Text.Should().Be("the report");
        s.Content.Text.Should().Be("the fire started in the kitchen");
    }

    [Fact]
    public void According_to_after_the_clause()
    {
        var s = Extracted.Single("Three people were injured in the blast, according to local officials.");
        s.Speaker!.Text.Should().Be("local officials");
        s.Content.Text.Should().Be("Three people were injured in the blast");
    }

    [Fact]
    public void According_to_a_source_with_an_appositive_closes_the_clause_before_it()
    {
        var statements = Extracted.Find("The sculptures were bought by a private trust, according to Maria Lopez, curator of the museum and head of its acquisitions team.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("The sculptures were bought by a private trust");
        statements[0].Speaker!.Text.Should().Be("Maria Lopez");
        statements[0].Cue!.Lemma.Should().Be("according to");
    }

    [Fact]
    public void According_to_without_a_comma_at_the_end_of_the_sentence()
    {
        var statements = Extracted.Find("This summer the park expects about two million visitors according to the tourism board.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("This summer the park expects about two million visitors");
        statements[0].Speaker!.Text.Should().Be("the tourism board");
    }

    [Fact]
    public void According_to_between_commas_reads_forward_when_a_clause_follows()
    {
        var statements = Extracted.Find("In the northern valleys, according to local officials, most roads remain closed.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("most roads remain closed");
        statements[0].Speaker!.Text.Should().Be("local officials");
    }

    [Fact]
    public void A_named_frame_inside_reported_content_is_kept_beside_the_outer_statement()
    {
        const string text = "According to the Valley Chronicle, fire chief Ana Ruiz said the blaze had started in a kitchen on the second floor.";
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Contain("Valley Chronicle");
        statements[0].Content.Text.Should().StartWith("fire chief Ana Ruiz said");
        statements[1].Speaker!.Text.Should().Contain("Ana Ruiz");
        statements[1].Content.Text.Should().Be("the blaze had started in a kitchen on the second floor");
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ParticipialRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ParticipialRuleTests
{
    [Theory]
    [InlineData("The minister defended the plan, adding that costs would fall by a third.", "costs would fall by a third", "The minister")]
    [InlineData("\"We are ready,\" she said, insisting the army would hold the line.", "the army would hold the line", "she")]
    [InlineData("Police closed the road before warning that more rain was due.", "more rain was due", "Police")]
    [InlineData("Asked whether she would run again, the senator shook her head, adding that she was tired of campaigning.", "she was tired of campaigning", "the senator")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<ParticipialRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The minister defended the plan, adding nothing.")]
    [InlineData("The minister defended the plan, adding nothing new.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ParticipialRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void The_speaker_of_an_earlier_statement_in_the_sentence_carries_over()
    {
        var found = FrameProbe.By<ParticipialRule>("\"We are ready,\" she said, insisting the army would hold the line.");
        found.Should().ContainSingle().Which.Confidence.Should().BeLessThan(0.95);
        var all = FrameProbe.Find("\"We are ready,\" she said, insisting the army would hold the line.");
        all.Should().HaveCount(2, FrameProbe.Describe(all));
        all[0].Rule.Should().Be(nameof(PostposedQuoteRule));
    }

    [Fact]
    public void Adding_that_is_a_new_statement_by_the_same_speaker()
    {
        var statements = Extracted.Find("The company said profits fell by 8 percent, adding that it would cut 300 jobs.");
        statements.Should().HaveCount(2);
        statements[0].Content.Text.Should().Be("profits fell by 8 percent");
        statements[1].Content.Text.Should().Be("it would cut 300 jobs");
        statements[1].Cue!.Lemma.Should().Be("add");
        statements[1].Speaker!.Span.Should().Be(statements[0].Speaker!.Span);
    }

    [Fact]
    public void Noting_that_takes_the_subject_of_the_main_clause()
    {
        var s = Extracted.Single("Senator Mark Li defended the bill, noting that it had passed committee with support from both parties.");
        s.Kind.Should().Be(StatementKind.Indirect);
        s.Speaker!.Text.Should().Be("Senator Mark Li");
        s.Cue!.Lemma.Should().Be("note");
        s.Content.Text.Should().Be("it had passed committee with support from both parties");
    }

    [Fact]
    public void Slammed_then_tweeting_a_quote()
    {
        var s = Extracted.Single("Governor Ellen Park slammed the ruling, tweeting, “This is a dark day for our state.”");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Cue!.Lemma.Should().Be("tweet");
        s.Speaker!.Text.Should().Be("Governor Ellen Park");
    }

    [Fact]
    public void The_subject_of_a_participle_starts_after_a_wire_dateline()
    {
        const string text = "SACRAMENTO, Calif. — Gov. Ana Whitley signed the state budget on Friday but vetoed a film tax credit, calling it a giveaway the state could not afford.";
        var found = FrameProbe.By<ParticipialRule>(text);

        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be("Gov. Ana Whitley");
        found[0].Content.Should().Be("it a giveaway the state could not afford");
    }

    [Fact]
    public void A_participle_after_a_nested_belief_goes_on_from_the_outer_frame()
    {
        var statements = Extracted.Find(
            "Barclays said in a note to clients that it still expected copper to average $9,000 a ton, arguing that warehouse stocks remained thin.");

        var participle = statements.Should().ContainSingle(s => s.Cue != null && s.Cue.Text == "arguing", Extracted.Describe(statements)).Subject;
        participle.Speaker!.Text.Should().Be("Barclays");
        participle.Content.Text.Should().Be("warehouse stocks remained thin");
    }

    [Theory]
    [InlineData("The mayor's office insisted the budget was balanced, but the city comptroller disputed that, saying the figures did not add up.", "the city comptroller")]
    [InlineData("Officials said the bridge was safe, but engineers who inspected it in March disagreed, warning that the cables were corroded.", "engineers")]
    [InlineData("The club said the stadium would be ready by August, while the council's own inspectors raised doubts, noting that the roof was unfinished.", "the council's own inspectors")]
    public void A_clause_joined_after_the_earlier_statement_gives_its_own_subject(string text, string speaker)
    {
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2);
        statements[1].Speaker!.Text.Should().Be(speaker);
        statements[0].Speaker!.Text.Should().NotBe(speaker);
    }

    [Fact]
    public void A_clause_coordinated_inside_the_earlier_content_does_not_take_the_participle()
    {
        var statements = Extracted.Find("The mayor insisted the budget was balanced and the deficit was shrinking, adding that taxes would not rise.");
        statements.Should().HaveCount(2);
        statements[1].Speaker!.Text.Should().Be("The mayor");
    }
}

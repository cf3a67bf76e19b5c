namespace Attribution.Tests.Frames;

/// <summary>Attribution rules added for accuracy on real news: one realistic case per rule, and its traps.</summary>
public sealed class AttributionRuleTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    private static System.Collections.Immutable.ImmutableArray<Statement> Find(string text) => Extractor.Extract(text).Statements;

    private static string Describe(System.Collections.Immutable.ImmutableArray<Statement> statements) =>
        string.Join(" | ", statements.Select(s => $"{s.Kind} «{s.Content.Text}» by {s.Speaker?.Text}"));

    [Fact]
    public void A_frame_in_the_next_paragraph_does_not_take_the_previous_quote()
    {
        const string text = "For Ruth Okafor, the mayor's aide, the vote was personal. She said, \"This town raised me. I owe it everything.\"\n\n"
            + "Okafor said she had first run for council at nineteen.";
        var statements = Find(text);
        statements.Should().HaveCount(2, Describe(statements));
        statements[0].Content.Text.Should().Be("\"This town raised me. I owe it everything.\"");
        statements[0].Speaker!.Text.Should().Be("She");
        statements[1].Kind.Should().Be(StatementKind.Indirect);
        statements[1].Content.Text.Should().Be("she had first run for council at nineteen");
        statements[1].Speaker!.Text.Should().Be("Okafor");
    }

    [Fact]
    public void A_quote_before_a_forward_frame_in_the_same_paragraph_goes_to_its_speaker_and_the_clause_is_kept()
    {
        const string text = "\"We will win this.\" Coach Dana Whitfield said the squad had trained harder than ever before the final.";
        var statements = Find(text);
        statements.Should().HaveCount(2, Describe(statements));
        statements[0].Content.Text.Should().Be("\"We will win this.\"");
        statements[0].Speaker!.Text.Should().Contain("Dana Whitfield");
        statements[1].Kind.Should().Be(StatementKind.Indirect);
        statements[1].Content.Text.Should().StartWith("the squad had trained harder");
    }

    [Fact]
    public void A_split_quote_and_closing_frame_still_pair_up()
    {
        var statements = Find("\"The bridge is safe.\" Engineer Tomas Berg said. Traffic resumed an hour later.");
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Content.Text.Should().Be("\"The bridge is safe.\"");
        statements[0].Speaker!.Text.Should().Contain("Tomas Berg");
    }
}

using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames;

/// <summary>
/// A quotation that runs over paragraphs with its frame in the last one (<c>“P1 … ¶ “P2,” said S.</c>): one quotation, one
/// speaker, so the statement reaches back over the paragraphs before; not over one another statement claims.
/// </summary>
public sealed class ContinuedQuoteFramedLastTests
{
    private const string FramedLast =
        "The boiler failed in the first week of January.\n\n"
        + "\"The lights went out at nine. Then the water stopped.\n\n"
        + "\"By midnight we had nothing,\" said Rosa Diaz, who lives on the fourth floor.";

    [Fact]
    public void The_whole_quotation_goes_to_the_speaker_named_in_its_last_paragraph()
    {
        var statement = Extracted.Single(FramedLast);

        statement.Kind.Should().Be(StatementKind.Direct);
        statement.Content.Text.Should().StartWith("\"The lights went out at nine.").And.EndWith("\"By midnight we had nothing,\"");
        statement.Speaker!.Text.Should().Be("Rosa Diaz");
    }

    [Fact]
    public void A_paragraph_a_frame_before_it_claims_stays_with_that_frame()
    {
        const string text = "The mayor spoke first. She told the crowd: \"We will rebuild every house.\n\n"
            + "\"Every school, every road,\" she added.";

        var statements = Extracted.Find(text);

        statements.Should().Contain(s => s.Content.Text.StartsWith("\"We will rebuild every house.", StringComparison.Ordinal) && s.Speaker!.Text == "She",
            Extracted.Describe(statements));
        statements.Should().NotContain(s => s.Content.Text.StartsWith("\"We will rebuild", StringComparison.Ordinal) && s.Content.Text.EndsWith("road,\"", StringComparison.Ordinal));
    }

    [Fact]
    public void In_act_granularity_the_quotation_is_one_statement_too()
    {
        var extractor = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build();
        var statements = extractor.Extract(FramedLast).Statements;

        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().StartWith("Rosa Diaz");
        statements[0].Content.Text.Should().Contain("The lights went out");
    }
}

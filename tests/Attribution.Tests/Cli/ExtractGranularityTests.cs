using System.Text.Json;

namespace Attribution.Tests.Cli;

/// <summary>
/// <c>extract --granularity</c> reaches the extraction of the JSON lines output, whose documents are extracted on
/// every core (it once built a default extractor there and wrote quote granularity whatever was asked).
/// </summary>
public sealed class ExtractGranularityTests : IDisposable
{
    // One attribution act over a reported clause and the quotes that continue it, then a second act with two clauses.
    private const string Article =
        "The city will rebuild the old bridge by 2027, Mayor Ana Ruiz said on Friday. \u201CWe owe it to the people who cross it every day,\u201D she said. \u201CIt will take two years.\u201D\n\n"
        + "Ruiz said the council had approved the money and that work would start in March, adding that the road would stay open.\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("attribution-granularity-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("quote", AttributionGranularity.Quote)]
    [InlineData("act", AttributionGranularity.Act)]
    public void The_json_lines_carry_the_statements_of_the_granularity_asked_for(string option, AttributionGranularity granularity)
    {
        string article = Path.Combine(_directory, "bridge.txt");
        File.WriteAllText(article, Article);
        var expected = new AttributionPipelineBuilder().WithGranularity(granularity).Build().Extract(Article).Statements;
        var other = new AttributionPipelineBuilder()
            .WithGranularity(granularity == AttributionGranularity.Act ? AttributionGranularity.Quote : AttributionGranularity.Act)
            .Build().Extract(Article).Statements;
        other.Length.Should().NotBe(expected.Length, "the article must tell the two granularities apart");

        var outcome = CliRun.InProcess(_directory, "extract", article, "--granularity", option);

        outcome.ExitCode.Should().Be(0, outcome.StandardError);
        using var json = JsonDocument.Parse(outcome.OutputLines.Should().ContainSingle().Subject);
        var statements = json.RootElement.GetProperty("statements");
        statements.GetArrayLength().Should().Be(expected.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            statements[i].GetProperty("content").GetProperty("start").GetInt32().Should().Be(expected[i].Content.Span.Start);
            statements[i].GetProperty("content").GetProperty("end").GetInt32().Should().Be(expected[i].Content.Span.End);
        }
    }
}

using System.Collections.Immutable;
using Attribution.Evaluation.Gold;
using Attribution.Evaluation.Reporting;
using Attribution.Evaluation.Scoring;
using static Attribution.Tests.Evaluation.GoldPredictions;

namespace Attribution.Tests.Evaluation;

public sealed class TableReportTests
{
    private const string Text =
        "The minister said the talks were over. Union leaders said they would consider a strike. " +
        "“We will not wait,” a spokesman said.";

    [Fact]
    public void Prints_percentages_per_kind_and_the_requested_number_of_errors_in_context()
    {
        var gold = new GoldDocument("talks", Text, null,
        [
            Gold(StatementKind.Indirect, "the talks were over", "said", "The minister"),
            Gold(StatementKind.Indirect, "they would consider a strike", "said", "Union leaders", from: 39),
            Gold(StatementKind.Direct, "“We will not wait,”", "said", "a spokesman", from: 88),
        ]);
        var predicted = new[]
        {
            Statement(Text, StatementKind.Indirect, Find(Text, "the talks were over"), Find(Text, "said"), Find(Text, "The minister")),
            Statement(Text, StatementKind.Direct, Find(Text, "“We will not wait,”"), Find(Text, "said", 88), Find(Text, "Union leaders")),
            Statement(Text, StatementKind.Indirect, Find(Text, "Union leaders")),
        };
        var report = Scorer.Score("talks.jsonl", [new ScoringDocument(gold, predicted, [new(0, 38), new(39, 87), new(88, Text.Length)])], speechOnly: false);
        using var writer = new StringWriter();

        TableReport.Write(writer, report, errorsPerKind: 1);

        string[] lines = writer.ToString().Split(Environment.NewLine);
        lines[0].Should().Be("Attribution accuracy on talks.jsonl: 1 documents, all statements");
        lines.Should().Contain("all            3     3 |   66.7  66.7  66.7 |   66.7  66.7  66.7 |   66.7  66.7  66.7");
        lines.Should().Contain(l => l.StartsWith("all             2 |  50.0 (1/2)", StringComparison.Ordinal));
        lines.Should().Contain("misses (gold statements no prediction matches): showing 1 of 1");
        lines.Should().Contain("    context:   Union leaders said they would consider a strike.");
        lines.Should().Contain("false positives (predictions no gold statement matches): showing 1 of 1");
        lines.Should().Contain("wrong speakers (matched statements): showing 1 of 1");
        lines.Should().Contain("    predicted speaker: Union leaders");
    }

    private static GoldStatement Gold(StatementKind kind, string content, string cue, string speaker, int from = 0) =>
        new(kind, Find(Text, content, from), ImmutableArray<TextSpan>.Empty, Find(Text, cue, from), Find(Text, speaker, from), speaker, null, null, null, null, true, true);
}

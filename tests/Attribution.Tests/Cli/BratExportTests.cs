using System.Text;
using System.Text.Json;
using Attribution.Cli;
using Attribution.Cli.Commands;
using Attribution.Evaluation.Gold;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Cli;

/// <summary>
/// <c>extract --format brat --output DIR</c>: standoff files that brat and INCEpTION open and that
/// <c>attribution eval DIR</c> reads back; a round trip of the extractor's own output scores 100 on every line.
/// </summary>
public sealed class BratExportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("attribution-brat-export-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_seed_article_round_trips_through_brat_with_a_perfect_score()
    {
        string brat = Export(TestData.PathOf("seed", "guterres-netanyahu.txt"), "--date", "2024-09-27");

        Directory.EnumerateFiles(brat).Select(Path.GetFileName).Should().BeEquivalentTo("annotation.conf", "guterres-netanyahu.txt", "guterres-netanyahu.ann");
        File.ReadAllText(Path.Combine(brat, "guterres-netanyahu.txt")).Should().Be(TestData.ReadText("seed", "guterres-netanyahu.txt"));
        string[] lines = File.ReadAllLines(Path.Combine(brat, "guterres-netanyahu.ann"));
        lines.Should().Contain(l => l.StartsWith('E') && l.Contains("\tAttribution:T", StringComparison.Ordinal) && l.Contains(" Content:T", StringComparison.Ordinal)
            && l.Contains(" Cue:T", StringComparison.Ordinal) && l.Contains(" Source:T", StringComparison.Ordinal));
        lines.Should().Contain("E2\tAttribution:T9 Content:T7 Cue:T6 Source:T5 Addressee:T8", "Guterres told Reuters the quote before it");
        var gold = GoldReader.Read(brat).Should().ContainSingle().Subject;
        gold.Statements.Should().HaveCount(AttributionExtractor.CreateDefault().Extract(gold.Text, new DateOnly(2024, 9, 27)).Statements.Length);

        ScoreOf(brat).Should().AllSatisfy(score => score.Value.Should().Be(100.0, score.Key));
        using var table = new MemoryStream();
        EvalCommand.Run([brat], table, TextWriter.Null).Should().Be(ExitCodes.Success);
        Encoding.UTF8.GetString(table.ToArray()).Split('\n').Should().Contain(
            l => l.StartsWith("all ", StringComparison.Ordinal) && l.Contains("| 100.0 (", StringComparison.Ordinal) && l.Contains("    — (0/0)", StringComparison.Ordinal),
            "the table scores speakers 100 and shows the resolved names brat cannot hold as not judged");
    }

    [Fact]
    public void Gum_texts_round_trip_through_brat_with_a_perfect_score()
    {
        string brat = Export("--jsonl-input", TestData.PathOf("gum", "gum-attribution.jsonl"));

        Directory.EnumerateFiles(brat, "*.ann").Should().HaveCount(43);
        var scores = ScoreOf(brat);
        scores.Should().ContainKey("content.exact.f1");
        scores.Should().AllSatisfy(score => score.Value.Should().Be(100.0, score.Key));
    }

    [Fact]
    public void Offsets_count_code_points_after_characters_outside_the_bmp_and_spans_across_lines_are_cut_there()
    {
        const string Text =
            "📢🎤 “We will rebuild the 𝐛𝐫𝐢𝐝𝐠𝐞 by May,” Mayor Ann Lee told residents on Tuesday.\n" +
            "The council said the repairs\nwould cost $4 million 💶.";
        string article = Path.Combine(_directory, "bridge.txt");
        File.WriteAllText(article, Text);

        string brat = Export(article);

        string[] lines = File.ReadAllLines(Path.Combine(brat, "bridge.ann"));
        var cue = lines.Select(l => l.Split('\t')).Single(c => c[0].StartsWith('T') && c[1].StartsWith("Cue ", StringComparison.Ordinal) && c[2] == "told");
        int toldUtf16 = Text.IndexOf("told", StringComparison.Ordinal);
        int toldCodePoints = Text[..toldUtf16].EnumerateRunes().Count();
        cue[1].Should().Be($"Cue {toldCodePoints} {toldCodePoints + 4}", "brat counts code points: the emoji and bold letters count one each");
        toldCodePoints.Should().BeLessThan(toldUtf16);
        var content = lines.Select(l => l.Split('\t')).Single(c => c[1].StartsWith("Content ", StringComparison.Ordinal) && c[2].Contains("repairs", StringComparison.Ordinal));
        content[1].Should().Contain(";", "the content crosses a line break, which a .ann line cannot hold");
        content[2].Should().Be("the repairs would cost $4 million 💶");
        lines.Should().OnlyContain(l => l.Split('\t').Length == 3 || l.StartsWith('E'));

        ScoreOf(brat).Should().AllSatisfy(score => score.Value.Should().Be(100.0, score.Key));
    }

    [Fact]
    public void An_interrupted_quote_is_one_discontinuous_content_span()
    {
        const string Text = "“The budget is balanced,” the minister said, “and it will stay balanced next year.”";
        string article = Path.Combine(_directory, "interrupted.txt");
        File.WriteAllText(article, Text);

        // Act granularity: quote granularity gives the two pieces as two statements of one act.
        string brat = Export(article, "--granularity", "act");

        var content = File.ReadAllLines(Path.Combine(brat, "interrupted.ann")).Select(l => l.Split('\t'))
            .Should().ContainSingle(c => c[1].StartsWith("Content ", StringComparison.Ordinal)).Subject;
        int second = Text.IndexOf("“and", StringComparison.Ordinal);
        content[1].Should().Be($"Content 0 25;{second} {Text.Length}");
        content[2].Should().Be("“The budget is balanced,” “and it will stay balanced next year.”", "brat joins the fragments' text with a space");
        var gold = GoldReader.Read(brat).Should().ContainSingle().Subject;
        gold.Statements.Should().ContainSingle().Which.Fragments.Should().HaveCount(2);
        ScoreOf(brat, "--granularity", "act").Should().AllSatisfy(score => score.Value.Should().Be(100.0, score.Key));
    }

    [Fact]
    public void A_speaker_shared_by_two_statements_is_one_span_used_by_two_events()
    {
        string article = Path.Combine(_directory, "shared.txt");
        File.WriteAllText(article, "“The budget is balanced,” the minister said. “And it will stay balanced.”");

        string brat = Export(article);

        string[] lines = File.ReadAllLines(Path.Combine(brat, "shared.ann"));
        var events = lines.Where(l => l.StartsWith('E')).ToList();
        events.Should().HaveCount(2);
        string Source(string e) => e.Split(' ').Single(p => p.StartsWith("Source:", StringComparison.Ordinal));
        Source(events[0]).Should().Be(Source(events[1]));
        lines.Count(l => l.Contains("\tSource ", StringComparison.Ordinal)).Should().Be(1);
    }

    private string Export(params string[] args)
    {
        string brat = Path.Combine(_directory, "brat-" + Guid.NewGuid().ToString("N")[..8]);
        var options = CliOptions.Parse("extract", [.. args, "-f", "brat", "-o", brat]);
        using var error = new StringWriter();
        DocumentCommand.Run(options, TextReader.Null, TextWriter.Null, error).Should().Be(ExitCodes.Success, error.ToString());
        return brat;
    }

    /// <summary>
    /// The headline numbers of <c>attribution eval DIR --format json</c>, less the resolved-speaker accuracy:
    /// brat holds spans, not resolved names, so that line judges nothing (0 of 0).
    /// </summary>
    private static Dictionary<string, double> ScoreOf(string brat, params string[] options)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        EvalCommand.Run([brat, "--format", "json", .. options], output, error).Should().Be(ExitCodes.Success, error.ToString());
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(output.ToArray()));
        return json.RootElement.GetProperty("headline").EnumerateObject()
            .Where(p => p.Name != "resolvedSpeaker.accuracy")
            .ToDictionary(p => p.Name, p => p.Value.GetDouble());
    }
}

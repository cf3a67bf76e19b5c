using System.Text.Json;
using Attribution.Cli;
using Attribution.Cli.Commands;

namespace Attribution.Tests.Batch;

public sealed class CliBatchExtractionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("attribution-batch-").FullName;

    [Fact]
    public void Extract_over_a_directory_and_jsonl_keeps_input_order_and_reports_bad_inputs_in_place()
    {
        for (int i = 0; i < 12; i++)
        {
            File.WriteAllText(Path.Combine(_directory, $"article-{i:D2}.txt"), $"\"We will rebuild the bridge,\" Mayor Ann Lee said on Tuesday. Story {i}.");
        }

        File.WriteAllBytes(Path.Combine(_directory, "article-05b.txt"), [0xFF, 0xFE, 0x41]);
        string jsonl = Path.Combine(_directory, "more.jsonl");
        File.WriteAllText(jsonl, "{\"id\":\"j1\",\"text\":\"The minister said talks would resume.\",\"date\":\"2024-09-27\"}\nnot json\n{\"id\":\"j3\",\"text\":\"Nobody spoke.\"}\n");
        string outputPath = Path.Combine(_directory, "out.jsonl");
        var options = CliOptions.Parse("extract", [_directory, "--jsonl-input", jsonl, "--output", outputPath]);
        using var error = new StringWriter();

        int exitCode = DocumentCommand.Run(options, TextReader.Null, TextWriter.Null, error);

        exitCode.Should().Be(ExitCodes.SomeInputFailed);
        var ids = File.ReadAllLines(outputPath).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()).ToList();
        ids.Should().Equal([.. Enumerable.Range(0, 12).Select(i => $"article-{i:D2}"), "j1", "j3"]);
        var errorLines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        errorLines.Should().HaveCount(2);
        errorLines[0].Should().Contain("article-05b.txt").And.Contain("not valid UTF-8");
        errorLines[1].Should().Contain("more.jsonl:2").And.Contain("malformed JSON");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

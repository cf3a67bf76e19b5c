using Attribution.Samples.Input;
using Attribution.Samples.Progress;
using Spectre.Console;

namespace Attribution.Tests.Cli;

public sealed class BatchProgressTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "attribution-progress-" + Guid.NewGuid().ToString("N"));

    public BatchProgressTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(true, true, 5, true)]
    [InlineData(true, true, 4, false)]
    [InlineData(false, true, 500, false)]
    [InlineData(true, false, 500, false)]
    [InlineData(true, true, null, false)]
    public void The_bar_shows_only_for_batches_of_five_or_more_written_to_a_file_with_a_terminal_on_stderr(
        bool writingToFile, bool errorIsTerminal, int? documents, bool shows)
    {
        BatchProgress.ShouldShow(writingToFile, errorIsTerminal, documents).Should().Be(shows);
    }

    [Fact]
    public void Documents_are_counted_ahead_from_files_directories_and_jsonl_lines()
    {
        string folder = Path.Combine(_directory, "articles");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "one.txt"), "a");
        File.WriteAllText(Path.Combine(folder, "two.txt"), "b");
        File.WriteAllText(Path.Combine(folder, "notes.md"), "not a document");
        string jsonl = Path.Combine(_directory, "batch.jsonl");
        File.WriteAllText(jsonl, "{\"id\":\"1\",\"text\":\"x\"}\n\n{\"id\":\"2\",\"text\":\"y\"}\n");

        DocumentCount.Estimate([folder, Path.Combine(_directory, "single.txt")], [jsonl]).Should().Be(5);
        DocumentCount.Estimate(["-"], []).Should().BeNull("standard input cannot be counted ahead");
    }

    [Fact]
    public void The_bar_counts_documents_advanced_from_several_threads_and_ends_full()
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(writer),
        });

        using (var progress = new BatchProgress(console, total: 40))
        {
            Parallel.For(0, 40, _ => progress.Advance());
        }

        string rendered = writer.ToString();
        rendered.Should().Contain("documents 40/40").And.Contain("100%");
    }
}

using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Attribution.Cli;

namespace Attribution.Tests.Cli;

/// <summary>
/// What a path on the command line yields: directories read their *.txt files in any case, subdirectories
/// only with --recursive, a path that yields nothing is an error (exit 1, a message), and a FIFO in a
/// directory is reported and skipped rather than waited on.
/// </summary>
public sealed class InputDiscoveryTests : IDisposable
{
    private const string Story = "\u201CWe will not raise taxes,\u201D the finance minister said on Monday.";

    private readonly string _directory = Directory.CreateTempSubdirectory("attribution-inputs-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void An_empty_directory_is_an_error_with_a_message_not_a_silent_success()
    {
        string empty = Path.Combine(_directory, "empty");
        Directory.CreateDirectory(empty);

        var outcome = CliRun.AsProcess(["extract", empty]);

        outcome.ExitCode.Should().Be(ExitCodes.SomeInputFailed);
        outcome.OutputLines.Should().BeEmpty();
        outcome.ErrorLines.Should().ContainSingle().Which.Should().Be($"attribution: {empty}: a directory with no *.txt files to read");
    }

    [Fact]
    public void A_directory_named_like_a_text_file_is_an_error_while_the_other_inputs_are_read()
    {
        string named = Path.Combine(_directory, "x.txt");
        Directory.CreateDirectory(named);
        string good = Write("good.txt", Story);

        var outcome = CliRun.InProcess(_directory, "extract", named, good);

        outcome.ExitCode.Should().Be(ExitCodes.SomeInputFailed);
        outcome.OutputLines.Select(Id).Should().Equal("good");
        outcome.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"attribution: {named}: a directory with no *.txt files");
    }

    [Fact]
    public void Text_files_match_in_any_case_and_subdirectories_need_recursive()
    {
        string root = Path.Combine(_directory, "articles");
        Write(Path.Combine("articles", "b-upper.TXT"), Story);
        Write(Path.Combine("articles", "a-lower.txt"), Story);
        Write(Path.Combine("articles", "notes.md"), Story);
        Write(Path.Combine("articles", "c-sub", "d-deep.Txt"), Story);
        Write(Path.Combine("articles", "c-sub", "e-more", "f-deeper.txt"), Story);

        var flat = CliRun.InProcess(_directory, "extract", root);
        var deep = CliRun.InProcess(_directory, "extract", root, "--recursive");

        flat.ExitCode.Should().Be(ExitCodes.Success, flat.StandardError);
        flat.OutputLines.Select(Id).Should().Equal("a-lower", "b-upper");
        deep.ExitCode.Should().Be(ExitCodes.Success, deep.StandardError);
        deep.OutputLines.Select(Id).Should().Equal(["a-lower", "b-upper", "d-deep", "f-deeper"], "depth first, each directory's entries in ordinal order");
    }

    [Fact]
    public void A_directory_with_only_subdirectories_suggests_recursive()
    {
        string root = Path.Combine(_directory, "by-year");
        Write(Path.Combine("by-year", "2024", "story.txt"), Story);

        var outcome = CliRun.InProcess(_directory, "extract", root);

        outcome.ExitCode.Should().Be(ExitCodes.SomeInputFailed);
        outcome.ErrorLines.Should().ContainSingle().Which.Should().EndWith("(add --recursive to read its subdirectories)");
    }

    [Fact]
    public void A_symbolic_link_back_to_a_parent_is_not_followed()
    {
        string root = Path.Combine(_directory, "loop");
        Write(Path.Combine("loop", "story.txt"), Story);
        Directory.CreateSymbolicLink(Path.Combine(root, "again"), root);

        var outcome = CliRun.InProcess(_directory, "extract", root, "-r");

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.StandardError);
        outcome.OutputLines.Select(Id).Should().Equal("story");
    }

    [Fact]
    public void An_empty_jsonl_file_is_an_error()
    {
        string jsonl = Write("none.jsonl", "\n  \n");

        var outcome = CliRun.InProcess(_directory, "extract", "--jsonl-input", jsonl);

        outcome.ExitCode.Should().Be(ExitCodes.SomeInputFailed);
        outcome.ErrorLines.Should().ContainSingle().Which.Should().Be($"attribution: {jsonl}: no JSON lines to read");
    }

    [Fact]
    public void A_fifo_in_a_directory_is_reported_and_skipped_without_blocking()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // FIFOs are told apart on Linux only (FileKind).
        }

        string root = Path.Combine(_directory, "mixed");
        Write(Path.Combine("mixed", "a.txt"), Story);
        Write(Path.Combine("mixed", "c.txt"), "The minister said talks would resume.");
        string fifo = Path.Combine(root, "b.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.Should().Be(0);
        }

        // No one ever writes to the FIFO: opening it would wait forever (CliRun gives up after two minutes).
        var outcome = CliRun.AsProcess(["extract", root]);

        outcome.ExitCode.Should().Be(ExitCodes.SomeInputFailed);
        outcome.OutputLines.Select(Id).Should().Equal("a", "c");
        outcome.ErrorLines.Should().ContainSingle().Which.Should().Be($"attribution: {fifo}: not a regular file (a FIFO, socket or device), skipped");
    }

    private static string Id(string jsonLine)
    {
        using var json = JsonDocument.Parse(jsonLine);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
        return path;
    }
}

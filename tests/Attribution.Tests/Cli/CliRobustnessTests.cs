using System.Text;
using System.Text.Json;
using Attribution.Cli;

namespace Attribution.Tests.Cli;

/// <summary>
/// The CLI on bad input: each failure on standard error with its name (and line, for JSONL), every other
/// document still written in order, exit code 1 (<see cref="ExitCodes.SomeInputFailed"/>); output written per document so an interrupted batch keeps
/// everything already done.
/// </summary>
public sealed class CliRobustnessTests : IDisposable
{
    private const string GoodText = "\u201CWe will not give up,\u201D Prime Minister Jane Miller told reporters on Thursday.";

    private readonly string _directory = Directory.CreateTempSubdirectory("attribution-cli-").FullName;

    public void Dispose()
    {
        foreach (string path in Directory.EnumerateFileSystemEntries(_directory, "*", SearchOption.AllDirectories))
        {
            if (Directory.Exists(path) && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void Every_kind_of_bad_input_is_reported_by_name_and_line_while_every_good_document_is_written()
    {
        string a = Write("a.txt", GoodText);
        string missing = Path.Combine(_directory, "missing.txt");
        string invalid = WriteBytes("invalid.txt", [.. "He said \u201C"u8, 0xC3, 0x28, 0xFF, .. "\u201D."u8]);
        string b = Write("b.txt", "Smith said the vote was fair.");
        string folder = Path.Combine(_directory, "folder");
        Directory.CreateDirectory(folder);
        Write(Path.Combine("folder", "c.txt"), GoodText);
        File.CreateSymbolicLink(Path.Combine(folder, "dangling.txt"), Path.Combine(_directory, "nowhere.txt"));
        string fileAsDirectory = Path.Combine(a, "child.txt");
        byte[][] lines =
        [
            """{"id": "j1", "text": "Smith said the vote was fair.", "date": "2024-09-27"}"""u8.ToArray(),
            """{"id": "j2", "text": "unterminated"""u8.ToArray(),
            """[1, 2, 3]"""u8.ToArray(),
            """{"id": "j4", "text": 5}"""u8.ToArray(),
            [.. "{\"id\": \"j5\", \"text\": \""u8, 0xFF, 0xFE, .. "\"}"u8],
            [],
            [.. """{"id": "j7", "text": "\u201cWe won,\u201d she said. \ud83d\ude00"}"""u8, (byte)'\r'],
            """{"id": "j8", "text": "x", "date": "27/09/2024"}"""u8.ToArray(),
            """{"id": "j9", "text": "An escaped lone surrogate: \ud800."}"""u8.ToArray(),
            """{"id": "j10", "text": "The last line has no newline."}"""u8.ToArray(),
        ];
        string jsonl = WriteBytes("docs.jsonl", lines.SelectMany(line => line.Append((byte)'\n')).ToArray()[..^1]);

        var outcome = CliRun.InProcess(_directory, "extract", a, missing, invalid, b, folder, fileAsDirectory, "--jsonl-input", jsonl);

        outcome.ExitCode.Should().Be(ExitCodes.SomeInputFailed);
        outcome.OutputLines.Select(Id).Should().Equal(["a", "b", "c", "j1", "j7", "j10"], "every readable document is written, in input order");
        outcome.ErrorLines.Should().HaveCount(10);
        outcome.ErrorLines.Should().ContainMatch($"attribution: {missing}: *");
        outcome.ErrorLines.Should().ContainMatch($"attribution: {invalid}: not valid UTF-8*");
        outcome.ErrorLines.Should().ContainMatch($"attribution: {Path.Combine(folder, "dangling.txt")}: *");
        outcome.ErrorLines.Should().ContainMatch($"attribution: {fileAsDirectory}: *");
        outcome.ErrorLines.Should().ContainMatch($"attribution: {jsonl}:2: malformed JSON*");
        outcome.ErrorLines.Should().ContainMatch($"attribution: {jsonl}:3: expected a JSON object*");
        outcome.ErrorLines.Should().ContainMatch($"attribution: {jsonl}:4: missing string property \"text\"*");
        outcome.ErrorLines.Should().ContainMatch($"attribution: {jsonl}:5: not valid UTF-8*");
        outcome.ErrorLines.Should().ContainMatch($"attribution: {jsonl}:8: \"date\" is not YYYY-MM-DD*");
        outcome.ErrorLines.Should().ContainMatch($"attribution: {jsonl}:9: a JSON string is not valid text*");
    }

    [Fact]
    public void An_unreadable_file_and_a_directory_without_permission_are_reported_and_the_rest_is_written()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permission bits only.
        }

        string good = Write("good.txt", GoodText);
        string locked = Write("locked.txt", GoodText);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        string closed = Path.Combine(_directory, "closed");
        Directory.CreateDirectory(closed);
        Write(Path.Combine("closed", "inside.txt"), GoodText);
        File.SetUnixFileMode(closed, UnixFileMode.None);
        string[] args = ["extract", locked, closed, good];

        // Root reads through permission bits, so as root the CLI runs as 'nobody' (setpriv), where they hold.
        CliOutcome outcome;
        if (!CliRun.IsRoot)
        {
            outcome = CliRun.InProcess(_directory, args);
        }
        else
        {
            File.Exists("/usr/bin/setpriv").Should().BeTrue("as root this test needs setpriv (util-linux) to drop to an unprivileged user");
            File.SetUnixFileMode(_directory, (UnixFileMode)0b111_101_101);
            outcome = CliRun.AsProcess(args, asUserId: 65534);
        }

        outcome.ExitCode.Should().Be(ExitCodes.SomeInputFailed, outcome.StandardError);
        outcome.OutputLines.Select(Id).Should().Equal("good");
        outcome.ErrorLines.Should().HaveCount(2);
        outcome.ErrorLines[0].Should().StartWith($"attribution: {locked}: ");
        outcome.ErrorLines[1].Should().StartWith($"attribution: {closed}: ");
    }

    [Fact]
    public void Invalid_utf8_on_standard_input_is_reported_not_replaced()
    {
        string good = Write("good.txt", GoodText);

        var outcome = CliRun.AsProcess(["extract", good, "-"], standardInput: [.. "He said \u201C"u8, 0xFF, 0xC0, .. "\u201D."u8]);

        outcome.ExitCode.Should().Be(ExitCodes.SomeInputFailed);
        outcome.OutputLines.Select(Id).Should().Equal("good");
        outcome.ErrorLines.Should().ContainSingle().Which.Should().Be("attribution: -: not valid UTF-8");
    }

    [Fact]
    public void An_output_file_that_cannot_be_created_is_one_clear_error_not_a_stack_trace()
    {
        string good = Write("good.txt", GoodText);
        string output = Path.Combine(_directory, "no-such-folder", "out.jsonl");

        var outcome = CliRun.AsProcess(["extract", good, "-o", output]);

        outcome.ExitCode.Should().Be(ExitCodes.SomeInputFailed);
        outcome.ErrorLines.Should().ContainSingle().Which.Should().StartWith("attribution: cannot write the output: ").And.Contain("no-such-folder");
    }

    [Fact]
    public async Task A_batch_killed_midway_keeps_every_document_it_finished()
    {
        string first = Write("first.txt", GoodText);
        string second = Write("second.txt", "Smith said the vote was fair.");

        // Standard input stays open, so the CLI writes the two files and then waits there until it is killed.
        using var process = CliRun.Start(["extract", first, second, "-"]);
        var lines = new List<string>();
        var reading = Task.Run(() =>
        {
            while (lines.Count < 2 && process.StandardOutput.ReadLine() is { } line)
            {
                lines.Add(line);
            }
        });
        bool finished = await Task.WhenAny(reading, Task.Delay(TimeSpan.FromMinutes(2))) == reading;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        finished.Should().BeTrue("both documents must reach the output before the batch ends");
        lines.Select(Id).Should().Equal("first", "second");
        process.HasExited.Should().BeTrue();
    }

    private static string Id(string jsonLine)
    {
        using var json = JsonDocument.Parse(jsonLine);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

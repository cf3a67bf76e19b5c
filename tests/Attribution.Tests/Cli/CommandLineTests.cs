using System.Text;
using System.Text.Json;
using Attribution.Cli;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Cli;

/// <summary>
/// The command line on System.CommandLine, run as a real process: help per command, --version, --opt=value,
/// short options, response files, and misuse as one clear message with exit code 2 (1 stays "some input failed").
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private const string Story = "\u201CThe bridge will reopen in May,\u201D Mayor Ann Lee said on Tuesday.";

    private readonly string _directory = Directory.CreateTempSubdirectory("attribution-cmdline-").FullName;

    private static string Seed => TestData.PathOf("seed", "guterres-netanyahu.txt");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Extract_help_lists_its_options_with_their_short_forms_and_exits_0()
    {
        var outcome = CliRun.AsProcess(["extract", "--help"]);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.StandardError);
        string help = string.Join('\n', outcome.OutputLines);
        help.Should().Contain("-f, --format <jsonl|table|html|brat>").And.Contain("-o, --output").And.Contain("-r, --recursive")
            .And.Contain("-d, --date <YYYY-MM-DD>").And.Contain("--jsonl-input <FILE>");
        help.Should().NotContain("--speech-only", "eval's options belong to eval's help");
    }

    [Fact]
    public void Eval_help_and_the_help_word_show_evals_own_options()
    {
        var outcome = CliRun.AsProcess(["help", "eval"]);

        outcome.ExitCode.Should().Be(ExitCodes.Success);
        string.Join('\n', outcome.OutputLines).Should().Contain("--speech-only").And.Contain("--errors <N>").And.Contain("-f, --format <table|json>");
    }

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var outcome = CliRun.AsProcess(["--version"]);

        outcome.ExitCode.Should().Be(ExitCodes.Success);
        string expected = typeof(ExitCodes).Assembly.GetName().Version!.ToString(3);
        outcome.OutputLines.Should().ContainSingle().Which.Should().StartWith(expected);
    }

    [Theory]
    [InlineData("--format=table")]
    [InlineData("-f table")]
    [InlineData("--format:table")]
    public void The_format_is_read_in_every_spelling(string spelling)
    {
        var outcome = CliRun.AsProcess(["extract", Seed, "-d", "2024-09-27", .. spelling.Split(' ')]);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.StandardError);
        outcome.OutputLines.Should().Contain(line => line.Contains("Guterres", StringComparison.Ordinal) && line.Contains('│'), "the table shows the speakers");
        outcome.OutputLines.Should().NotContain(line => line.StartsWith('{'), "no JSON line");
    }

    [Fact]
    public void A_response_file_holds_options_and_paths_one_or_more_per_line()
    {
        string article = Write("story.txt", Story);
        string output = Path.Combine(_directory, "out dir", "story.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        string responseFile = Write("args.rsp", $"# the usual run\n--date 2024-09-27\n-o \"{output}\"\n{article}\n");

        var outcome = CliRun.AsProcess(["extract", "@" + responseFile]);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.StandardError);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var statement = json.RootElement.GetProperty("statements")[0];
        statement.GetProperty("time").GetProperty("value").GetString().Should().Be("2024-09-24", "the date came from the response file");
    }

    [Theory]
    [InlineData("expected YYYY-MM-DD, not '27/09/2024'", "extract", "SEED", "--date", "27/09/2024")]
    [InlineData("unknown option '--strict'", "extract", "SEED", "--strict")]
    [InlineData("unknown format 'xml' for 'extract' (known: jsonl, table, html, brat)", "extract", "SEED", "-f", "xml")]
    [InlineData("unknown format 'html' for 'tokens/sentences'", "tokens", "SEED", "--format=html")]
    [InlineData("needs at least one path", "sentences")]
    [InlineData("--format brat writes <id>.txt and <id>.ann files: give --output DIR", "extract", "SEED", "-f", "brat")]
    [InlineData("unknown command 'summarise'", "summarise", "SEED")]
    [InlineData("Required argument missing for option: '--output'", "extract", "SEED", "--output")]
    [InlineData("--errors expects a count, not 'many'", "eval", "SEED", "--errors", "many")]
    [InlineData("'eval' takes one gold path", "eval", "SEED", "SEED")]
    public void Misuse_is_one_message_and_exit_code_2(string message, params string[] args)
    {
        var outcome = CliRun.AsProcess(args.Select(a => a == "SEED" ? Seed : a));

        outcome.ExitCode.Should().Be(ExitCodes.Usage);
        outcome.ErrorLines[0].Should().StartWith("attribution: ").And.Contain(message);
        outcome.ErrorLines[^1].Should().StartWith("Try 'attribution").And.EndWith("--help'.");
        outcome.OutputLines.Should().BeEmpty("nothing is read on misuse");
    }

    [Fact]
    public void No_arguments_print_the_overview_and_exit_2()
    {
        var outcome = CliRun.AsProcess([]);

        outcome.ExitCode.Should().Be(ExitCodes.Usage);
        string.Join('\n', outcome.OutputLines).Should().Contain("extract").And.Contain("sentences").And.Contain("tokens").And.Contain("eval");
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_is_still_read()
    {
        Write("-notes.txt", Story);

        var outcome = CliRun.AsProcess(["extract", Path.Combine(_directory, "-notes.txt")]);

        outcome.ExitCode.Should().Be(ExitCodes.Success, outcome.StandardError);
        outcome.OutputLines.Should().ContainSingle().Which.Should().Contain("\"id\":\"-notes\"");
    }

    [Fact]
    public void Options_parse_to_the_same_values_in_process()
    {
        string article = Write("story.txt", Story);

        var options = CliOptions.Parse("extract", [article, "-r", "-d", "2024-09-27", "-f", "brat", "-o", _directory, "--jsonl-input", "a.jsonl", "--jsonl-input", "b.jsonl"]);

        options.Should().Be(options with
        {
            Command = "extract",
            Format = "brat",
            Date = new DateOnly(2024, 9, 27),
            OutputPath = _directory,
            Recursive = true,
        });
        options.Paths.Should().Equal(article);
        options.JsonlInputs.Should().Equal("a.jsonl", "b.jsonl");
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
        return path;
    }
}

using Attribution.Cli;
using Attribution.Cli.Commands;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Cli;

/// <summary>The <c>--format html|table</c> switch of <c>attribution extract</c>, end to end through the command.</summary>
public sealed class CliViewTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "attribution-view-" + Guid.NewGuid().ToString("N"));

    public CliViewTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Seed => TestData.PathOf("seed", "guterres-netanyahu.txt");

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var options = CliOptions.Parse("extract", args);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = ViewCommand.Run(options, TextReader.Null, output, error, outputIsTerminal: false);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("html")]
    [InlineData("table")]
    [InlineData("jsonl")]
    public void Extract_accepts_the_known_formats(string format)
    {
        CliOptions.Parse("extract", [Seed, "--format", format, "-o", _directory]).Format.Should().Be(format);
    }

    [Theory]
    [InlineData("tokens", "html")]
    [InlineData("sentences", "table")]
    [InlineData("extract", "xml")]
    public void Other_formats_and_commands_are_usage_errors(string command, string format)
    {
        var parse = () => CliOptions.Parse(command, [Seed, "--format", format]);

        parse.Should().Throw<UsageException>().WithMessage($"unknown format '{format}'*");
    }

    [Fact]
    public void Html_for_several_inputs_needs_an_output_directory()
    {
        var parse = () => CliOptions.Parse("extract", [Seed, Seed, "--format", "html"]);

        parse.Should().Throw<UsageException>().WithMessage("*--output DIR*");
    }

    [Fact]
    public void Html_for_one_document_goes_to_standard_output_as_one_page()
    {
        var (exit, output, error) = Run(Seed, "--format", "html", "--date", "2024-09-27");

        exit.Should().Be(ExitCodes.Success, error);
        output.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n");
        HtmlArticle.Parse(output).Text.Should().Be(File.ReadAllText(Seed));
    }

    [Fact]
    public void Html_with_an_output_directory_writes_one_page_per_document_named_after_safe_ids()
    {
        string jsonl = Path.Combine(_directory, "batch.jsonl");
        File.WriteAllLines(jsonl,
        [
            "{\"id\":\"a\",\"text\":\"“Yes,” she said.\"}",
            "{\"id\":\"../escape\",\"text\":\"He said <b>no</b>.\"}",
            "{\"id\":\"a\",\"text\":\"Again.\"}",
        ]);
        string pages = Path.Combine(_directory, "pages");

        var (exit, output, error) = Run("--jsonl-input", jsonl, "--format", "html", "--output", pages);

        exit.Should().Be(ExitCodes.Success, error);
        output.Should().BeEmpty();
        Directory.GetFiles(pages).Select(Path.GetFileName).Should().BeEquivalentTo("a.html", "_._escape.html", "a-2.html");
        File.ReadAllText(Path.Combine(pages, "_._escape.html")).Should().Contain("He said &lt;b&gt;no&lt;/b&gt;.");
    }

    [Fact]
    public void Table_writes_to_standard_output_or_to_the_output_file()
    {
        var (exit, output, _) = Run(Seed, "--format", "table");
        exit.Should().Be(ExitCodes.Success);
        output.Should().Contain("guterres-netanyahu");

        string file = Path.Combine(_directory, "table.txt");
        var (fileExit, fileOutput, _) = Run(Seed, "--format", "table", "-o", file);
        fileExit.Should().Be(ExitCodes.Success);
        fileOutput.Should().BeEmpty();
        File.ReadAllText(file).Should().Be(output);
    }

    [Fact]
    public void A_missing_input_is_reported_and_the_other_documents_still_render()
    {
        string pages = Path.Combine(_directory, "pages");

        var (exit, _, error) = Run(Seed, Path.Combine(_directory, "missing.txt"), "--format", "html", "-o", pages);

        exit.Should().Be(ExitCodes.SomeInputFailed);
        error.Should().Contain("missing.txt");
        File.Exists(Path.Combine(pages, "guterres-netanyahu.html")).Should().BeTrue();
    }
}

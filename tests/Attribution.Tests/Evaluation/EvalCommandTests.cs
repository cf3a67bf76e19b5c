using System.Text;
using System.Text.Json;
using Attribution.Cli;
using Attribution.Cli.Commands;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Evaluation;

public sealed class EvalCommandTests
{
    private static readonly string GumPath = TestData.PathOf("gum", "gum-attribution.jsonl");

    [Fact]
    public void Prints_the_table_for_the_gum_speech_statements()
    {
        var (exitCode, output, errors) = Run(GumPath, "--speech-only");

        exitCode.Should().Be(ExitCodes.Success, errors);
        output.Should().Contain("43 documents, speech statements only");
        output.Split('\n').Should().Contain(line => line.StartsWith("all ", StringComparison.Ordinal) && line.Contains(" 259 ", StringComparison.Ordinal));
        output.Should().Contain("direct").And.Contain("mixed").And.Contain("indirect");
    }

    [Fact]
    public void Json_format_gives_headline_scores_and_the_requested_error_examples()
    {
        var (exitCode, output, _) = Run(GumPath, "--format", "json", "--errors", "3");

        exitCode.Should().Be(ExitCodes.Success);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("documents").GetInt32().Should().Be(43);
        root.GetProperty("speechOnly").GetBoolean().Should().BeFalse();
        root.GetProperty("lines").GetProperty("all").GetProperty("lenient").GetProperty("gold").GetInt32().Should().Be(393);
        root.GetProperty("headline").EnumerateObject().Select(p => p.Name).Should().Contain("content.lenient.f1");
        root.GetProperty("errors").GetArrayLength().Should().BeInRange(1, 9);
    }

    [Fact]
    public void Unreadable_gold_exits_with_1_and_names_the_path()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-gold-" + Guid.NewGuid().ToString("N") + ".jsonl");

        var (exitCode, _, errors) = Run(missing);

        exitCode.Should().Be(ExitCodes.SomeInputFailed);
        errors.Should().Contain(missing).And.Contain("no such file");
    }

    [Fact]
    public void Gold_with_offsets_that_do_not_read_their_text_is_unreadable()
    {
        string path = Path.Combine(Path.GetTempPath(), "bad-gold-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(path, """{"id":"d","text":"She said it rained.","statements":[{"content":{"start":9,"end":18,"text":"it snowed"}}]}""" + "\n");
        try
        {
            var (exitCode, _, errors) = Run(path);

            exitCode.Should().Be(ExitCodes.SomeInputFailed);
            errors.Should().Contain($"{path}:1: statement 0 content").And.Contain("\"it snowed\"");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("a.jsonl", "b.jsonl")]
    [InlineData("a.jsonl", "--format", "csv")]
    [InlineData("a.jsonl", "--errors", "many")]
    [InlineData("a.jsonl", "--strict")]
    public void Misuse_is_a_usage_error(params string[] args)
    {
        var run = () => Run(args);

        run.Should().Throw<UsageException>();
    }

    private static (int ExitCode, string Output, string Errors) Run(params string[] args)
    {
        using var output = new MemoryStream();
        using var errors = new StringWriter();
        int exitCode = EvalCommand.Run(args, output, errors);
        return (exitCode, Encoding.UTF8.GetString(output.ToArray()), errors.ToString());
    }
}

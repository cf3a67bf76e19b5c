using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Attribution.Cli.CommandLine;

/// <summary>
/// Every argument and option of the command line, declared once: names, short aliases, help text, and how a
/// value is read and checked. A new option is one property here, added to the commands that take it in
/// <see cref="CliCommandLine"/>, and read where that command binds its parse result (<see cref="CliOptions"/>,
/// <see cref="Commands.EvalCommand.EvalOptions"/>).
/// </summary>
internal sealed class CliSymbols
{
    /// <summary>The formats of <c>extract</c>; the first is the default.</summary>
    public static readonly string[] ExtractFormats = ["jsonl", "table", "html", "brat"];

    /// <summary>The formats of <c>tokens</c> and <c>sentences</c>.</summary>
    public static readonly string[] JsonOnlyFormats = ["jsonl"];

    /// <summary>The formats of <c>eval</c>; the first is the default.</summary>
    public static readonly string[] EvalFormats = ["table", "json"];

    public Argument<string[]> Paths { get; } = new("paths")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "files, directories (their *.txt files, any case), or - for standard input",
    };

    public Option<string[]> JsonlInputs { get; } = new("--jsonl-input")
    {
        HelpName = "FILE",
        Description = "read documents as JSON lines {\"id\",\"text\",\"date\"?} (repeatable)",
    };

    public Option<DateOnly?> Date { get; } = new("--date", "-d")
    {
        HelpName = "YYYY-MM-DD",
        Description = "publication date, to resolve times such as \"on Thursday\"",
        CustomParser = ParseDate,
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        HelpName = "FILE|DIR",
        Description = "write to FILE instead of standard output (html, brat: a directory)",
    };

    public Option<bool> Recursive { get; } = new("--recursive", "-r")
    {
        Description = "also read the *.txt files of subdirectories (symbolic links to directories are not followed)",
    };

    /// <summary><c>--granularity quote|act</c> of <c>extract</c> and <c>eval</c>: one statement per quote (the default) or per attribution act.</summary>
    public Option<AttributionGranularity> Granularity { get; } = new("--granularity")
    {
        HelpName = "quote|act",
        Description = "quote: one statement per quote or reported clause (the default); act: one per attribution act (PARC 3.0 / PolNeAR spans)",
        DefaultValueFactory = _ => AttributionGranularity.Quote,
        CustomParser = ParseGranularity,
    };

    public Option<string> ExtractFormat { get; } = Format("extract", ExtractFormats,
        "jsonl: one JSON object per document; table; html: one page per document; brat: DIR/<id>.txt + .ann");

    public Option<string> JsonOnlyFormat { get; } = Format("tokens/sentences", JsonOnlyFormats, "jsonl: one JSON object per document");

    public Argument<string[]> Gold { get; } = new("gold")
    {
        Arity = ArgumentArity.ZeroOrMore,
        HelpName = "gold",
        Description = "a JSONL file (the GUM format), a .json file with one document, or a brat folder (name.txt + name.ann)",
    };

    public Option<bool> SpeechOnly { get; } = new("--speech-only")
    {
        Description = "score only gold statements marked as speech (not beliefs)",
    };

    public Option<string> EvalFormat { get; } = Format("eval", EvalFormats, "the report: a table or one JSON object");

    public Option<int> Errors { get; } = new("--errors")
    {
        HelpName = "N",
        Description = "also print N misses, N false positives and N wrong speakers",
        CustomParser = ParseCount,
    };

    /// <summary>A <c>--format</c>/<c>-f</c> option that takes one of <paramref name="known"/> (the first is the default).</summary>
    private static Option<string> Format(string command, string[] known, string description)
    {
        var option = new Option<string>("--format", "-f")
        {
            HelpName = string.Join('|', known),
            Description = description,
            DefaultValueFactory = _ => known[0],
        };
        option.Validators.Add(result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (value is not null && Array.IndexOf(known, value) < 0)
            {
                result.AddError($"unknown format '{value}' for '{command}' (known: {string.Join(", ", known)}).");
            }
        });
        return option;
    }

    // System.CommandLine's own message for a bad DateOnly does not say which shape it wants.
    private static DateOnly? ParseDate(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"--date: expected YYYY-MM-DD, not '{text}'.");
        return null;
    }

    private static AttributionGranularity ParseGranularity(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        switch (text)
        {
            case "quote":
                return AttributionGranularity.Quote;
            case "act":
                return AttributionGranularity.Act;
            default:
                result.AddError($"--granularity: expected quote or act, not '{text}'.");
                return AttributionGranularity.Quote;
        }
    }

    private static int ParseCount(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            return count;
        }

        result.AddError($"--errors expects a count, not '{text}'.");
        return 0;
    }
}

using System.CommandLine;
using Attribution.Cli.CommandLine;

namespace Attribution.Cli;

/// <summary>The parsed command line of <c>attribution tokens|sentences|extract</c>.</summary>
internal sealed record CliOptions(
    string Command,
    IReadOnlyList<string> Paths,
    IReadOnlyList<string> JsonlInputs,
    string Format,
    DateOnly? Date,
    string? OutputPath,
    bool Recursive = false)
{
    public static readonly string[] DocumentCommands = CliCommandLine.DocumentCommands;

    /// <summary><c>--granularity quote|act</c> of <c>extract</c>: one statement per quote (the default) or per attribution act.</summary>
    public AttributionGranularity Granularity { get; init; } = AttributionGranularity.Quote;

    /// <summary>An extractor with these options' granularity.</summary>
    public AttributionExtractor CreateExtractor() => new AttributionPipelineBuilder().WithGranularity(Granularity).Build();

    /// <summary>Parses <paramref name="args"/> (after the command); throws <see cref="UsageException"/> with a readable message on misuse.</summary>
    public static CliOptions Parse(string command, IReadOnlyList<string> args) => CliCommandLine.ParseDocumentCommand(command, args);

    /// <summary>Reads the options of a parse without errors and checks what System.CommandLine cannot see.</summary>
    internal static CliOptions Bind(string command, ParseResult result, CliSymbols symbols)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(symbols);
        string[] paths = result.GetValue(symbols.Paths) ?? [];
        string[] jsonl = result.GetValue(symbols.JsonlInputs) ?? [];
        string format = result.GetValue(command == CliCommandLine.Extract ? symbols.ExtractFormat : symbols.JsonOnlyFormat)!;
        string? output = result.GetValue(symbols.Output);
        foreach (string path in paths)
        {
            if (LooksLikeOption(path))
            {
                throw new UsageException($"unknown option '{path}'.", command);
            }
        }

        if (paths.Length == 0 && jsonl.Length == 0)
        {
            throw new UsageException($"'{command}' needs at least one path, '-' for standard input, or --jsonl-input FILE.", command);
        }

        if (format == "html" && output is null && (paths.Length != 1 || jsonl.Length > 0 || Directory.Exists(paths[0])))
        {
            throw new UsageException("--format html writes one page per document: for more than one file, give --output DIR.", command);
        }

        if (format == "brat" && output is null)
        {
            throw new UsageException("--format brat writes <id>.txt and <id>.ann files: give --output DIR.", command);
        }

        var granularity = command == CliCommandLine.Extract ? result.GetValue(symbols.Granularity) : AttributionGranularity.Quote;
        return new CliOptions(command, paths, jsonl, format, result.GetValue(symbols.Date), output, result.GetValue(symbols.Recursive)) { Granularity = granularity };
    }

    /// <summary>
    /// System.CommandLine hands an unknown <c>--option</c> to the paths argument; a path that starts with '-'
    /// and names nothing on disk was meant as an option (a real file named <c>-x.txt</c> still reads).
    /// </summary>
    internal static bool LooksLikeOption(string arg) =>
        arg.Length > 1 && arg[0] == '-' && !File.Exists(arg) && !Directory.Exists(arg);
}

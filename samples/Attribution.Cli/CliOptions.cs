using System.Globalization;

namespace Attribution.Cli;

/// <summary>The parsed command line of <c>attribution tokens|sentences|extract</c>.</summary>
internal sealed record CliOptions(
    string Command,
    IReadOnlyList<string> Paths,
    IReadOnlyList<string> JsonlInputs,
    string Format,
    DateOnly? Date,
    string? OutputPath)
{
    /// <summary><c>--granularity quote|act</c> of <c>extract</c>: one statement per quote (the default) or per attribution act.</summary>
    public AttributionGranularity Granularity { get; init; } = AttributionGranularity.Quote;

    /// <summary>An extractor with these options' granularity.</summary>
    public AttributionExtractor CreateExtractor() => new AttributionPipelineBuilder().WithGranularity(Granularity).Build();

    /// <summary>Parses the value of <c>--granularity</c>: <c>quote</c> or <c>act</c>.</summary>
    public static AttributionGranularity ParseGranularity(string text) => text switch
    {
        "quote" => AttributionGranularity.Quote,
        "act" => AttributionGranularity.Act,
        _ => throw new UsageException($"--granularity expects quote or act, not '{text}'."),
    };

    public static readonly string[] DocumentCommands = ["tokens", "sentences", "extract"];

    /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> with a readable message on misuse.</summary>
    public static CliOptions Parse(string command, IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        var jsonl = new List<string>();
        string format = "jsonl";
        DateOnly? date = null;
        string? output = null;
        var granularity = AttributionGranularity.Quote;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--format":
                    format = Value(args, ref i, arg);
                    break;
                case "--jsonl-input":
                    jsonl.Add(Value(args, ref i, arg));
                    break;
                case "--date":
                    string text = Value(args, ref i, arg);
                    if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    {
                        throw new UsageException($"--date expects YYYY-MM-DD, not '{text}'.");
                    }

                    date = parsed;
                    break;
                case "--granularity" when command == "extract":
                    granularity = ParseGranularity(Value(args, ref i, arg));
                    break;
                case "--output" or "-o":
                    output = Value(args, ref i, arg);
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new UsageException($"unknown option '{arg}'.");
                    }

                    paths.Add(arg);
                    break;
            }
        }

        if (paths.Count == 0 && jsonl.Count == 0)
        {
            throw new UsageException($"'{command}' needs at least one path, '-' for standard input, or --jsonl-input FILE.");
        }

        string[] formats = command == "extract" ? ["jsonl", "html", "table"] : ["jsonl"];
        if (Array.IndexOf(formats, format) < 0)
        {
            throw new UsageException($"unknown format '{format}' for '{command}' (known: {string.Join(", ", formats)}).");
        }

        if (format == "html" && output is null && (paths.Count != 1 || jsonl.Count > 0 || Directory.Exists(paths[0])))
        {
            throw new UsageException("--format html writes one page per document: for more than one file, give --output DIR.");
        }

        return new CliOptions(command, paths, jsonl, format, date, output) { Granularity = granularity };
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string option)
    {
        if (i + 1 >= args.Count)
        {
            throw new UsageException($"{option} needs a value.");
        }

        return args[++i];
    }
}

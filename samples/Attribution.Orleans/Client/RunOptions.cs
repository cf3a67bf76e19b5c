using System.Globalization;
using System.Net;

namespace Attribution.OrleansSample.Client;

/// <summary>The parsed command line of <c>run</c>.</summary>
internal sealed record RunOptions(
    IReadOnlyList<IPEndPoint> Gateways,
    IReadOnlyList<string> JsonlInputs,
    string? OutputPath,
    DateOnly? Date,
    BatchSettings Batches,
    string ClusterId,
    bool Verbose)
{
    /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> with a readable message on misuse.</summary>
    public static RunOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var gateways = new List<IPEndPoint>();
        var jsonl = new List<string>();
        string? output = null;
        DateOnly? date = null;
        int? batch = null;
        int? inFlight = null;
        string clusterId = ClusterNames.DefaultClusterId;
        bool verbose = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--gateway":
                    foreach (string endpoint in Value(args, ref i, arg).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        gateways.Add(Endpoints.Parse(endpoint, arg));
                    }

                    break;
                case "--jsonl-input":
                    jsonl.Add(Value(args, ref i, arg));
                    break;
                case "--output" or "-o":
                    output = Value(args, ref i, arg);
                    break;
                case "--date":
                    string text = Value(args, ref i, arg);
                    date = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                        ? parsed
                        : throw new UsageException($"--date expects YYYY-MM-DD, not '{text}'.");
                    break;
                case "--batch":
                    batch = Positive(Value(args, ref i, arg), arg);
                    break;
                case "--in-flight":
                    inFlight = Positive(Value(args, ref i, arg), arg);
                    break;
                case "--cluster-id":
                    clusterId = Value(args, ref i, arg);
                    break;
                case "--verbose":
                    verbose = true;
                    break;
                default:
                    throw new UsageException($"unknown option '{arg}' for 'run'.");
            }
        }

        if (gateways.Count == 0)
        {
            throw new UsageException("'run' needs --gateway HOST:PORT[,HOST:PORT...].");
        }

        if (jsonl.Count == 0)
        {
            throw new UsageException("'run' needs --jsonl-input FILE ('-' for standard input).");
        }

        return new RunOptions(gateways, jsonl, output, date, BatchSettings.For(gateways.Count, batch, inFlight), clusterId, verbose);
    }

    private static int Positive(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : throw new UsageException($"{option} expects a positive number, not '{text}'.");

    private static string Value(IReadOnlyList<string> args, ref int i, string option) =>
        i + 1 < args.Count ? args[++i] : throw new UsageException($"{option} needs a value.");
}

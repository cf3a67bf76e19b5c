using System.Globalization;
using Attribution.Evaluation;
using Attribution.Evaluation.Gold;
using Attribution.Evaluation.Reporting;
using Attribution.Evaluation.Scoring;

namespace Attribution.Cli.Commands;

/// <summary>
/// <c>attribution eval &lt;gold&gt; [--speech-only] [--granularity quote|act] [--format table|json] [--errors N]</c>: runs the extractor
/// over every gold document and prints how close it comes. Exit codes: 0 done, 1 usage, 2 unreadable gold.
/// </summary>
internal static class EvalCommand
{
    public static int Run(IReadOnlyList<string> args, Stream standardOutput, TextWriter standardError)
    {
        ArgumentNullException.ThrowIfNull(standardOutput);
        ArgumentNullException.ThrowIfNull(standardError);
        var options = EvalOptions.Parse(args);
        EvaluationReport report;
        try
        {
            var gold = GoldReader.Read(options.GoldPath);
            var extractor = new AttributionPipelineBuilder().WithGranularity(options.Granularity).Build();
            report = Evaluator.Evaluate(extractor, gold, options.GoldPath, options.SpeechOnly);
        }
        catch (GoldFormatException e)
        {
            standardError.WriteLine($"attribution: {e.Message}");
            return ExitCodes.SomeInputFailed;
        }

        if (options.Format == "json")
        {
            JsonReport.Write(standardOutput, report, options.Errors);
            standardOutput.WriteByte((byte)'\n');
        }
        else
        {
            using var writer = new StreamWriter(standardOutput, leaveOpen: true);
            TableReport.Write(writer, report, options.Errors);
        }

        standardOutput.Flush();
        return ExitCodes.Success;
    }

    /// <summary>The parsed arguments of <c>eval</c>.</summary>
    internal sealed record EvalOptions(string GoldPath, bool SpeechOnly, string Format, int Errors)
    {
        /// <summary><c>--granularity quote|act</c>: the granularity of the extractor scored.</summary>
        public AttributionGranularity Granularity { get; init; } = AttributionGranularity.Quote;

        public static EvalOptions Parse(IReadOnlyList<string> args)
        {
            string? gold = null;
            bool speechOnly = false;
            string format = "table";
            int errors = 0;
            var granularity = AttributionGranularity.Quote;
            for (int i = 0; i < args.Count; i++)
            {
                string arg = args[i];
                switch (arg)
                {
                    case "--speech-only":
                        speechOnly = true;
                        break;
                    case "--granularity":
                        granularity = CliOptions.ParseGranularity(Value(args, ref i, arg));
                        break;
                    case "--format":
                        format = Value(args, ref i, arg);
                        if (format is not ("table" or "json"))
                        {
                            throw new UsageException($"unknown format '{format}' for 'eval' (known: table, json).");
                        }

                        break;
                    case "--errors":
                        string count = Value(args, ref i, arg);
                        if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out errors))
                        {
                            throw new UsageException($"--errors expects a count, not '{count}'.");
                        }

                        break;
                    default:
                        if (arg.StartsWith("--", StringComparison.Ordinal))
                        {
                            throw new UsageException($"unknown option '{arg}' for 'eval'.");
                        }

                        if (gold is not null)
                        {
                            throw new UsageException("'eval' takes one gold path (a .jsonl file, a .json file or a brat folder).");
                        }

                        gold = arg;
                        break;
                }
            }

            return gold is null
                ? throw new UsageException("'eval' needs a gold path (a .jsonl file, a .json file or a brat folder).")
                : new EvalOptions(gold, speechOnly, format, errors) { Granularity = granularity };
        }

        private static string Value(IReadOnlyList<string> args, ref int i, string option) =>
            i + 1 < args.Count ? args[++i] : throw new UsageException($"{option} needs a value.");
    }
}

using System.CommandLine;
using Attribution.Cli.CommandLine;
using Attribution.Evaluation;
using Attribution.Evaluation.Gold;
using Attribution.Evaluation.Reporting;
using Attribution.Evaluation.Scoring;

namespace Attribution.Cli.Commands;

/// <summary>
/// <c>attribution eval &lt;gold&gt; [--speech-only] [--granularity quote|act] [--format table|json] [--errors N]</c>: runs the extractor
/// over every gold document and prints how close it comes. Exit codes: 0 done, 1 unreadable gold, 2 usage.
/// </summary>
internal static class EvalCommand
{
    /// <summary>Parses <paramref name="args"/> (after <c>eval</c>) and runs; throws <see cref="UsageException"/> on misuse.</summary>
    public static int Run(IReadOnlyList<string> args, Stream standardOutput, TextWriter standardError) =>
        Run(CliCommandLine.ParseEvalCommand(args), standardOutput, standardError);

    public static int Run(EvalOptions options, Stream standardOutput, TextWriter standardError)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(standardOutput);
        ArgumentNullException.ThrowIfNull(standardError);
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

        /// <summary>Reads the options of a parse without errors and checks what System.CommandLine cannot see.</summary>
        internal static EvalOptions Bind(ParseResult result, CliSymbols symbols)
        {
            ArgumentNullException.ThrowIfNull(result);
            ArgumentNullException.ThrowIfNull(symbols);
            string[] gold = result.GetValue(symbols.Gold) ?? [];
            foreach (string path in gold)
            {
                if (CliOptions.LooksLikeOption(path))
                {
                    throw new UsageException($"unknown option '{path}' for 'eval'.", CliCommandLine.Eval);
                }
            }

            return gold.Length switch
            {
                0 => throw new UsageException("'eval' needs a gold path (a .jsonl file, a .json file or a brat folder).", CliCommandLine.Eval),
                > 1 => throw new UsageException("'eval' takes one gold path (a .jsonl file, a .json file or a brat folder).", CliCommandLine.Eval),
                _ => new EvalOptions(gold[0], result.GetValue(symbols.SpeechOnly), result.GetValue(symbols.EvalFormat)!, result.GetValue(symbols.Errors))
                {
                    Granularity = result.GetValue(symbols.Granularity),
                },
            };
        }
    }
}

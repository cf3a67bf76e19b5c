using System.CommandLine;
using System.CommandLine.Help;
using Attribution.Cli.Commands;

namespace Attribution.Cli.CommandLine;

/// <summary>
/// The <c>attribution</c> command line on System.CommandLine: the command tree, help (<c>--help</c> per
/// command), <c>--version</c>, <c>--opt=value</c>, short options and <c>@file.rsp</c> response files. Misuse
/// prints <c>attribution: message</c> lines and a pointer to the command's help on standard error, and exits
/// with <see cref="ExitCodes.Usage"/> (System.CommandLine's own parse-error action would exit with 1, which
/// here means "some input failed").
/// </summary>
internal static class CliCommandLine
{
    public const string Extract = "extract";
    public const string Sentences = "sentences";
    public const string Tokens = "tokens";
    public const string Eval = "eval";

    /// <summary>The commands that read documents (everything but <c>eval</c>).</summary>
    public static readonly string[] DocumentCommands = [Tokens, Sentences, Extract];

    /// <summary>Parses and runs one command line; returns the process exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextReader standardInput, Stream standardOutput, TextWriter standardOutputText, TextWriter standardError)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(standardError);
        var symbols = new CliSymbols();
        var root = Build(symbols, standardInput, standardOutput, standardOutputText, standardError);
        var invocation = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
            Output = standardOutputText,
            Error = standardError,
        };
        if (args.Count == 0)
        {
            // Nothing asked: the overview, on standard output, and a usage exit code.
            root.Parse(["--help"]).Invoke(invocation);
            return ExitCodes.Usage;
        }

        try
        {
            var result = root.Parse(WithHelpWord(args));
            if (result.Errors.Count > 0)
            {
                throw new UsageException(string.Join(Environment.NewLine + "attribution: ", result.Errors.Select(e => e.Message).Distinct()), CommandName(result));
            }

            return result.Invoke(invocation);
        }
        catch (UsageException e)
        {
            standardError.WriteLine($"attribution: {e.Message}");
            standardError.WriteLine(e.Command is null ? "Try 'attribution --help'." : $"Try 'attribution {e.Command} --help'.");
            return ExitCodes.Usage;
        }
    }

    /// <summary>Parses <c>tokens|sentences|extract</c> arguments; throws <see cref="UsageException"/> on misuse.</summary>
    public static CliOptions ParseDocumentCommand(string command, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (Array.IndexOf(DocumentCommands, command) < 0)
        {
            throw new UsageException($"unknown command '{command}'.", null);
        }

        var symbols = new CliSymbols();
        var result = Build(symbols, TextReader.Null, Stream.Null, TextWriter.Null, TextWriter.Null).Parse([command, .. args]);
        ThrowOnErrors(result);
        return CliOptions.Bind(command, result, symbols);
    }

    /// <summary>Parses <c>eval</c> arguments; throws <see cref="UsageException"/> on misuse.</summary>
    public static EvalCommand.EvalOptions ParseEvalCommand(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var symbols = new CliSymbols();
        var result = Build(symbols, TextReader.Null, Stream.Null, TextWriter.Null, TextWriter.Null).Parse([Eval, .. args]);
        ThrowOnErrors(result);
        return EvalCommand.EvalOptions.Bind(result, symbols);
    }

    private static RootCommand Build(CliSymbols s, TextReader standardInput, Stream standardOutput, TextWriter standardOutputText, TextWriter standardError)
    {
        var extract = new Command(Extract, "statements: who said what, to whom, and when")
        {
            s.Paths, s.JsonlInputs, s.Recursive, s.Date, s.ExtractFormat, s.Granularity, s.Output,
        };
        var sentences = new Command(Sentences, "sentences and paragraphs with their offsets")
        {
            s.Paths, s.JsonlInputs, s.Recursive, s.Date, s.JsonOnlyFormat, s.Output,
        };
        var tokens = new Command(Tokens, "tokens with their offsets and kinds")
        {
            s.Paths, s.JsonlInputs, s.Recursive, s.Date, s.JsonOnlyFormat, s.Output,
        };
        var eval = new Command(Eval, "accuracy against annotated gold (JSONL, one .json document, or a brat folder)")
        {
            s.Gold, s.SpeechOnly, s.Granularity, s.EvalFormat, s.Errors,
        };

        foreach (var command in new[] { extract, sentences, tokens })
        {
            string name = command.Name;
            command.SetAction(result => DocumentCommand.Run(CliOptions.Bind(name, result, s), standardInput, standardOutputText, standardError));
        }

        eval.SetAction(result => EvalCommand.Run(EvalCommand.EvalOptions.Bind(result, s), standardOutput, standardError));

        return new RootCommand("Who said what, to whom, and when, in English news text.")
        {
            extract, sentences, tokens, eval,
        };
    }

    private static void ThrowOnErrors(ParseResult result)
    {
        if (result.Errors.Count > 0)
        {
            throw new UsageException(result.Errors[0].Message, CommandName(result));
        }
    }

    /// <summary><c>help</c> and <c>help CMD</c> ask for <c>--help</c> and <c>CMD --help</c>; anything else is passed on.</summary>
    private static IReadOnlyList<string> WithHelpWord(IReadOnlyList<string> args)
    {
        if (args[0] == "help")
        {
            return [.. args.Skip(1), "--help"];
        }

        // An unknown first word is an unknown command, not System.CommandLine's three messages about it.
        string first = args[0];
        if (first.Length > 0 && first[0] is not ('-' or '@') && Array.IndexOf(DocumentCommands, first) < 0 && first != Eval)
        {
            throw new UsageException($"unknown command '{first}'.", null);
        }

        return args;
    }

    private static string? CommandName(ParseResult result) =>
        result.CommandResult.Command is RootCommand ? null : result.CommandResult.Command.Name;
}

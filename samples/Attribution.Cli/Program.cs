using Attribution.Cli;
using Attribution.Cli.Commands;

const string Usage = """
    usage: attribution <command> [options] <paths...>

    commands:
      extract     statements: who said what, to whom, and when
      sentences   sentences and paragraphs with their offsets
      tokens      tokens with their offsets and kinds
      eval        accuracy against annotated gold (see 'eval' below)

    paths: files, directories (their *.txt files), or - for standard input
    options:
      --jsonl-input FILE   read documents as JSON lines {"id","text","date"?}
      --date YYYY-MM-DD    publication date, to resolve times such as "on Thursday"
      --format FORMAT      jsonl (one JSON object per document, the default);
                           extract also: html (one self-contained page per document), table
      --output FILE, -o    write to FILE instead of standard output (html: a directory, DIR/<id>.html)
      --granularity G      extract: quote (one statement per quote, the default) or act (one per
                           attribution act, PARC 3.0 / PolNeAR spans)

    eval: attribution eval <gold> [--speech-only] [--granularity quote|act] [--format table|json] [--errors N]
      gold                 a JSONL file (the GUM format), a .json file with one document,
                           or a brat folder (name.txt + name.ann with Source, Cue, Content)
      --speech-only        score only gold statements marked as speech (not beliefs)
      --granularity G      score the extractor in quote (default) or act granularity
      --format table|json  output format (default table)
      --errors N           also print N misses, N false positives and N wrong speakers
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.Out.WriteLine(Usage);
    return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
}

try
{
    string command = args[0];
    if (command == "eval")
    {
        return EvalCommand.Run(args[1..], Console.OpenStandardOutput(), Console.Error);
    }

    if (Array.IndexOf(CliOptions.DocumentCommands, command) < 0)
    {
        throw new UsageException($"unknown command '{command}'.");
    }

    var options = CliOptions.Parse(command, args[1..]);
    // Strict UTF-8, so invalid bytes on standard input are reported like those of a file, not replaced.
    using var standardInput = new StreamReader(Console.OpenStandardInput(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
    return DocumentCommand.Run(options, standardInput, Console.Out, Console.Error);
}
catch (UsageException e)
{
    Console.Error.WriteLine($"attribution: {e.Message}");
    Console.Error.WriteLine(Usage);
    return ExitCodes.Usage;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // The output cannot be written (-o into a missing folder, a closed pipe): one clear line, no stack trace.
    Console.Error.WriteLine($"attribution: cannot write the output: {e.Message}");
    return ExitCodes.SomeInputFailed;
}

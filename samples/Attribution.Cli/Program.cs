using Attribution.Cli;
using Attribution.Cli.CommandLine;

try
{
    // Strict UTF-8, so invalid bytes on standard input are reported like those of a file, not replaced.
    using var standardInput = new StreamReader(Console.OpenStandardInput(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
    return CliCommandLine.Run(args, standardInput, Console.OpenStandardOutput(), Console.Out, Console.Error);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // The output cannot be written (-o into a missing folder, a closed pipe): one clear line, no stack trace.
    Console.Error.WriteLine($"attribution: cannot write the output: {e.Message}");
    return ExitCodes.SomeInputFailed;
}

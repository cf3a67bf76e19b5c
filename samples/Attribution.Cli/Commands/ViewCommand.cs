using System.Text;
using Attribution.Cli.Input;
using Attribution.Cli.Output;

namespace Attribution.Cli.Commands;

/// <summary>
/// Runs <c>extract</c> with a format for people: <c>html</c> (one self-contained page per document, to standard
/// output for one document or to <c>--output DIR/&lt;id&gt;.html</c>) or <c>table</c> (to standard output or
/// <c>--output FILE</c>). Like the JSONL path, a failing document is reported and the others still go through.
/// </summary>
internal static class ViewCommand
{
    public const string Html = "html";
    public const string Table = "table";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Run(CliOptions options, TextReader standardInput, TextWriter standardOutput, TextWriter standardError, bool outputIsTerminal)
    {
        ArgumentNullException.ThrowIfNull(options);
        var extractor = AttributionExtractor.CreateDefault();
        return options.Format == Html
            ? RunHtml(options, extractor, standardInput, standardOutput, standardError)
            : RunTable(options, extractor, standardInput, standardOutput, standardError, outputIsTerminal);
    }

    private static int RunHtml(CliOptions options, AttributionExtractor extractor, TextReader standardInput, TextWriter standardOutput, TextWriter standardError)
    {
        var names = new PageFileNames(".html");
        if (options.OutputPath is not null)
        {
            Directory.CreateDirectory(options.OutputPath);
        }

        bool anyFailed = false;
        int written = 0;
        using var progress = BatchProgress.Start(options, () => DocumentCount.Estimate(options.Paths, options.JsonlInputs));
        foreach (var item in DocumentReader.Read(options.Paths, options.JsonlInputs, standardInput))
        {
            progress.Advance();
            if (item.Error is { } error)
            {
                standardError.WriteLine($"attribution: {error}");
                anyFailed = true;
                continue;
            }

            var document = item.Document!;
            if (options.OutputPath is null && written > 0)
            {
                standardError.WriteLine($"attribution: {document.Source}: standard output holds one HTML page; give --output DIR for several documents.");
                anyFailed = true;
                continue;
            }

            try
            {
                var result = extractor.Extract(document.Text, document.Date ?? options.Date);
                if (options.OutputPath is null)
                {
                    HtmlRenderer.Write(standardOutput, document.Id, document.Source, result);
                    standardOutput.Flush();
                }
                else
                {
                    string path = Path.Combine(options.OutputPath, names.Next(document.Id));
                    using var file = new StreamWriter(path, append: false, Utf8);
                    HtmlRenderer.Write(file, document.Id, document.Source, result);
                }

                written++;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                standardError.WriteLine($"attribution: {document.Source}: {e.Message}");
                anyFailed = true;
            }
        }

        return anyFailed ? ExitCodes.SomeInputFailed : ExitCodes.Success;
    }

    private static int RunTable(CliOptions options, AttributionExtractor extractor, TextReader standardInput, TextWriter standardOutput, TextWriter standardError, bool outputIsTerminal)
    {
        using var file = options.OutputPath is null ? null : new StreamWriter(options.OutputPath, append: false, Utf8);
        var console = TableRenderer.CreateConsole(file ?? standardOutput, file is null && outputIsTerminal);
        bool anyFailed = false;
        using var progress = BatchProgress.Start(options, () => DocumentCount.Estimate(options.Paths, options.JsonlInputs));
        foreach (var item in DocumentReader.Read(options.Paths, options.JsonlInputs, standardInput))
        {
            progress.Advance();
            if (item.Error is { } error)
            {
                standardError.WriteLine($"attribution: {error}");
                anyFailed = true;
                continue;
            }

            var document = item.Document!;
            try
            {
                var result = extractor.Extract(document.Text, document.Date ?? options.Date);
                TableRenderer.Write(console, document.Id, document.Source, result);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                standardError.WriteLine($"attribution: {document.Source}: {e.Message}");
                anyFailed = true;
            }
        }

        return anyFailed ? ExitCodes.SomeInputFailed : ExitCodes.Success;
    }
}

using System.Text;
using Attribution.Cli.Input;
using Attribution.Cli.Output;

namespace Attribution.Cli.Commands;

/// <summary>
/// Runs <c>extract</c> with a format other than JSON lines: <c>brat</c> (standoff files for brat and INCEpTION, into
/// <c>--output DIR</c>), <c>html</c> (one self-contained page per document, to standard
/// output for one document or to <c>--output DIR/&lt;id&gt;.html</c>) or <c>table</c> (to standard output or
/// <c>--output FILE</c>). Documents are extracted on every core and shown in input order; like the JSONL path,
/// a failing document is reported and the others still go through.
/// </summary>
internal static class ViewCommand
{
    public const string Html = "html";
    public const string Table = "table";
    public const string Brat = "brat";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static int Run(CliOptions options, TextReader standardInput, TextWriter standardOutput, TextWriter standardError, bool outputIsTerminal)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(standardOutput);
        ArgumentNullException.ThrowIfNull(standardError);
        if (options.Format == Html)
        {
            var names = new PageFileNames(".html");
            if (options.OutputPath is not null)
            {
                Directory.CreateDirectory(options.OutputPath);
            }

            int pages = 0;
            return RenderAll(options, standardInput, standardError, (input, result) =>
            {
                if (options.OutputPath is not null)
                {
                    using var file = new StreamWriter(Path.Combine(options.OutputPath, names.Next(input.Id)), append: false, Utf8);
                    HtmlRenderer.Write(file, input.Id, input.Source, result);
                    return null;
                }

                if (pages++ > 0)
                {
                    return "standard output holds one HTML page; give --output DIR for several documents.";
                }

                HtmlRenderer.Write(standardOutput, input.Id, input.Source, result);
                standardOutput.Flush();
                return null;
            });
        }

        if (options.Format == Brat)
        {
            return WriteBrat(options, standardInput, standardError);
        }

        using var tableFile = options.OutputPath is null ? null : new StreamWriter(options.OutputPath, append: false, Utf8);
        var console = TableRenderer.CreateConsole(tableFile ?? standardOutput, tableFile is null && outputIsTerminal);
        return RenderAll(options, standardInput, standardError, (input, result) =>
        {
            TableRenderer.Write(console, input.Id, input.Source, result);
            return null;
        });
    }

    /// <summary>
    /// Writes <c>DIR/&lt;id&gt;.txt</c> (the text, UTF-8) and <c>DIR/&lt;id&gt;.ann</c> (<see cref="BratWriter"/>) per
    /// document, and the <c>annotation.conf</c> brat needs to show them, into <c>--output DIR</c>.
    /// </summary>
    private static int WriteBrat(CliOptions options, TextReader standardInput, TextWriter standardError)
    {
        string directory = options.OutputPath ?? throw new UsageException("--format brat needs --output DIR.", options.Command);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, BratWriter.ConfigurationFileName), BratWriter.Configuration, Utf8);
        var names = new PageFileNames(string.Empty);
        return RenderAll(options, standardInput, standardError, (input, result) =>
        {
            string stem = Path.Combine(directory, names.Next(input.Id));
            try
            {
                File.WriteAllText(stem + ".txt", input.Text, StrictUtf8);
            }
            catch (EncoderFallbackException)
            {
                return "the text holds a lone surrogate, which a UTF-8 .txt file cannot hold";
            }

            using var annotations = new StreamWriter(stem + ".ann", append: false, Utf8);
            BratWriter.WriteAnnotations(annotations, input.Text, result);
            return null;
        });
    }

    /// <summary>Extracts every input document and hands each result to <paramref name="render"/>, which returns an error or null.</summary>
    private static int RenderAll(CliOptions options, TextReader standardInput, TextWriter standardError, Func<InputDocument, AttributionResult, string?> render)
    {
        using var progress = BatchProgress.Start(options, () => DocumentCount.Estimate(options.Paths, options.JsonlInputs, options.Recursive));
        var items = DocumentReader.Read(options.Paths, options.JsonlInputs, standardInput, options.Recursive);
        bool anyFailed = OrderedExtraction.Run(options, items, progress, standardError, (input, outcome) =>
        {
            try
            {
                return outcome.Succeeded ? render(input, outcome.Result) : outcome.Error.Message;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return e.Message;
            }
        });
        return anyFailed ? ExitCodes.SomeInputFailed : ExitCodes.Success;
    }
}

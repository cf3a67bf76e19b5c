using System.Text.Json;
using Attribution.Cli.Output;
using Attribution.Samples.Input;
using Attribution.Samples.Progress;
using Attribution.Serialization;

namespace Attribution.Cli.Commands;

/// <summary>
/// Runs <c>tokens</c>, <c>sentences</c> or <c>extract</c> over every input document and writes one JSON line
/// per document, flushed as soon as it is written so an interrupted batch keeps what it finished.
/// </summary>
internal static class DocumentCommand
{
    public static int Run(CliOptions options, TextReader standardInput, TextWriter standardOutput, TextWriter standardError)
    {
        if (options.Format != "jsonl")
        {
            return ViewCommand.Run(options, standardInput, standardOutput, standardError, outputIsTerminal: !Console.IsOutputRedirected);
        }

        using var progress = BatchProgress.Start(options.OutputPath, () => DocumentCount.Estimate(options.Paths, options.JsonlInputs, options.Recursive));
        Stream output = options.OutputPath is null ? Console.OpenStandardOutput() : File.Create(options.OutputPath);
        bool anyFailed = false;
        using (output)
        {
            var items = DocumentReader.Read(options.Paths, options.JsonlInputs, standardInput, options.Recursive);
            if (options.Command == "extract")
            {
                return ExtractAll(options, items, output, standardError, progress);
            }

            var extractor = options.CreateExtractor();

            foreach (var item in items)
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
                    using (var writer = new Utf8JsonWriter(output, AttributionJson.WriterOptions))
                    {
                        WriteDocument(writer, options, extractor, document);
                    }

                    output.WriteByte((byte)'\n');
                    output.Flush();
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException)
                {
                    standardError.WriteLine($"attribution: {document.Source}: {e.Message}");
                    anyFailed = true;
                }
            }
        }

        _ = standardOutput;
        return anyFailed ? ExitCodes.SomeInputFailed : ExitCodes.Success;
    }

    /// <summary>
    /// Extracts on every core, each worker writing its documents' JSON, and writes each document as soon as it and
    /// all before it are done; input errors are reported at their place in the input order.
    /// </summary>
    private static int ExtractAll(CliOptions options, IEnumerable<InputItem> items, Stream output, TextWriter standardError, BatchProgress progress)
    {
        bool anyFailed = ParallelJsonlExtraction.Run(options, items, output, progress, standardError);
        return anyFailed ? ExitCodes.SomeInputFailed : ExitCodes.Success;
    }

    private static void WriteDocument(Utf8JsonWriter writer, CliOptions options, AttributionExtractor extractor, InputDocument document)
    {
        switch (options.Command)
        {
            case "tokens":
                DocumentJsonWriter.WriteTokens(writer, document.Id, document.Text, extractor.Tokenize(document.Text));
                break;
            case "sentences":
                DocumentJsonWriter.WriteSentences(writer, document.Id, document.Text, extractor.Segment(document.Text));
                break;
            default:
                var result = extractor.Extract(document.Text, document.Date ?? options.Date);
                AttributionJson.WriteDocument(writer, document.Id, document.Source, result);
                break;
        }
    }
}

using System.Collections.Concurrent;
using Attribution.Samples.Input;
using Attribution.Samples.Progress;

namespace Attribution.Cli.Commands;

/// <summary>
/// The batch loop every extracting output shares: documents go through <see cref="AttributionExtractor.ExtractMany"/>
/// on every core, each outcome is handed on in input order as soon as it and all before it are done, and
/// input errors are reported on standard error at their place among the documents.
/// </summary>
internal static class OrderedExtraction
{
    /// <summary>Runs the batch; <paramref name="handle"/> returns a problem to report for a document, or null.</summary>
    /// <returns>Whether any input or document failed.</returns>
    public static bool Run(
        CliOptions options,
        IEnumerable<InputItem> items,
        BatchProgress progress,
        TextWriter standardError,
        Func<InputDocument, AttributionDocumentResult, string?> handle)
    {
        var extractor = options.CreateExtractor();

        // The batch reads `items` on its own thread; these queues carry what the results do not, in input order.
        var inputs = new ConcurrentQueue<InputDocument>();
        var errors = new ConcurrentQueue<(long DocumentsBefore, InputError Error)>();
        IEnumerable<AttributionDocument> Documents()
        {
            long count = 0;
            foreach (var item in items)
            {
                if (item.Error is { } error)
                {
                    progress.Advance();
                    errors.Enqueue((count, error));
                    continue;
                }

                var input = item.Document!;
                inputs.Enqueue(input);
                count++;
                yield return new AttributionDocument(input.Id, input.Text, input.Date ?? options.Date);
            }
        }

        bool anyFailed = false;
        long handled = 0;
        foreach (var outcome in extractor.ExtractMany(Documents()))
        {
            progress.Advance();
            anyFailed |= ReportErrors(errors, upTo: handled, standardError);
            inputs.TryDequeue(out var input);
            handled++;
            if (handle(input!, outcome) is { } problem)
            {
                standardError.WriteLine($"attribution: {input!.Source}: {problem}");
                anyFailed = true;
            }
        }

        anyFailed |= ReportErrors(errors, upTo: long.MaxValue, standardError);
        return anyFailed;
    }

    private static bool ReportErrors(ConcurrentQueue<(long DocumentsBefore, InputError Error)> errors, long upTo, TextWriter standardError)
    {
        bool any = false;
        while (errors.TryPeek(out var pending) && pending.DocumentsBefore <= upTo && errors.TryDequeue(out _))
        {
            standardError.WriteLine($"attribution: {pending.Error}");
            any = true;
        }

        return any;
    }
}

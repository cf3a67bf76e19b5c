using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Attribution.OrleansSample.Grains;
using Attribution.Samples.Input;
using Attribution.Samples.Progress;
using Orleans;

namespace Attribution.OrleansSample.Client;

/// <summary>
/// Streams documents through the cluster and writes one result line per document in input order: the input is
/// cut into batches, at most <see cref="BatchSettings.BatchesInFlight"/> of them are out at once, and the oldest
/// is written as soon as it is back. A batch whose call fails (its silo died, a gateway was lost, a timeout) is
/// sent again, to another silo when one is left; only the first answer for a batch is written, so no document is
/// lost or written twice. Input errors are reported on standard error at their place in the order, like
/// <c>attribution extract</c>.
/// </summary>
internal sealed class OrderedClusterExtraction(IGrainFactory grains, GatewayLossSignal gatewayLoss, BatchSettings settings)
{
    /// <summary>
    /// Distinct grain ids the batches are spread over. The client routes each grain id to one gateway (its
    /// stateless-worker activations then run on that silo), so many ids spread the batches over the gateways;
    /// a bounded number keeps each silo's activations few.
    /// </summary>
    private const int GrainKeys = 256;

    /// <summary>A step between grain ids of successive attempts, prime to <see cref="GrainKeys"/>, so a retry goes another way.</summary>
    private const int RetryKeyStep = 101;

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    private readonly IGrainFactory _grains = grains ?? throw new ArgumentNullException(nameof(grains));
    private readonly GatewayLossSignal _gatewayLoss = gatewayLoss ?? throw new ArgumentNullException(nameof(gatewayLoss));
    private readonly BatchSettings _settings = settings ?? throw new ArgumentNullException(nameof(settings));
    private readonly ConcurrentDictionary<string, int> _batchesBySilo = new(StringComparer.Ordinal);
    private int _retries;

    /// <summary>Batches sent again after a failed or cancelled attempt.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>How many batches each silo answered (by the silo's runtime identity).</summary>
    public IReadOnlyDictionary<string, int> BatchesBySilo => _batchesBySilo;

    /// <summary>Runs the whole input.</summary>
    /// <param name="items">Documents and input errors in input order (read lazily, never all at once).</param>
    /// <param name="defaultDate">The publication date of documents whose input line gives none (<c>--date</c>).</param>
    /// <param name="output">Where the result lines go (UTF-8, one JSON object and <c>\n</c> per document).</param>
    /// <param name="standardError">Where input errors and failed documents are reported.</param>
    /// <param name="progress">Advanced once per document or input error.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>Whether every input was a document that got a result.</returns>
    public async Task<bool> RunAsync(IEnumerable<InputItem> items, DateOnly? defaultDate, Stream output, TextWriter standardError, BatchProgress progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(standardError);
        ArgumentNullException.ThrowIfNull(progress);
        var inFlight = new Queue<(Batch Batch, Task<IReadOnlyList<DocumentOutcome>> Outcomes)>();
        bool allSucceeded = true;
        long sequence = 0;
        foreach (var batch in Batches(items, defaultDate))
        {
            if (inFlight.Count >= _settings.BatchesInFlight)
            {
                var (oldest, outcomes) = inFlight.Dequeue();
                allSucceeded &= Write(oldest, await outcomes.ConfigureAwait(false), output, standardError, progress);
            }

            inFlight.Enqueue((batch, batch.Documents.Count == 0 ? Task.FromResult<IReadOnlyList<DocumentOutcome>>([]) : ExtractAsync(sequence++, batch.Documents, cancellationToken)));
        }

        while (inFlight.Count > 0)
        {
            var (oldest, outcomes) = inFlight.Dequeue();
            allSucceeded &= Write(oldest, await outcomes.ConfigureAwait(false), output, standardError, progress);
        }

        return allSucceeded;
    }

    /// <summary>Cuts the input into batches of documents, each input error riding with the batch at its place.</summary>
    private IEnumerable<Batch> Batches(IEnumerable<InputItem> items, DateOnly? defaultDate)
    {
        var batch = new Batch();
        long chars = 0;
        foreach (var item in items)
        {
            batch.Items.Add(item);
            if (item.Document is { } document)
            {
                batch.Documents.Add(new DocumentToExtract(document.Id, document.Source, document.Text, document.Date ?? defaultDate));
                chars += document.Text.Length;
                if (batch.Documents.Count >= _settings.DocumentsPerBatch || chars >= BatchSettings.MaxBatchChars)
                {
                    yield return batch;
                    batch = new Batch();
                    chars = 0;
                }
            }
        }

        if (batch.Items.Count > 0)
        {
            yield return batch;
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Any failed call is retried; after the last attempt its documents are reported, never lost silently.")]
    private async Task<IReadOnlyList<DocumentOutcome>> ExtractAsync(long sequence, List<DocumentToExtract> documents, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            var lost = _gatewayLoss.Current;
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lost);
            var grain = _grains.GetGrain<IExtractionGrain>(((sequence + ((long)attempt * RetryKeyStep)) % GrainKeys) + 1);
            Exception failure;
            try
            {
                var answer = await grain.Extract(documents, linked.Token).ConfigureAwait(false);
                if (answer.Outcomes.Count == documents.Count)
                {
                    _batchesBySilo.AddOrUpdate(answer.Silo, 1, (_, count) => count + 1);
                    return answer.Outcomes;
                }

                failure = new InvalidOperationException($"the silo answered {answer.Outcomes.Count} outcomes for {documents.Count} documents");
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                failure = e;
            }

            if (attempt >= BatchSettings.MaxAttempts)
            {
                string reason = $"no silo extracted it after {attempt} attempts ({failure.GetType().Name}: {FirstLine(failure.Message)})";
                return [.. documents.Select(_ => new DocumentOutcome(null, reason))];
            }

            Interlocked.Increment(ref _retries);

            // A lost gateway: send again at once (the loss is known). Anything else: back off, the cluster may be recovering.
            if (!lost.IsCancellationRequested)
            {
                await Task.Delay(RetryDelay(attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromTicks(Math.Min(FirstRetryDelay.Ticks << Math.Min(attempt - 1, 10), MaxRetryDelay.Ticks));

    private static string FirstLine(string message)
    {
        int newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }

    /// <summary>Writes a batch's lines and reports its errors, in input order; flushes so a stopped run keeps what it finished.</summary>
    private static bool Write(Batch batch, IReadOnlyList<DocumentOutcome> outcomes, Stream output, TextWriter standardError, BatchProgress progress)
    {
        bool allSucceeded = true;
        int next = 0;
        foreach (var item in batch.Items)
        {
            progress.Advance();
            if (item.Error is { } error)
            {
                standardError.WriteLine($"attribution: {error}");
                allSucceeded = false;
                continue;
            }

            var outcome = outcomes[next++];
            if (outcome.Json is { } json)
            {
                output.Write(Encoding.UTF8.GetBytes(json));
                output.WriteByte((byte)'\n');
            }
            else
            {
                standardError.WriteLine($"attribution: {item.Document!.Source}: {outcome.Error}");
                allSucceeded = false;
            }
        }

        output.Flush();
        return allSucceeded;
    }

    /// <summary>A run of input items and the documents among them, sent in one grain call.</summary>
    private sealed class Batch
    {
        public List<InputItem> Items { get; } = [];

        public List<DocumentToExtract> Documents { get; } = [];
    }
}

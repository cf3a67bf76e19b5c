using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Attribution.Samples.Input;
using Attribution.Samples.Progress;
using Attribution.Cli.Output;
using Attribution.Serialization;

namespace Attribution.Cli.Commands;

/// <summary>
/// <c>extract --format jsonl</c> on every core. One thread reads the input, one worker per core extracts a
/// document and writes its JSON line into a buffer rented from the shared pool, and the calling thread only
/// copies finished lines to the output in input order (flushing each). Workers never wait for one another,
/// for a lock around the output or for the serializer of another thread: with the JSON made on the
/// caller's thread, as through <see cref="AttributionExtractor.ExtractMany"/>, that one thread held back
/// two cores (issue 14). At most <see cref="BatchOptions.MaxDocumentsInFlight"/> documents are read ahead,
/// so memory stays bounded whatever the input's length.
/// </summary>
internal static class ParallelJsonlExtraction
{
    // A worker's serialization buffer starts at this size and keeps what it grew to for the next document.
    private const int InitialJsonBufferBytes = 64 * 1024;

    /// <summary>Runs the batch, writing one JSON line per document to <paramref name="output"/>.</summary>
    /// <returns>Whether any input or document failed.</returns>
    public static bool Run(CliOptions options, IEnumerable<InputItem> items, Stream output, BatchProgress progress, TextWriter standardError)
    {
        var extractor = options.CreateExtractor();   // the --granularity asked for
        var batch = BatchOptions.Default;
        using var stop = new CancellationTokenSource();
        using var inOrder = new BlockingCollection<Slot>(batch.MaxDocumentsInFlight);
        using var work = new BlockingCollection<Slot>(batch.MaxDocumentsInFlight);
        Exception? readFailure = null;

        var reader = new Thread(() => readFailure = Read(items, inOrder, work, stop.Token)) { IsBackground = true, Name = "attribution input" };
        var workers = new List<Thread>(batch.MaxDegreeOfParallelism);
        for (int i = 0; i < batch.MaxDegreeOfParallelism; i++)
        {
            workers.Add(new Thread(() => Work(extractor, options, work, stop.Token)) { IsBackground = true, Name = $"attribution worker {i + 1}" });
        }

        bool anyFailed = false;
        reader.Start();
        workers.ForEach(worker => worker.Start());
        try
        {
            foreach (var slot in inOrder.GetConsumingEnumerable(stop.Token))
            {
                slot.WaitDone();
                progress.Advance();
                anyFailed |= slot.WriteTo(output, standardError);
            }
        }
        finally
        {
            // On a failed write (a closed pipe) the reader and workers stop instead of waiting for room.
            stop.Cancel();
            reader.Join();
            workers.ForEach(worker => worker.Join());
        }

        if (readFailure is not null)
        {
            throw new InvalidOperationException($"reading the input failed: {readFailure.Message}", readFailure);
        }

        return anyFailed;
    }

    private static Exception? Read(IEnumerable<InputItem> items, BlockingCollection<Slot> inOrder, BlockingCollection<Slot> work, CancellationToken stop)
    {
        try
        {
            foreach (var item in items)
            {
                var slot = new Slot(item);
                inOrder.Add(slot, stop);
                if (item.Document is null)
                {
                    slot.Done();
                }
                else
                {
                    work.Add(slot, stop);
                }
            }

            return null;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
#pragma warning disable CA1031 // Handed to the calling thread, which throws it after the documents before it are written.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return e;
        }
        finally
        {
            inOrder.CompleteAdding();
            work.CompleteAdding();
        }
    }

    private static void Work(AttributionExtractor extractor, CliOptions options, BlockingCollection<Slot> work, CancellationToken stop)
    {
        var buffer = new ArrayBufferWriter<byte>(InitialJsonBufferBytes);
        using var json = new Utf8JsonWriter(buffer, AttributionJson.WriterOptions);
        try
        {
            foreach (var slot in work.GetConsumingEnumerable(stop))
            {
                var document = slot.Item.Document!;
                try
                {
                    var result = extractor.Extract(document.Text, document.Date ?? options.Date, CancellationToken.None);
                    buffer.ResetWrittenCount();
                    json.Reset(buffer);
                    AttributionJson.WriteDocument(json, document.Id, document.Source, result);
                    json.Flush();
                    slot.SetLine(buffer.WrittenSpan);
                }
#pragma warning disable CA1031 // One bad document must not lose the batch: its exception is reported at its place.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    slot.SetProblem(e.Message);
                }

                slot.Done();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The output failed; nobody writes the rest.
        }
    }

    /// <summary>One input item on its way through: its JSON line (pooled) or its problem, and whether it is done.</summary>
    private sealed class Slot(InputItem item)
    {
        private byte[]? _line;
        private int _length;
        private string? _problem;
        private bool _done;

        public InputItem Item { get; } = item;

        /// <summary>Copies the JSON of the document and a line feed into a buffer rented from the shared pool.</summary>
        public void SetLine(ReadOnlySpan<byte> json)
        {
            _line = ArrayPool<byte>.Shared.Rent(json.Length + 1);
            json.CopyTo(_line);
            _line[json.Length] = (byte)'\n';
            _length = json.Length + 1;
        }

        public void SetProblem(string problem) => _problem = problem;

        public void Done()
        {
            lock (this)
            {
                _done = true;
                Monitor.PulseAll(this);
            }
        }

        public void WaitDone()
        {
            lock (this)
            {
                while (!_done)
                {
                    Monitor.Wait(this);
                }
            }
        }

        /// <summary>Writes the line and flushes it, or reports the problem; returns whether this item failed.</summary>
        public bool WriteTo(Stream output, TextWriter standardError)
        {
            if (Item.Error is { } error)
            {
                standardError.WriteLine($"attribution: {error}");
                return true;
            }

            if (_problem is not null)
            {
                standardError.WriteLine($"attribution: {Item.Document!.Source}: {_problem}");
                return true;
            }

            try
            {
                output.Write(_line!, 0, _length);
                output.Flush();
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(_line!);
                _line = null;
            }

            return false;
        }
    }
}

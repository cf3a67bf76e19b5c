using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Attribution.Batch;

/// <summary>
/// Applies a function to an asynchronous stream of items on a fixed number of workers and hands the results
/// back in input order, each as soon as it and every result before it are ready. (Synchronous sequences go
/// through <see cref="OrderedParallelBlocking{TIn, TOut}"/>.)
/// </summary>
/// <remarks>
/// One producer reads the source (which need not be thread-safe) and may run at most <c>window</c> items ahead
/// of the consumer, so memory stays bounded however long the stream. Workers take items first come, first
/// served, which keeps the head of the window moving. A source that throws ends the stream with its exception
/// after the results of the items read before it.
/// </remarks>
internal static class OrderedParallel
{
    public static async IAsyncEnumerable<TOut> RunAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source,
        Func<TIn, TOut> work,
        int degree,
        int window,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TIn : class
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(window, window);
        var queue = Channel.CreateUnbounded<Job<TIn, TOut>>(new UnboundedChannelOptions { SingleWriter = true });
        var ordered = Channel.CreateUnbounded<Job<TIn, TOut>>(new UnboundedChannelOptions { SingleWriter = true, SingleReader = true });

        var workers = new Task[degree];
        for (int i = 0; i < degree; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(queue.Reader, work, stop.Token), CancellationToken.None);
        }

        var producer = Task.Run(() => ProduceAsync(source, slots, queue.Writer, ordered.Writer, stop.Token), CancellationToken.None);
        try
        {
            while (await ordered.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (ordered.Reader.TryRead(out var job))
                {
                    // A finished result or a ready channel would otherwise win over the cancellation.
                    cancellationToken.ThrowIfCancellationRequested();
                    var result = await job.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                    slots.Release();
                    yield return result;
                }
            }
        }
        finally
        {
            // Stop reading and wait for the threads to finish, so nothing touches the source or the work
            // function once the caller is done with the stream. A document being extracted runs to its end.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await Task.WhenAll(workers).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static async Task ProduceAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source,
        SemaphoreSlim slots,
        ChannelWriter<Job<TIn, TOut>> queue,
        ChannelWriter<Job<TIn, TOut>> ordered,
        CancellationToken cancellationToken)
        where TIn : class
    {
        Exception? failure = null;
        try
        {
            var items = source.GetAsyncEnumerator(cancellationToken);
            await using (items.ConfigureAwait(false))
            {
                for (long position = 0; ; position++)
                {
                    // Take the slot before reading, so at most `window` items are held at any time.
                    await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                    if (!await items.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    var job = new Job<TIn, TOut>(items.Current
                        ?? throw new ArgumentException($"The batch holds a null item at position {position}."));
                    ordered.TryWrite(job);
                    queue.TryWrite(job);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The consumer stopped; nothing is waiting for more items.
        }
#pragma warning disable CA1031 // The source's failure is handed to the consumer, in order, instead of being lost on this thread.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failure = e;
        }
        finally
        {
            queue.TryComplete();
            ordered.TryComplete(failure);
        }
    }

    private static async Task WorkAsync<TIn, TOut>(ChannelReader<Job<TIn, TOut>> queue, Func<TIn, TOut> work, CancellationToken cancellationToken)
        where TIn : class
    {
        try
        {
            while (await queue.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (!cancellationToken.IsCancellationRequested && queue.TryRead(out var job))
                {
                    try
                    {
                        job.Completion.TrySetResult(work(job.Item));
                    }
#pragma warning disable CA1031 // The failure belongs to its item and is rethrown to the consumer at its place.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        job.Completion.TrySetException(e);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The consumer stopped; the items left in the queue are dropped.
        }
    }

    private sealed class Job<TIn, TOut>(TIn item)
    {
        public TIn Item { get; } = item;

        public TaskCompletionSource<TOut> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

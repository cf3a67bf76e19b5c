namespace Attribution.Batch;

/// <summary>
/// The synchronous form of <see cref="OrderedParallel"/>: <c>degree</c> dedicated worker threads and a ring of
/// result slots, so handing a document over wakes at most the caller's thread, once (it matters for news
/// articles, which take well under a millisecond each).
/// </summary>
/// <remarks>
/// Threads take turns reading the source under a lock, so the source need not be thread-safe. A thread
/// reads item <c>n</c> only after taking a window permit, which the caller gives back when it takes a
/// result: at most <c>window</c> items are held at any time. Item <c>n</c>'s result goes to slot
/// <c>n % window</c>; the end of the source (or its failure) is written to the slot after the last item,
/// so the caller only ever waits on the slot it needs next.
/// </remarks>
internal sealed class OrderedParallelBlocking<TIn, TOut> : IDisposable
    where TIn : class
{
    private readonly object _sourceLock = new();
    private readonly Slot[] _ring;
    private readonly SemaphoreSlim _permits;
    private readonly CancellationTokenSource _stop;
    private readonly IEnumerator<TIn> _source;
    private readonly Func<TIn, TOut> _work;
    private long _issued;
    private long _consumed;
    private volatile bool _sourceEnded;

    private OrderedParallelBlocking(IEnumerator<TIn> source, Func<TIn, TOut> work, int window, CancellationToken cancellationToken)
    {
        _source = source;
        _work = work;
        _ring = new Slot[window];
        for (int i = 0; i < window; i++)
        {
            _ring[i] = new Slot();
        }

        _permits = new SemaphoreSlim(window, window);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    public static IEnumerable<TOut> Run(IEnumerable<TIn> source, Func<TIn, TOut> work, int degree, int window, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var run = new OrderedParallelBlocking<TIn, TOut>(source.GetEnumerator(), work, window, cancellationToken);
        var workers = new List<Thread>(degree);
        try
        {
            for (int i = 0; i < degree; i++)
            {
                var worker = new Thread(run.Work) { IsBackground = true, Name = $"Attribution batch worker {i + 1}" };
                worker.Start();
                workers.Add(worker);
            }

            while (run.Take(cancellationToken, out var result))
            {
                yield return result;
            }
        }
        finally
        {
            // Stop the workers and wait for them (a document being extracted runs to its end), so nothing
            // touches the source or the work function once the caller is done with the stream.
            run._stop.Cancel();
            foreach (var worker in workers)
            {
                worker.Join();
            }

            run._source.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var slot in _ring)
        {
            slot.Ready.Dispose();
        }

        _permits.Dispose();
        _stop.Dispose();
    }

    /// <summary>Waits for the next result in input order; false at the end of the source.</summary>
    private bool Take(CancellationToken cancellationToken, out TOut result)
    {
        var slot = _ring[_consumed % _ring.Length];
        // The caller never reads the source itself: a source that blocks (standard input) must not hold back
        // results that are already done.
        slot.Ready.Wait(cancellationToken);
        if (slot.IsEnd)
        {
            if (slot.Failure is { } sourceFailure)
            {
                throw sourceFailure;
            }

            result = default!;
            return false;
        }

        var failure = slot.Failure;
        result = slot.Result!;
        slot.Clear();
        _consumed++;
        _permits.Release();
        if (failure is not null)
        {
            throw failure;
        }

        return true;
    }

    private void Work()
    {
        var stop = _stop.Token;
        try
        {
            while (TryWorkOne(mayBlock: true, stop))
            {
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The caller stopped or cancelled; nobody waits for more results.
        }
    }

    /// <summary>
    /// Reads the next item and puts its result in its slot. False when nothing was done: the source has ended,
    /// the work is stopping, or (when <paramref name="mayBlock"/> is off) the window is full or another worker is reading.
    /// </summary>
    private bool TryWorkOne(bool mayBlock, CancellationToken cancellationToken)
    {
        if (mayBlock)
        {
            _permits.Wait(cancellationToken);
        }
        else if (!_permits.Wait(0, CancellationToken.None))
        {
            return false;
        }

        TIn item;
        long position;
        bool locked = false;
        try
        {
            if (mayBlock)
            {
                Monitor.Enter(_sourceLock, ref locked);
            }
            else
            {
                Monitor.TryEnter(_sourceLock, ref locked);
            }

            if (!locked || _sourceEnded || _stop.IsCancellationRequested)
            {
                _permits.Release();
                return false;
            }

            position = _issued;
            if (!TryRead(position, out item!, out var failure))
            {
                // The end takes the slot after the last item, with the permit just taken.
                _sourceEnded = true;
                _ring[position % _ring.Length].End(failure);
                return false;
            }

            _issued++;
        }
        finally
        {
            if (locked)
            {
                Monitor.Exit(_sourceLock);
            }
        }

        var slot = _ring[position % _ring.Length];
        try
        {
            slot.Complete(_work(item), null);
        }
#pragma warning disable CA1031 // The failure belongs to its item and is rethrown to the caller at its place.
        catch (Exception e)
#pragma warning restore CA1031
        {
            slot.Complete(default, e);
        }

        return true;
    }

    private bool TryRead(long position, out TIn? item, out Exception? failure)
    {
        item = null;
        failure = null;
        try
        {
            if (!_source.MoveNext())
            {
                return false;
            }

            item = _source.Current;
            if (item is null)
            {
                failure = new ArgumentException($"The batch holds a null item at position {position}.");
                return false;
            }

            return true;
        }
#pragma warning disable CA1031 // The source's failure is handed to the caller, in order, instead of being lost on this thread.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failure = e;
            return false;
        }
    }

    /// <summary>One place of the ring: a result, or the end of the source; <see cref="Ready"/> is set when it is filled.</summary>
    private sealed class Slot
    {
        public ManualResetEventSlim Ready { get; } = new(initialState: false, spinCount: 1);

        public TOut? Result { get; private set; }

        public Exception? Failure { get; private set; }

        public bool IsEnd { get; private set; }

        public void Complete(TOut? result, Exception? failure)
        {
            Result = result;
            Failure = failure;
            Ready.Set();
        }

        public void End(Exception? failure)
        {
            IsEnd = true;
            Failure = failure;
            Ready.Set();
        }

        public void Clear()
        {
            Result = default;
            Failure = null;
            Ready.Reset();
        }
    }
}

namespace Attribution.Batch;

/// <summary>
/// The synchronous form of <see cref="OrderedParallel"/>: <c>degree</c> dedicated worker threads and a ring of
/// result slots. News articles take well under a millisecond each, so waking the caller's thread for every
/// result costs a tenth of the time on a virtual machine: the caller sleeps until a run of results is ready
/// in order (half the window), the source has ended, or the next result has waited a couple of
/// milliseconds (a source that blocks, such as standard input, never holds back a finished result longer).
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
    /// <summary>How long a finished next result may wait for the run to fill before the caller takes it anyway.</summary>
    private static readonly TimeSpan LongestHold = TimeSpan.FromMilliseconds(2);

    private readonly object _sourceLock = new();
    private readonly object _gate = new();
    private readonly Slot[] _ring;
    private readonly int _wakeRun;
    private readonly CancellationTokenRegistration _wakeOnStop;
    private readonly SemaphoreSlim _permits;
    private readonly CancellationTokenSource _stop;
    private readonly IEnumerator<TIn> _source;
    private readonly Func<TIn, TOut> _work;
    private long _issued;
    private long _consumed;
    private volatile bool _sourceEnded;
    private const int NotWaiting = 0;
    private const int WaitingForRun = 1;
    private const int WaitingForNext = 2;
    private int _callerWaiting;

    private OrderedParallelBlocking(IEnumerator<TIn> source, Func<TIn, TOut> work, int window, CancellationToken cancellationToken)
    {
        _source = source;
        _work = work;
        _ring = new Slot[window];
        for (int i = 0; i < window; i++)
        {
            _ring[i] = new Slot();
        }

        _wakeRun = Math.Max(1, window / 2);
        _permits = new SemaphoreSlim(window, window);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _wakeOnStop = _stop.Token.UnsafeRegister(static state => ((OrderedParallelBlocking<TIn, TOut>)state!).WakeCaller(force: true), this);
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
        _wakeOnStop.Dispose();
        _permits.Dispose();
        _stop.Dispose();
    }

    /// <summary>Waits for the next result in input order; false at the end of the source.</summary>
    private bool Take(CancellationToken cancellationToken, out TOut result)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var slot = _ring[_consumed % _ring.Length];
        // The caller never reads the source itself: a source that blocks (standard input) must not hold back
        // results that are already done.
        if (!slot.IsReady)
        {
            WaitForRun(cancellationToken);
        }

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
        Interlocked.Increment(ref _consumed);
        _permits.Release();
        if (failure is not null)
        {
            throw failure;
        }

        return true;
    }

    /// <summary>
    /// Sleeps until the next result is due (<see cref="IsDue"/>). While results keep coming it naps at most
    /// <see cref="LongestHold"/> at a time and takes a ready next result when a nap ends; when a nap ends
    /// with nothing ready (the source is slow or blocked) it sleeps until a worker finishes the next one.
    /// </summary>
    private void WaitForRun(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // A full fence: a worker that finishes after this sees the flag and wakes us; one that finished
            // before has its slot visible to IsDue below.
            Interlocked.Exchange(ref _callerWaiting, WaitingForRun);
            try
            {
                while (!IsDue())
                {
                    bool nextReady = _ring[Interlocked.Read(ref _consumed) % _ring.Length].IsReady;
                    if (_callerWaiting == WaitingForNext)
                    {
                        if (nextReady)
                        {
                            Interlocked.Exchange(ref _callerWaiting, WaitingForRun);
                        }
                        else
                        {
                            Monitor.Wait(_gate);
                        }
                    }
                    else if (!Monitor.Wait(_gate, LongestHold))
                    {
                        if (_ring[Interlocked.Read(ref _consumed) % _ring.Length].IsReady)
                        {
                            break;
                        }

                        Interlocked.Exchange(ref _callerWaiting, WaitingForNext);
                    }
                }
            }
            finally
            {
                Volatile.Write(ref _callerWaiting, NotWaiting);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// Whether the caller should wake: the next result is ready and so is a run of <see cref="_wakeRun"/>
    /// results after it (or the source has ended), or the batch is stopping.
    /// </summary>
    private bool IsDue()
    {
        if (_stop.IsCancellationRequested)
        {
            return true;
        }

        long next = Interlocked.Read(ref _consumed);
        if (!_ring[next % _ring.Length].IsReady)
        {
            return false;
        }

        if (_sourceEnded)
        {
            return true;
        }

        int run = 1;
        while (run < _wakeRun && _ring[(next + run) % _ring.Length].IsReady)
        {
            run++;
        }

        return run >= _wakeRun;
    }

    /// <summary>Wakes the caller if it sleeps and its results are due (or always, when <paramref name="force"/>).</summary>
    private void WakeCaller(bool force)
    {
        if (Volatile.Read(ref _callerWaiting) == NotWaiting)
        {
            return;
        }

        lock (_gate)
        {
            bool wake = _callerWaiting switch
            {
                NotWaiting => false,
                WaitingForNext => force || _ring[Interlocked.Read(ref _consumed) % _ring.Length].IsReady,
                _ => force || IsDue(),
            };
            if (wake)
            {
                Monitor.Pulse(_gate);
            }
        }
    }

    private void Work()
    {
        var stop = _stop.Token;
        try
        {
            while (TryWorkOne(stop))
            {
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The caller stopped or cancelled; nobody waits for more results.
        }
    }

    /// <summary>
    /// Waits for a window permit, reads the next item and puts its result in its slot. False when nothing
    /// was done: the source has ended or the work is stopping.
    /// </summary>
    private bool TryWorkOne(CancellationToken cancellationToken)
    {
        _permits.Wait(cancellationToken);
        TIn item;
        long position;
        bool locked = false;
        try
        {
            Monitor.Enter(_sourceLock, ref locked);
            if (_sourceEnded || _stop.IsCancellationRequested)
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
                WakeCaller(force: false);
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

        // Complete's volatile write is ordered before this read of the caller's flag by the full fence inside.
        Interlocked.MemoryBarrier();
        WakeCaller(force: false);
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

    /// <summary>One place of the ring: a result, or the end of the source; <see cref="IsReady"/> turns true when it is filled.</summary>
    private sealed class Slot
    {
        private volatile bool _ready;

        public bool IsReady => _ready;

        public TOut? Result { get; private set; }

        public Exception? Failure { get; private set; }

        public bool IsEnd { get; private set; }

        public void Complete(TOut? result, Exception? failure)
        {
            Result = result;
            Failure = failure;
            _ready = true;
        }

        public void End(Exception? failure)
        {
            IsEnd = true;
            Failure = failure;
            _ready = true;
        }

        public void Clear()
        {
            Result = default;
            Failure = null;
            _ready = false;
        }
    }
}

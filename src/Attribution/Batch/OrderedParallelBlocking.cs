namespace Attribution.Batch;

/// <summary>
/// The synchronous form of <see cref="OrderedParallel"/>: dedicated worker threads and one lock, so handing a
/// document over costs a monitor pulse rather than a hop through the thread pool (it matters for news
/// articles, which take well under a millisecond each).
/// </summary>
/// <remarks>
/// Workers take turns reading the source (outside the lock, one at a time), so the source need not be
/// thread-safe; a worker may read item <c>n</c> only once the caller has taken item <c>n - window</c>, which
/// bounds the memory held. Results wait in a ring of <c>window</c> slots until the caller takes them in order.
/// </remarks>
internal sealed class OrderedParallelBlocking<TIn, TOut>
    where TIn : class
{
    private readonly object _gate = new();
    private readonly Slot[] _ring;
    private readonly IEnumerator<TIn> _source;
    private readonly Func<TIn, TOut> _work;
    private readonly CancellationToken _cancellationToken;
    private long _issued;
    private long _consumed;
    private bool _reading;
    private bool _sourceEnded;
    private bool _stopped;
    private Exception? _sourceFailure;

    private OrderedParallelBlocking(IEnumerator<TIn> source, Func<TIn, TOut> work, int window, CancellationToken cancellationToken)
    {
        _source = source;
        _work = work;
        _ring = new Slot[window];
        _cancellationToken = cancellationToken;
    }

    public static IEnumerable<TOut> Run(IEnumerable<TIn> source, Func<TIn, TOut> work, int degree, int window, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var run = new OrderedParallelBlocking<TIn, TOut>(source.GetEnumerator(), work, window, cancellationToken);
        var workers = new Thread[degree];
        try
        {
            using (cancellationToken.Register(static state => ((OrderedParallelBlocking<TIn, TOut>)state!).Wake(), run))
            {
                for (int i = 0; i < degree; i++)
                {
                    workers[i] = new Thread(run.Work) { IsBackground = true, Name = $"Attribution batch worker {i + 1}" };
                    workers[i].Start();
                }

                while (run.Take(out var result))
                {
                    yield return result;
                }
            }
        }
        finally
        {
            // Stop the workers and wait for them (a document being extracted runs to its end), so nothing
            // touches the source or the work function once the caller is done with the stream.
            run.Stop();
            foreach (var worker in workers)
            {
                worker?.Join();
            }

            run._source.Dispose();
        }
    }

    /// <summary>Waits for the next result in input order; false at the end of the source.</summary>
    private bool Take(out TOut result)
    {
        lock (_gate)
        {
            while (true)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                ref var head = ref _ring[_consumed % _ring.Length];
                if (_consumed < _issued && head.Done)
                {
                    var failure = head.Failure;
                    result = head.Result!;
                    head = default;
                    _consumed++;
                    Monitor.PulseAll(_gate);
                    if (failure is not null)
                    {
                        throw failure;
                    }

                    return true;
                }

                if (_sourceEnded && _consumed == _issued)
                {
                    if (_sourceFailure is { } sourceFailure)
                    {
                        throw sourceFailure;
                    }

                    result = default!;
                    return false;
                }

                Monitor.Wait(_gate);
            }
        }
    }

    private void Work()
    {
        while (true)
        {
            long position;
            lock (_gate)
            {
                while (!_stopped && !_sourceEnded && !_cancellationToken.IsCancellationRequested && (_reading || _issued >= _consumed + _ring.Length))
                {
                    Monitor.Wait(_gate);
                }

                if (_stopped || _sourceEnded || _cancellationToken.IsCancellationRequested)
                {
                    return;
                }

                _reading = true;
                position = _issued;
            }

            TIn? item = null;
            Exception? failure = null;
            try
            {
                if (_source.MoveNext())
                {
                    item = _source.Current ?? throw new ArgumentException($"The batch holds a null item at position {position}.");
                }
            }
#pragma warning disable CA1031 // The source's failure is handed to the caller, in order, instead of being lost on this thread.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = e;
            }

            lock (_gate)
            {
                _reading = false;
                if (item is null)
                {
                    _sourceEnded = true;
                    _sourceFailure = failure;
                    Monitor.PulseAll(_gate);
                    return;
                }

                _issued++;
                Monitor.PulseAll(_gate);
            }

            var slot = default(Slot);
            try
            {
                slot.Result = _work(item);
            }
#pragma warning disable CA1031 // The failure belongs to its item and is rethrown to the caller at its place.
            catch (Exception e)
#pragma warning restore CA1031
            {
                slot.Failure = e;
            }

            slot.Done = true;
            lock (_gate)
            {
                _ring[position % _ring.Length] = slot;
                if (position == _consumed)
                {
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    private void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
    }

    private void Wake()
    {
        lock (_gate)
        {
            Monitor.PulseAll(_gate);
        }
    }

    private struct Slot
    {
        public TOut? Result;
        public Exception? Failure;
        public bool Done;
    }
}

namespace Attribution;

/// <summary>How <see cref="AttributionExtractor.ExtractMany(IEnumerable{AttributionDocument}, BatchOptions?, CancellationToken)"/> spreads a batch over threads. Immutable.</summary>
public sealed record BatchOptions
{
    private readonly int _maxDegreeOfParallelism = Environment.ProcessorCount;
    private readonly int? _maxDocumentsInFlight;

    /// <summary>How many documents are extracted at the same time, each on its own worker thread; by default one per processor.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _maxDegreeOfParallelism = value;
        }
    }

    /// <summary>
    /// How many documents may be read ahead but not yet handed back, which bounds the memory a batch holds;
    /// by default four per degree of parallelism, so one long document does not idle the other threads.
    /// It is never less than <see cref="MaxDegreeOfParallelism"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxDocumentsInFlight
    {
        get => Math.Max(_maxDocumentsInFlight ?? 4 * _maxDegreeOfParallelism, _maxDegreeOfParallelism);
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _maxDocumentsInFlight = value;
        }
    }

    /// <summary>The default options: one thread per processor.</summary>
    public static BatchOptions Default { get; } = new();
}

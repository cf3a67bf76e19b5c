using Attribution.Batch;

namespace Attribution;

public sealed partial class AttributionExtractor
{
    /// <summary>
    /// Extracts the statements of many documents on several threads and yields the results in input order,
    /// each as soon as it and every document before it are done.
    /// </summary>
    /// <param name="documents">The documents; read lazily, from one thread at a time, at most <see cref="BatchOptions.MaxDocumentsInFlight"/> ahead of the caller.</param>
    /// <param name="options">The degree of parallelism and the read-ahead; null for <see cref="BatchOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the batch: no new document starts, and enumeration throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per document, in input order. A document that fails (too long, or an unexpected error) yields a result with <see cref="AttributionDocumentResult.Error"/> set; the others still come through.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown while enumerating, at its place in the order, when <paramref name="documents"/> holds a null item.</exception>
    /// <remarks>
    /// Stopping the enumeration early (or cancelling) waits for the documents already being extracted to finish,
    /// so no work is left running. An exception thrown by <paramref name="documents"/> itself ends the enumeration
    /// after the results of the documents read before it.
    /// </remarks>
    public IEnumerable<AttributionDocumentResult> ExtractMany(IEnumerable<AttributionDocument> documents, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= BatchOptions.Default;
        return OrderedParallelBlocking<AttributionDocument, AttributionDocumentResult>.Run(documents, ExtractOne, options.MaxDegreeOfParallelism, options.MaxDocumentsInFlight, cancellationToken);
    }

    /// <summary>
    /// Extracts the statements of an asynchronous stream of documents on several threads and yields the results
    /// in input order, each as soon as it and every document before it are done.
    /// </summary>
    /// <param name="documents">The documents; read from one thread at a time, at most <see cref="BatchOptions.MaxDocumentsInFlight"/> ahead of the caller.</param>
    /// <param name="options">The degree of parallelism and the read-ahead; null for <see cref="BatchOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the batch: no new document starts, and enumeration throws <see cref="OperationCanceledException"/>.
    /// A token given to <c>WithCancellation</c> on the returned stream works too.</param>
    /// <returns>One result per document, in input order; a failing document yields a result with <see cref="AttributionDocumentResult.Error"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    /// <remarks>See <see cref="ExtractMany(IEnumerable{AttributionDocument}, BatchOptions?, CancellationToken)"/>.</remarks>
    public IAsyncEnumerable<AttributionDocumentResult> ExtractManyAsync(IAsyncEnumerable<AttributionDocument> documents, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= BatchOptions.Default;
        return OrderedParallel.RunAsync(documents, ExtractOne, options.MaxDegreeOfParallelism, options.MaxDocumentsInFlight, cancellationToken);
    }

    private AttributionDocumentResult ExtractOne(AttributionDocument document)
    {
        try
        {
            return AttributionDocumentResult.Success(document, Extract(document.Text, document.PublicationDate));
        }
#pragma warning disable CA1031 // One bad document must not lose the batch: its exception is its result.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return AttributionDocumentResult.Failure(document, e);
        }
    }
}

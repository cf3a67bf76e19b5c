namespace Attribution;

/// <summary>
/// Extracts statements (who said what, to whom and when) from English news text: the contract of
/// <see cref="AttributionExtractor"/>, for code that wants to depend on an abstraction (a test double, a decorator
/// that caches or logs). The dependency injection package registers the shared extractor under this interface too.
/// </summary>
/// <remarks>Implementations are expected to be thread-safe, as <see cref="AttributionExtractor"/> is.</remarks>
// RS0026 guards shipped APIs against a new optional-parameter overload that makes old calls ambiguous; these
// overloads are new together and differ in the type of their first parameter, so no call is ambiguous.
#pragma warning disable RS0026
public interface IAttributionExtractor
{
    /// <inheritdoc cref="AttributionExtractor.Extract(string, DateOnly?, CancellationToken)"/>
    AttributionResult Extract(string text, DateOnly? publicationDate = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AttributionExtractor.Extract(ReadOnlyMemory{char}, DateOnly?, CancellationToken)"/>
    AttributionResult Extract(ReadOnlyMemory<char> text, DateOnly? publicationDate = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AttributionExtractor.Extract(TextReader, DateOnly?, CancellationToken)"/>
    AttributionResult Extract(TextReader reader, DateOnly? publicationDate = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AttributionExtractor.ExtractMany(IEnumerable{AttributionDocument}, BatchOptions?, CancellationToken)"/>
    IEnumerable<AttributionDocumentResult> ExtractMany(IEnumerable<AttributionDocument> documents, BatchOptions? options = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="AttributionExtractor.ExtractManyAsync(IAsyncEnumerable{AttributionDocument}, BatchOptions?, CancellationToken)"/>
    IAsyncEnumerable<AttributionDocumentResult> ExtractManyAsync(IAsyncEnumerable<AttributionDocument> documents, BatchOptions? options = null, CancellationToken cancellationToken = default);
}
#pragma warning restore RS0026

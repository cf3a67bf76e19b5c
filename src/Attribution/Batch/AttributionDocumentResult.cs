using System.Diagnostics.CodeAnalysis;

namespace Attribution;

/// <summary>
/// The outcome of one document of a batch: its <see cref="Result"/>, or the <see cref="Error"/> that stopped
/// it. A failing document never stops the batch; the documents around it still come through.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class AttributionDocumentResult
{
    private AttributionDocumentResult(AttributionDocument document, AttributionResult? result, Exception? error)
    {
        Document = document;
        Result = result;
        Error = error;
    }

    /// <summary>The document as it was given.</summary>
    public AttributionDocument Document { get; }

    /// <summary>What the extractor found; null when the document failed.</summary>
    public AttributionResult? Result { get; }

    /// <summary>
    /// Why the document failed, or null when it succeeded: an <see cref="ArgumentException"/> for a document longer
    /// than <see cref="AttributionOptions.MaxDocumentLength"/>, otherwise the unexpected exception the extractor threw.
    /// </summary>
    public Exception? Error { get; }

    /// <summary>Whether the document went through, in which case <see cref="Result"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    internal static AttributionDocumentResult Success(AttributionDocument document, AttributionResult result) => new(document, result, null);

    internal static AttributionDocumentResult Failure(AttributionDocument document, Exception error) => new(document, null, error);
}

using Orleans;

namespace Attribution.OrleansSample.Grains;

/// <summary>Extracts the statements of a batch of documents on the silo that receives the call.</summary>
[Alias("attribution.IExtractionGrain")]
public interface IExtractionGrain : IGrainWithIntegerKey
{
    /// <summary>Extracts every document of <paramref name="documents"/>, in order.</summary>
    /// <param name="documents">The batch.</param>
    /// <param name="cancellationToken">Cancelled by the caller when it gives the batch to another silo; the rest of the batch is then skipped.</param>
    /// <returns>One outcome per document, in the order given, and the silo that made them.</returns>
    [Alias("Extract")]
    Task<ExtractedBatch> Extract(IReadOnlyList<DocumentToExtract> documents, CancellationToken cancellationToken);
}

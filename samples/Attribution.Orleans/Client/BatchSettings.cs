namespace Attribution.OrleansSample.Client;

/// <summary>How the client cuts the archive into batches and how many it keeps in flight.</summary>
/// <param name="DocumentsPerBatch">Documents per grain call (<c>--batch</c>).</param>
/// <param name="BatchesInFlight">Batches sent and not yet written (<c>--in-flight</c>); bounds the client's memory.</param>
internal sealed record BatchSettings(int DocumentsPerBatch, int BatchesInFlight)
{
    /// <summary>
    /// Large enough that a call's messaging cost is small beside the extraction of its documents (a news
    /// article takes a few hundred microseconds), small enough that a batch lost with its silo is little work.
    /// </summary>
    public const int DefaultDocumentsPerBatch = 16;

    /// <summary>
    /// Batches in flight per gateway: keeps each silo's workers busy (one batch per core, a second one queued)
    /// while the client waits for the oldest batch, whose results must be written first.
    /// </summary>
    public const int DefaultBatchesPerGateway = 4;

    /// <summary>
    /// A batch closes early once its texts reach this many UTF-16 code units (8 MB of UTF-8 at most), far below
    /// Orleans' message size limit (100 MB), so a few long documents never make one oversized message.
    /// </summary>
    public const int MaxBatchChars = 4_000_000;

    /// <summary>
    /// How often a batch is sent before its documents are reported as failed. A lost gateway costs one attempt;
    /// this many means the cluster failed over and over, not that one silo died.
    /// </summary>
    public const int MaxAttempts = 8;

    /// <summary>The settings for a client of <paramref name="gatewayCount"/> gateways, with the defaults where not given.</summary>
    public static BatchSettings For(int gatewayCount, int? documentsPerBatch = null, int? batchesInFlight = null) =>
        new(documentsPerBatch ?? DefaultDocumentsPerBatch, batchesInFlight ?? (DefaultBatchesPerGateway * Math.Max(gatewayCount, 1)));
}

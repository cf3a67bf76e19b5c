using Attribution.Serialization;
using Orleans;
using Orleans.Concurrency;

namespace Attribution.OrleansSample.Grains;

/// <summary>
/// A stateless worker: Orleans activates it on the silo that receives the call (the client's gateway), as many
/// activations as that silo has cores, so the batches a silo receives run in parallel on it. Every activation
/// uses the silo's one shared extractor (registered with <c>services.AddAttribution</c>), which is immutable
/// and thread-safe.
/// </summary>
[StatelessWorker]
internal sealed class ExtractionGrain(AttributionExtractor extractor) : Grain, IExtractionGrain
{
    /// <summary>One document at a time: the parallelism comes from the worker's activations, not from inside a batch.</summary>
    private static readonly BatchOptions OneThread = new() { MaxDegreeOfParallelism = 1 };

    public Task<ExtractedBatch> Extract(IReadOnlyList<DocumentToExtract> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var outcomes = new List<DocumentOutcome>(documents.Count);

        // ExtractMany gives the CLI's per-document failure semantics: a failing document is an outcome, not a lost batch.
        var batch = documents.Select(d => new AttributionDocument(d.Id, d.Text, d.Date));
        int index = 0;
        foreach (var outcome in extractor.ExtractMany(batch, OneThread, cancellationToken))
        {
            var document = documents[index++];
            outcomes.Add(outcome.Succeeded
                ? new DocumentOutcome(AttributionJson.Serialize(document.Id, document.Source, outcome.Result), null)
                : new DocumentOutcome(null, outcome.Error.Message));
        }

        return Task.FromResult(new ExtractedBatch(outcomes, RuntimeIdentity));
    }
}

using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>
/// <see cref="AttributionExtractor.ExtractMany"/> over many documents with one and two threads; compare with
/// <see cref="ExtractionBenchmarks.Extract"/> on the same corpus for the speed-up over one core.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private static readonly DateOnly PublicationDate = new(2024, 9, 27);
    private readonly AttributionExtractor _extractor = AttributionExtractor.CreateDefault();
    private AttributionDocument[] _documents = [];

    [Params(NewsCorpus.ManyDocuments)]
    public string Corpus { get; set; } = NewsCorpus.ManyDocuments;

    [Params(1, 2)]
    public int Threads { get; set; } = 2;

    [GlobalSetup]
    public void Setup()
    {
        var texts = NewsCorpus.Documents(Corpus);
        _documents = new AttributionDocument[texts.Length];
        for (int i = 0; i < texts.Length; i++)
        {
            _documents[i] = new AttributionDocument($"doc-{i}", texts[i], PublicationDate);
        }
    }

    [Benchmark]
    public int ExtractMany()
    {
        int count = 0;
        foreach (var item in _extractor.ExtractMany(_documents, new BatchOptions { MaxDegreeOfParallelism = Threads }))
        {
            count += item.Result!.Statements.Length;
        }

        return count;
    }
}

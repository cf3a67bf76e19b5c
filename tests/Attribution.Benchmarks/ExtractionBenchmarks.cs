using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>The whole pipeline, one document after the other on one thread: what one core does.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly DateOnly PublicationDate = new(2024, 9, 27);
    private readonly AttributionExtractor _extractor = AttributionExtractor.CreateDefault();
    private string[] _documents = [];

    [Params(NewsCorpus.ManyDocuments, NewsCorpus.OneLargeDocument)]
    public string Corpus { get; set; } = NewsCorpus.ManyDocuments;

    [GlobalSetup]
    public void Setup() => _documents = NewsCorpus.Documents(Corpus);

    [Benchmark]
    public int Extract()
    {
        int count = 0;
        foreach (var document in _documents)
        {
            count += _extractor.Extract(document, PublicationDate).Statements.Length;
        }

        return count;
    }
}

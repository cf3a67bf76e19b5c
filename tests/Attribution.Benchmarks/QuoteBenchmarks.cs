using Attribution.Pipeline;
using Attribution.Quotes;
using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>Quote scanning alone, over documents the front end has already analysed.</summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private Document[] _documents = [];

    [Params(NewsCorpus.ManyDocuments, NewsCorpus.OneLargeDocument)]
    public string Corpus { get; set; } = NewsCorpus.ManyDocuments;

    [GlobalSetup]
    public void Setup() =>
        _documents = Array.ConvertAll(NewsCorpus.Documents(Corpus), text => DocumentAnalyzer.Analyze(text, publicationDate: null));

    [Benchmark]
    public int ScanQuotes()
    {
        int count = 0;
        foreach (var document in _documents)
        {
            count += QuoteScanner.Scan(document).Length;
        }

        return count;
    }
}

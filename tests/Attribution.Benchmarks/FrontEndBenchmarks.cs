using Attribution.Pipeline;
using Attribution.Text;
using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>The text front end: tokens alone, then tokens + sentences + paragraphs (what every command runs first).</summary>
[MemoryDiagnoser]
public class FrontEndBenchmarks
{
    private string[] _documents = [];

    [Params(NewsCorpus.ManyDocuments, NewsCorpus.OneLargeDocument)]
    public string Corpus { get; set; } = NewsCorpus.ManyDocuments;

    [GlobalSetup]
    public void Setup() => _documents = NewsCorpus.Documents(Corpus);

    [Benchmark]
    public int Tokens()
    {
        int count = 0;
        foreach (var document in _documents)
        {
            count += Tokenizer.Tokenize(document, includeWhitespace: false).Length;
        }

        return count;
    }

    [Benchmark]
    public int TokensSentencesParagraphs()
    {
        int count = 0;
        foreach (var document in _documents)
        {
            // Disposed as the pipeline does, so the pooled token buffer goes back and is not counted as new allocation.
            using var analyzed = DocumentAnalyzer.Analyze(document, publicationDate: null);
            count += analyzed.Sentences.Length;
        }

        return count;
    }
}

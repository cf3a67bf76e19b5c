using System.Text.Json;
using Attribution.Serialization;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Reliability;

/// <summary>
/// One extractor shared by eight threads over hundreds of news documents gives, byte for byte, the JSON a
/// sequential run gives: no shared mutable state leaks between calls.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int ThreadCount = 8;

    [Fact]
    public void Eight_threads_sharing_one_extractor_write_what_one_thread_writes()
    {
        var documents = LoadDocuments();
        documents.Count.Should().BeGreaterThanOrEqualTo(300, "the check needs hundreds of documents to interleave");
        var extractor = AttributionExtractor.CreateDefault();

        var sequential = new string[documents.Count];
        for (int i = 0; i < documents.Count; i++)
        {
            sequential[i] = Serialize(extractor, documents[i]);
        }

        // Each thread takes the next document in a different order from the sequential run, twice over, so
        // every document is processed while others of every length are in flight.
        var concurrent = new string?[documents.Count * 2];
        int next = -1;
        var threads = new Thread[ThreadCount];
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        for (int t = 0; t < ThreadCount; t++)
        {
            threads[t] = new Thread(() =>
            {
                try
                {
                    int slot;
                    while ((slot = Interlocked.Increment(ref next)) < concurrent.Length)
                    {
                        int index = (int)((slot * 7919L) % documents.Count);
                        concurrent[slot] = Serialize(extractor, documents[index]);
                    }
                }
#pragma warning disable CA1031 // Collected and reported on the test thread.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failures.Enqueue(e);
                }
            });
            threads[t].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join(Watchdog.GenerousBound).Should().BeTrue("no thread may hang");
        }

        failures.Should().BeEmpty();
        for (int slot = 0; slot < concurrent.Length; slot++)
        {
            int index = (int)((slot * 7919L) % documents.Count);
            concurrent[slot].Should().Be(sequential[index], $"document {documents[index].Id} must give the same JSON on any thread");
        }
    }

    private static string Serialize(AttributionExtractor extractor, NewsDocument document) =>
        AttributionJson.Serialize(document.Id, null, extractor.Extract(document.Text, document.Date));

    /// <summary>The GUM documents whole, and cut into windows of three paragraphs: several hundred documents of varied length.</summary>
    private static List<NewsDocument> LoadDocuments()
    {
        var documents = new List<NewsDocument>();
        foreach (string line in File.ReadLines(TestData.PathOf("gum", "gum-attribution.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string id = root.GetProperty("id").GetString()!;
            string text = root.GetProperty("text").GetString()!;
            DateOnly? date = root.TryGetProperty("date", out var d) && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", out var parsed) ? parsed : null;
            documents.Add(new NewsDocument(id, text, date));
            string[] paragraphs = text.Split("\n\n");
            for (int p = 0; p < paragraphs.Length; p += 3)
            {
                int count = Math.Min(3, paragraphs.Length - p);
                documents.Add(new NewsDocument($"{id}#{p}", string.Join("\n\n", paragraphs, p, count), date));
            }
        }

        return documents;
    }

    private sealed record NewsDocument(string Id, string Text, DateOnly? Date);
}

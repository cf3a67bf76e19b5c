using System.Text.Json;
using Attribution.Serialization;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Batch;

public sealed class ExtractManyTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Fact]
    public void Results_come_back_in_input_order_and_equal_the_one_by_one_extraction()
    {
        var documents = GumDocuments();

        var results = Extractor.ExtractMany(documents, new BatchOptions { MaxDegreeOfParallelism = 2 }).ToList();

        results.Select(r => r.Document).Should().Equal(documents, (a, b) => ReferenceEquals(a, b));
        results.Should().OnlyContain(r => r.Succeeded);
        foreach (var item in results)
        {
            var alone = Extractor.Extract(item.Document.Text, item.Document.PublicationDate);
            Json(item.Document, item.Result!).Should().Be(Json(item.Document, alone), because: $"document {item.Document.Id} must not depend on its neighbours or threads");
        }
    }

    [Fact]
    public void A_long_document_first_does_not_reorder_the_short_ones_after_it()
    {
        var gum = GumDocuments();
        string longText = string.Join("\n\n", Enumerable.Repeat(gum[0].Text, 60));
        var documents = new List<AttributionDocument> { new("long", longText, gum[0].PublicationDate) };
        documents.AddRange(gum.Take(12));

        var ids = Extractor.ExtractMany(documents, new BatchOptions { MaxDegreeOfParallelism = 2, MaxDocumentsInFlight = 8 })
            .Select(r => r.Document.Id)
            .ToList();

        ids.Should().Equal(documents.Select(d => d.Id));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_finished_result_is_handed_over_while_the_source_waits_for_more_input(int threads)
    {
        // Standard input in a terminal: the next document comes only after the user saw the last result.
        var gum = GumDocuments();
        using var userSawFirstResult = new ManualResetEventSlim(false);
        bool sourceGaveUp = false;

        IEnumerable<AttributionDocument> Source()
        {
            yield return gum[0];
            sourceGaveUp = !userSawFirstResult.Wait(TimeSpan.FromSeconds(30));
            yield return gum[1];
        }

        using var results = Extractor.ExtractMany(Source(), new BatchOptions { MaxDegreeOfParallelism = threads }).GetEnumerator();

        results.MoveNext().Should().BeTrue();
        results.Current.Document.Should().BeSameAs(gum[0]);
        Volatile.Read(ref sourceGaveUp).Should().BeFalse("the first result must not wait for the second document");
        userSawFirstResult.Set();
        results.MoveNext().Should().BeTrue();
        results.Current.Document.Should().BeSameAs(gum[1]);
        results.MoveNext().Should().BeFalse();
    }

    [Fact]
    public void A_failing_document_is_reported_in_its_place_and_the_others_still_go_through()
    {
        var extractor = new AttributionPipelineBuilder()
            .WithOptions(new AttributionOptions { MaxDocumentLength = 2_000 })
            .Build();
        var documents = new[]
        {
            new AttributionDocument("short-1", "\"We will rebuild,\" the mayor said on Tuesday."),
            new AttributionDocument("too-long", new string('a', 2_001)),
            new AttributionDocument("short-2", "The minister said the talks would resume."),
        };

        var results = extractor.ExtractMany(documents, new BatchOptions { MaxDegreeOfParallelism = 2 }).ToList();

        results.Select(r => r.Document.Id).Should().Equal("short-1", "too-long", "short-2");
        results[0].Succeeded.Should().BeTrue();
        results[1].Succeeded.Should().BeFalse();
        results[1].Result.Should().BeNull();
        results[1].Error.Should().BeOfType<ArgumentException>().Which.Message.Should().Contain("MaxDocumentLength");
        results[2].Succeeded.Should().BeTrue();
        results[2].Result!.Text.Should().Be(documents[2].Text);
    }

    [Fact]
    public void A_source_that_throws_ends_the_batch_after_the_documents_read_before_it()
    {
        var gum = GumDocuments();
        var received = new List<string>();

        var act = () =>
        {
            foreach (var item in Extractor.ExtractMany(ThrowAfter(gum.Take(5)), new BatchOptions { MaxDegreeOfParallelism = 2 }))
            {
                received.Add(item.Document.Id);
            }
        };

        act.Should().Throw<IOException>().WithMessage("disk gone");
        received.Should().Equal(gum.Take(5).Select(d => d.Id));
    }

    [Fact]
    public void A_null_item_in_the_batch_is_a_clear_error_after_the_documents_before_it()
    {
        var gum = GumDocuments();
        var received = new List<string>();
        var documents = new List<AttributionDocument> { gum[0], gum[1], null!, gum[2] };

        var act = () =>
        {
            foreach (var item in Extractor.ExtractMany(documents))
            {
                received.Add(item.Document.Id);
            }
        };

        act.Should().Throw<ArgumentException>().WithMessage("*null item at position 2*");
        received.Should().Equal(gum[0].Id, gum[1].Id);
    }

    [Fact]
    public void The_batch_reads_at_most_the_in_flight_window_ahead_of_the_caller()
    {
        var gum = GumDocuments();
        var source = new CountingSource(Enumerable.Range(0, 400).Select(i => gum[i % gum.Count]));
        var options = new BatchOptions { MaxDegreeOfParallelism = 2, MaxDocumentsInFlight = 6 };
        int consumed = 0;

        foreach (var item in Extractor.ExtractMany(source, options))
        {
            consumed++;
            source.Read.Should().BeLessThanOrEqualTo(consumed + options.MaxDocumentsInFlight);
            if (consumed == 20)
            {
                break;
            }
        }

        source.Disposed.Should().BeTrue("leaving the loop stops the reader and releases the source");
        source.Read.Should().BeLessThan(400);
    }

    [Fact]
    public void Cancelling_stops_the_batch_with_OperationCanceledException()
    {
        var gum = GumDocuments();
        using var cancellation = new CancellationTokenSource();
        var source = new CountingSource(Enumerable.Range(0, 10_000).Select(i => gum[i % gum.Count]));
        int consumed = 0;

        var act = () =>
        {
            foreach (var item in Extractor.ExtractMany(source, new BatchOptions { MaxDegreeOfParallelism = 2 }, cancellation.Token))
            {
                if (++consumed == 3)
                {
                    cancellation.Cancel();
                }
            }
        };

        act.Should().Throw<OperationCanceledException>();
        consumed.Should().Be(3);
        source.Disposed.Should().BeTrue();
        source.Read.Should().BeLessThan(10_000);
    }

    [Fact]
    public void An_already_cancelled_token_yields_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var act = () => Extractor.ExtractMany(GumDocuments(), cancellationToken: cancellation.Token).ToList();

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public async Task The_async_stream_gives_the_same_results_in_the_same_order()
    {
        var documents = GumDocuments();
        var expected = Extractor.ExtractMany(documents).Select(r => Json(r.Document, r.Result!)).ToList();

        var actual = new List<string>();
        await foreach (var item in Extractor.ExtractManyAsync(ToAsync(documents), new BatchOptions { MaxDegreeOfParallelism = 2 }))
        {
            actual.Add(Json(item.Document, item.Result!));
        }

        actual.Should().Equal(expected);
    }

    [Fact]
    public async Task The_async_stream_honours_a_token_given_through_WithCancellation()
    {
        var documents = GumDocuments();
        using var cancellation = new CancellationTokenSource();
        int consumed = 0;

        var act = async () =>
        {
            await foreach (var item in Extractor.ExtractManyAsync(ToAsync(documents)).WithCancellation(cancellation.Token))
            {
                if (++consumed == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        consumed.Should().Be(2);
    }

    [Fact]
    public void Arguments_are_checked_when_called_not_when_enumerated()
    {
        var nullDocuments = () => Extractor.ExtractMany(null!);
        var nullStream = () => Extractor.ExtractManyAsync(null!);
        var noThreads = () => new BatchOptions { MaxDegreeOfParallelism = 0 };
        var noWindow = () => new BatchOptions { MaxDocumentsInFlight = -1 };
        var nullText = () => new AttributionDocument("id", null!);

        nullDocuments.Should().Throw<ArgumentNullException>();
        nullStream.Should().Throw<ArgumentNullException>();
        noThreads.Should().Throw<ArgumentOutOfRangeException>();
        noWindow.Should().Throw<ArgumentOutOfRangeException>();
        nullText.Should().Throw<ArgumentNullException>();
        new BatchOptions { MaxDegreeOfParallelism = 3, MaxDocumentsInFlight = 1 }.MaxDocumentsInFlight.Should().Be(3, "the window never starves the threads");
    }

    private static List<AttributionDocument> GumDocuments()
    {
        var documents = new List<AttributionDocument>();
        foreach (var line in File.ReadLines(TestData.PathOf("gum", "gum-attribution.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            documents.Add(new AttributionDocument(
                root.GetProperty("id").GetString()!,
                root.GetProperty("text").GetString()!,
                DateOnly.Parse(root.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return documents;
    }

    private static string Json(AttributionDocument document, AttributionResult result) =>
        AttributionJson.Serialize(document.Id, null, result);

    private static IEnumerable<AttributionDocument> ThrowAfter(IEnumerable<AttributionDocument> documents)
    {
        foreach (var document in documents)
        {
            yield return document;
        }

        throw new IOException("disk gone");
    }

    private static async IAsyncEnumerable<AttributionDocument> ToAsync(IEnumerable<AttributionDocument> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }

    /// <summary>A source that counts how far the batch has read it and whether it was disposed.</summary>
    private sealed class CountingSource(IEnumerable<AttributionDocument> documents) : IEnumerable<AttributionDocument>
    {
        private int _read;
        private int _disposed;

        public int Read => Volatile.Read(ref _read);

        public bool Disposed => Volatile.Read(ref _disposed) == 1;

        public IEnumerator<AttributionDocument> GetEnumerator()
        {
            try
            {
                foreach (var document in documents)
                {
                    Interlocked.Increment(ref _read);
                    yield return document;
                }
            }
            finally
            {
                Volatile.Write(ref _disposed, 1);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

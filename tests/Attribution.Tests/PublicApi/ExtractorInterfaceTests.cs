using System.Collections.Immutable;

namespace Attribution.Tests.PublicApi;

/// <summary>Code written against <see cref="IAttributionExtractor"/> runs with the real extractor and with a test double.</summary>
public sealed class ExtractorInterfaceTests
{
    private const string Briefing = "“We will not raise taxes,” the prime minister said on Monday. Critics said the plan was unfunded.";

    [Fact]
    public void A_consumer_of_the_interface_works_with_the_real_extractor()
    {
        var digest = new QuoteDigest(AttributionExtractor.CreateDefault());

        digest.Speakers(Briefing).Should().Equal("the prime minister", "Critics");
    }

    [Fact]
    public void A_consumer_of_the_interface_can_be_tested_with_a_double()
    {
        var canned = new AttributionResult(
            "Ms Okafor said yes.",
            [new Statement(StatementKind.Indirect, new TextExcerpt(new TextSpan(15, 18), "yes"), [], new Cue(new TextSpan(10, 14), "said", "say"),
                new SpeakerMention(new TextSpan(0, 9), "Ms Okafor", MentionKind.Name, null), null, null, true, 0.9)],
            ImmutableArray<Entity>.Empty);
        var fake = new CannedExtractor(canned);

        new QuoteDigest(fake).Speakers("any text at all").Should().Equal("Ms Okafor");
        fake.Calls.Should().Be(1);
    }

    /// <summary>What a user's service might do with the interface.</summary>
    private sealed class QuoteDigest(IAttributionExtractor extractor)
    {
        public List<string> Speakers(string text) =>
            extractor.Extract(text).Statements.Select(s => s.Speaker?.Text ?? "?").ToList();
    }

    private sealed class CannedExtractor(AttributionResult result) : IAttributionExtractor
    {
        public int Calls { get; private set; }

        public AttributionResult Extract(string text, DateOnly? publicationDate = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return result;
        }

        public AttributionResult Extract(ReadOnlyMemory<char> text, DateOnly? publicationDate = null, CancellationToken cancellationToken = default) =>
            Extract(text.ToString(), publicationDate, cancellationToken);

        public AttributionResult Extract(TextReader reader, DateOnly? publicationDate = null, CancellationToken cancellationToken = default) =>
            Extract(reader.ReadToEnd(), publicationDate, cancellationToken);

        public IEnumerable<AttributionDocumentResult> ExtractMany(IEnumerable<AttributionDocument> documents, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("not used by the digest");

        public IAsyncEnumerable<AttributionDocumentResult> ExtractManyAsync(IAsyncEnumerable<AttributionDocument> documents, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("not used by the digest");
    }
}

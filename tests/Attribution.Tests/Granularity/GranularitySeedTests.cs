using Attribution.Evaluation.Gold;
using Attribution.Evaluation.Scoring;
using Attribution.Serialization;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Granularity;

/// <summary>The seed article in both granularities: quote mode is today's output; act mode still finds every required statement.</summary>
public sealed class GranularitySeedTests
{
    /// <summary>The scorer's lenient level: a prediction covers at least this share of the gold content.</summary>
    private const double LenientCoverage = 0.3;

    private static readonly GoldDocument Seed = GoldReader.Read(TestData.PathOf("seed", "guterres-netanyahu.expected.json"))[0];

    [Fact]
    public void Quote_mode_set_explicitly_writes_exactly_what_the_default_extractor_writes()
    {
        var byDefault = AttributionExtractor.CreateDefault().Extract(Seed.Text, Seed.Date);
        var quote = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Quote).Build().Extract(Seed.Text, Seed.Date);

        AttributionJson.Serialize("seed", null, quote).Should().Be(AttributionJson.Serialize("seed", null, byDefault));
    }

    [Fact]
    public void Act_mode_still_covers_every_required_seed_statement_with_its_speaker()
    {
        var result = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build().Extract(Seed.Text, Seed.Date);
        var predicted = result.Statements.Select(s => (Statement: s, Characters: ContentCharacters.Of(
            Seed.Text, s.Fragments.IsDefaultOrEmpty ? [s.Content.Span] : s.Fragments.Select(f => f.Span)))).ToList();

        // The seed's gold is per quote: in act mode the quotes of one act are pieces of one statement, so a gold
        // statement is covered by an act's fragments rather than paired one to one.
        foreach (var (statement, index) in Seed.Statements.Select((s, i) => (s, i)).Where(p => p.s.IsRequired))
        {
            var gold = ContentCharacters.Of(Seed.Text, statement.ContentPieces);
            var covering = predicted.FirstOrDefault(p => p.Characters.IntersectionCount(gold) >= LenientCoverage * gold.Count);
            covering.Statement.Should().NotBeNull($"required statement {index} «{statement.Content.Slice(Seed.Text)}» should be covered in act mode");
            if (statement.SpeakerResolved is { } name)
            {
                (covering.Statement!.Speaker?.Entity?.Name ?? covering.Statement.Speaker?.Text).Should().Contain(name.Split(' ')[^1], $"statement {index}");
            }
        }
    }
}

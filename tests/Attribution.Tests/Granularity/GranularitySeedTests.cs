using Attribution.Evaluation.Gold;
using Attribution.Evaluation.Scoring;
using Attribution.Serialization;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Granularity;

/// <summary>The seed article in both granularities: quote mode is today's output; act mode still finds every required statement.</summary>
public sealed class GranularitySeedTests
{
    private static readonly GoldDocument Seed = GoldReader.Read(TestData.PathOf("seed", "guterres-netanyahu.expected.json"))[0];

    [Fact]
    public void Quote_mode_set_explicitly_writes_exactly_what_the_default_extractor_writes()
    {
        var byDefault = AttributionExtractor.CreateDefault().Extract(Seed.Text, Seed.Date);
        var quote = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Quote).Build().Extract(Seed.Text, Seed.Date);

        AttributionJson.Serialize("seed", null, quote).Should().Be(AttributionJson.Serialize("seed", null, byDefault));
    }

    [Fact]
    public void Act_mode_still_finds_every_required_seed_statement_with_its_speaker()
    {
        var result = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build().Extract(Seed.Text, Seed.Date);
        var gold = Seed.Statements.Select(s => ContentCharacters.Of(Seed.Text, s.ContentPieces)).ToList();
        var predicted = result.Statements.Select(s => ContentCharacters.Of(Seed.Text, s.Fragments.IsDefaultOrEmpty ? [s.Content.Span] : s.Fragments.Select(f => f.Span))).ToList();
        var matches = StatementMatcher.Match(gold, predicted);

        foreach (var (statement, index) in Seed.Statements.Select((s, i) => (s, i)).Where(p => p.s.IsRequired))
        {
            var match = matches.FirstOrDefault(m => m.GoldIndex == index);
            match.Should().NotBeNull($"required statement {index} «{statement.Content.Slice(Seed.Text)}» should be found in act mode");
            var actual = result.Statements[match!.PredictedIndex];
            if (statement.SpeakerResolved is { } name)
            {
                (actual.Speaker?.Entity?.Name ?? actual.Speaker?.Text).Should().Contain(name.Split(' ')[^1], $"statement {index}");
            }
        }
    }
}

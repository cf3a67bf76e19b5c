using Attribution.Frames;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames;

/// <summary>
/// First-person beliefs nested in an attributed quotation (<see cref="NestedBeliefFinder"/>): PARC 3.0 annotates
/// <c>I think …</c> inside a quote as an attribution of its own, beside the quote, with speech false and the
/// <c>I</c> resolved to the quote's speaker.
/// </summary>
public sealed class NestedBeliefFinderTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Theory]
    [InlineData("“I think we have learned a lot from today's game,” coach Ana Reyes said.", "I", "think", "we have learned a lot from today's game")]
    [InlineData("“I'm sure the talks will resume next week,” the envoy said.", "I", "sure", "the talks will resume next week")]
    [InlineData("“We know that the dam is weak,” the engineer told reporters.", "We", "know", "the dam is weak")]
    [InlineData("“The vote was close. I really don't think the council will act,” the mayor said.", "I", "think", "the council will act")]
    [InlineData("“I suspect they won't do that on a voluntary basis, we've tried for years,” he said.", "I", "suspect", "they won't do that on a voluntary basis")]
    [InlineData("The minister said: “Prices are high, but I believe the worst is over.”", "I", "believe", "the worst is over")]
    public void A_first_person_belief_in_a_quote_is_a_statement_beside_it(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.Find(text);
        var nested = found.Where(s => s.Rule == nameof(NestedBeliefFinder)).ToList();
        nested.Should().ContainSingle(FrameProbe.Describe(found));
        nested[0].Speaker.Should().Be(speaker);
        nested[0].Cue.Should().Be(cue);
        nested[0].Content.Should().Be(content);
        found.Should().HaveCount(2, "the quote stays a statement of its own");
    }

    [Theory]
    [InlineData("“I think so,” she said.")]
    [InlineData("“I feel great,” the striker said after the match.")]
    [InlineData("“I know the area well,” the guide said.")]
    [InlineData("The band released “I Think We're Alone Now, and I believe it will chart” as a single in 1987.")]
    [InlineData("“You think the plan will work,” he told her.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        var found = FrameProbe.Find(text).Where(s => s.Rule == nameof(NestedBeliefFinder)).ToList();
        found.Should().BeEmpty(FrameProbe.Describe(found));
    }

    [Fact]
    public void The_belief_is_not_speech_and_its_I_is_the_quotes_speaker()
    {
        var result = Extractor.Extract("“I think the bridge is safe,” engineer Tomas Varga said on Monday.");
        result.Statements.Should().HaveCount(2);
        var belief = result.Statements.Single(s => s.Cue?.Text == "think");
        belief.IsSpeech.Should().BeFalse();
        belief.Speaker!.Text.Should().Be("I");
        belief.Speaker.Entity!.Name.Should().Be("Tomas Varga");
    }

    [Fact]
    public void In_act_mode_the_content_starts_at_that()
    {
        var result = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build()
            .Extract("“We know that the dam is weak,” the engineer told reporters.");
        result.Statements.Single(s => s.Cue?.Text == "know").Content.Text.Should().Be("that the dam is weak");
    }
}

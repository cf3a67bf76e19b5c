using Attribution.Frames;

namespace Attribution.Tests.Frames;

/// <summary>
/// A first-person belief set off by commas inside a quoted clause (<c>“The economy will, I think, recover next year,” she
/// said</c>): a statement of its own beside the quote, source <c>I</c>, whose content is the clause around it in two
/// fragments, in both granularities.
/// </summary>
public sealed class MedialNestedBeliefTests
{
    private static readonly AttributionExtractor[] Extractors =
    [
        AttributionExtractor.CreateDefault(),
        new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build(),
    ];

    [Theory]
    [InlineData("“The economy will, I think, recover next year,” the central bank governor said.", "think", "The economy will", "recover next year")]
    [InlineData("“That, I believe, was the turning point of the campaign,” Senator Ruth Ames told reporters.", "believe", "That", "was the turning point of the campaign")]
    [InlineData("“The vote was close. The council, I suspect, will not act before March,” the mayor said.", "suspect", "The council", "will not act before March")]
    public void A_set_off_belief_frames_the_clause_around_it(string text, string cue, string before, string after)
    {
        foreach (var extractor in Extractors)
        {
            var result = extractor.Extract(text);
            result.Statements.Should().HaveCount(2, "the quote stays a statement of its own");
            var belief = result.Statements.Should().ContainSingle(s => s.Cue != null && s.Cue.Text == cue).Subject;
            belief.Speaker!.Text.Should().Be("I");
            belief.IsSpeech.Should().BeFalse();
            belief.Fragments.Select(f => f.Text).Should().Equal(before, after);
            belief.Speaker.Entity.Should().BeSameAs(result.Statements.Single(s => s != belief).Speaker!.Entity);
        }
    }

    [Theory]
    [InlineData("“Well, I think, we will see,” she said.")]
    [InlineData("“Yes, I believe, that is right,” the coach said.")]
    public void A_lone_discourse_word_before_it_opens_no_clause(string text)
    {
        foreach (var extractor in Extractors)
        {
            extractor.Extract(text).Statements.Should().ContainSingle().Which.Cue!.Text.Should().Be("said");
        }
    }
}

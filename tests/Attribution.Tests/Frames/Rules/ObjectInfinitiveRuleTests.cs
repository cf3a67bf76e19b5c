using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// The shapes <see cref="ObjectInfinitiveRule"/> is for (a belief or estimate about a noun phrase with a
/// to-infinitive: <c>Most economists expect rates to fall</c>), and the near misses that must stay non-statements.
/// </summary>
public sealed class ObjectInfinitiveRuleTests
{
    [Theory]
    [InlineData("Most economists expect rates to fall next year.", "Most economists", "expect", "rates to fall next year")]
    [InlineData("The panel considered the risk to be small.", "The panel", "considered", "the risk to be small")]
    [InlineData("Officials consider the old bridge to be safe for lorries.", "Officials", "consider", "the old bridge to be safe for lorries")]
    [InlineData("Analysts estimate the merger to cost about 2,000 jobs.", "Analysts", "estimate", "the merger to cost about 2,000 jobs")]
    [InlineData("Forecasters expect the storm to make landfall on Thursday.", "Forecasters", "expect", "the storm to make landfall on Thursday")]
    public void A_phrase_and_an_infinitive_after_the_cue_are_the_content(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<ObjectInfinitiveRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("The minister is expected to resign on Friday.")]
    [InlineData("The expected rate cut did not come.")]
    [InlineData("We expect a decision by Friday.")]
    [InlineData("The company expects to hire 500 workers this year.")]
    [InlineData("The board will consider the proposal next week.")]
    [InlineData("The council considered whether the plan was legal.")]
    [InlineData("Shares rose more than expected to close at a record.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        var found = FrameProbe.Find(text);
        found.Should().BeEmpty(FrameProbe.Describe(found));
    }

    [Fact]
    public void An_expectation_is_not_speech()
    {
        var statement = Extracted.Single("Most economists expect rates to fall next year.");
        statement.IsSpeech.Should().BeFalse();
        statement.Speaker!.Text.Should().Be("Most economists");
    }

    [Theory]
    [InlineData("Retailers expect demand for heaters to climb as temperatures drop.", "demand for heaters to climb as temperatures drop")]
    [InlineData("Most forecasters expect demand to recover by the spring.", "demand to recover by the spring")]
    public void A_cue_word_heading_the_object_is_a_noun(string text, string content)
    {
        var statements = Extracted.Find(text);

        var belief = statements.Should().ContainSingle(s => s.Cue != null && s.Cue.Text == "expect", Extracted.Describe(statements)).Subject;
        belief.Content.Text.Should().Be(content);
        belief.IsSpeech.Should().BeFalse();
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// <see cref="ParticipialRule"/> after a main clause whose subject holds a possessive and an appositive set off by commas
/// (<c>Trump's running mate, Mike Pence, sought …, saying …</c>): the subject is read back from the main verb (the mention, whose
/// appositive act granularity adds to the span).
/// </summary>
public sealed class ParticipialAppositiveSubjectTests
{
    [Theory]
    [InlineData("Trump's running mate, Mike Pence, sought to reassure voters, saying that the campaign would accept the result.",
        "Trump's running mate", "the campaign would accept the result")]
    [InlineData("The governor's chief of staff, Ann Lee, defended the plan, saying that it would save money.",
        "The governor's chief of staff", "it would save money")]
    [InlineData("The company's chief executive, John Doe, defended the cuts, adding that more were likely.",
        "The company's chief executive", "more were likely")]
    public void The_whole_subject_with_its_appositive_speaks(string text, string speaker, string content)
    {
        var found = FrameProbe.By<ParticipialRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("Trump's running mate, Mike Pence, sought to reassure voters, saying that the campaign would accept the result.", "Trump's running mate, Mike Pence")]
    [InlineData("The minister, a veteran of three governments, defended the plan, adding that costs would fall.", "The minister, a veteran of three governments")]
    public void In_act_granularity_the_speaker_span_ends_with_the_appositive_not_the_main_verb(string text, string speaker)
    {
        var statements = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build().Extract(text).Statements;
        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_subject_with_no_appositive_is_read_as_before()
    {
        var found = FrameProbe.By<ParticipialRule>("The minister defended the plan, adding that costs would fall by a third.");
        found.Should().ContainSingle().Which.Speaker.Should().Be("The minister");
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// The shapes <see cref="PredicativeSourceRule"/> is for (an adjective of belief or feeling after a linking verb:
/// <c>Officials are confident that …</c>), and the near misses it must leave alone (news sentences). PARC 3.0
/// counts these holders of a belief as sources, so the statements carry speech false.
/// </summary>
public sealed class PredicativeSourceRuleTests
{
    [Theory]
    [InlineData("Officials are confident that the bridge will reopen by March.", "Officials", "confident", "the bridge will reopen by March")]
    [InlineData("She is convinced the vote in the northern districts was rigged.", "She", "convinced", "the vote in the northern districts was rigged")]
    [InlineData("Investors are worried that the central bank will cut rates again.", "Investors", "worried", "the central bank will cut rates again")]
    [InlineData("The pilot was certain the plane had cleared the runway.", "The pilot", "certain", "the plane had cleared the runway")]
    [InlineData("The governor is well aware that the budget is short by $2 billion.", "The governor", "aware", "the budget is short by $2 billion")]
    [InlineData("The fund manager would not be surprised if the merger collapsed before the vote.", "The fund manager", "surprised", "if the merger collapsed before the vote")]
    [InlineData("Union leaders remain hopeful that a deal can be reached before the weekend.", "Union leaders", "hopeful", "a deal can be reached before the weekend")]
    [InlineData("Church groups are concerned the government will change the property tax law.", "Church groups", "concerned", "the government will change the property tax law")]
    [InlineData("Residents have grown increasingly skeptical that the plant will ever reopen.", "Residents", "skeptical", "the plant will ever reopen")]
    public void The_subject_of_a_linking_verb_holds_the_belief(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<PredicativeSourceRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("He gave a confident smile as the results came in.")]
    [InlineData("It is certain that fuel prices will rise this winter.")]
    [InlineData("The coach is confident of victory on Saturday.")]
    [InlineData("Farmers are aware of the risks of planting early.")]
    [InlineData("She is sure to win the seat in November.")]
    [InlineData("The minister's certain remarks were not recorded.")]
    [InlineData("The mayor was pleased with the turnout on Sunday.")]
    [InlineData("Witnesses were not sure.")]
    [InlineData("Many older voters are simply afraid and distrust the new system.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        var found = FrameProbe.Find(text);
        found.Should().BeEmpty(FrameProbe.Describe(found));
    }

    [Fact]
    public void A_feeling_needs_that()
    {
        FrameProbe.By<PredicativeSourceRule>("The senator was disappointed that the agency chose Florida.").Should().ContainSingle()
            .Which.Content.Should().Be("the agency chose Florida");
        FrameProbe.Find("The senator was disappointed the agency chose Florida.").Should().BeEmpty();
    }

    [Fact]
    public void The_statement_is_not_speech_and_in_act_mode_starts_at_that()
    {
        var statement = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build()
            .Extract("Investors are worried that the central bank will cut rates again.").Statements.Should().ContainSingle().Subject;
        statement.IsSpeech.Should().BeFalse();
        statement.Content.Text.Should().Be("that the central bank will cut rates again");
        statement.Speaker!.Text.Should().Be("Investors");
    }

    [Fact]
    public void I_am_sure_outside_quotes_ranks_below_a_third_person_frame()
    {
        var found = FrameProbe.By<PredicativeSourceRule>("I'm sure the talks will fail.");
        found.Should().ContainSingle().Which.Speaker.Should().Be("I");
        found[0].Confidence.Should().BeLessThan(FrameProbe.By<PredicativeSourceRule>("Officials are sure the talks will fail.")[0].Confidence);
    }

    [Fact]
    public void A_verb_form_without_a_linking_verb_is_left_to_the_verb_rules()
    {
        var found = FrameProbe.Find("Investors worried that the bank would fail.");
        found.Should().ContainSingle().Which.Rule.Should().Be(nameof(SubjectFrameRule));
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="RaisingVerbRule"/> is for (continues to insist, appeared to suggest), and the near misses it must leave alone (news sentences).</summary>
public sealed class RaisingVerbRuleTests
{
    [Theory]
    [InlineData("He continues to insist that the election was stolen.", "He", "insist", "the election was stolen")]
    [InlineData("The minister appeared to suggest that the fuel tax would stay in place.", "The minister", "suggest", "the fuel tax would stay in place")]
    [InlineData("Party leaders have continued to argue the vote was fair.", "Party leaders", "argue", "the vote was fair")]
    [InlineData("The former president has continued to maintain that the documents were his.", "The former president", "maintain", "the documents were his")]
    [InlineData("The former coach used to say, 'Defense wins championships.'", "The former coach", "say", "'Defense wins championships.'")]
    [InlineData("Her father used to tell her that the farm would outlast them all.", "Her father", "tell", "the farm would outlast them all")]
    [InlineData("The lawyer continues to tell her that the appeal will succeed.", "The lawyer", "tell", "the appeal will succeed")]
    public void The_subject_of_the_raising_verb_speaks(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<RaisingVerbRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("The company is expected to announce layoffs on Monday.")]
    [InlineData("The spokesman declined to say whether talks had resumed.")]
    [InlineData("The families wanted to say goodbye before the funeral.")]
    [InlineData("The governor continues to maintain his innocence.")]
    [InlineData("The storm weakened overnight and continues to threaten the coast.")]
    [InlineData("The term police used to describe the suspect was vague.")]
    [InlineData("The money was used to tell the story of the flood in a new museum.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        var found = FrameProbe.Find(text);
        found.Should().BeEmpty(FrameProbe.Describe(found));
    }

    [Theory]
    [InlineData("The senator has long argued that the tax is unfair.", "The senator", "argued", "the tax is unfair")]
    [InlineData("Officials have repeatedly said the plant is safe.", "Officials", "said", "the plant is safe")]
    [InlineData("She has said she will run again next year.", "She", "said", "she will run again next year")]
    [InlineData("He did not deny that the meeting took place.", "He", "deny", "the meeting took place")]
    [InlineData("The spokesman would not say whether the talks had resumed.", "The spokesman", "say", "whether the talks had resumed")]
    public void Perfect_modal_and_negated_cues_keep_their_subject(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.Find(text);
        found.Should().ContainSingle(FrameProbe.Describe(found));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
    }

    [Fact]
    public void Would_not_say_whether_starts_at_whether_in_act_mode()
    {
        var statement = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build()
            .Extract("The spokesman would not say whether the talks had resumed.").Statements.Should().ContainSingle().Subject;
        statement.Content.Text.Should().Be("whether the talks had resumed");
    }

    [Fact]
    public void Declined_to_say_stays_a_decline()
    {
        var result = AttributionExtractor.CreateDefault().Extract("The spokesman declined to say whether talks had resumed.");
        result.Statements.Should().BeEmpty();
        result.Declines.Should().ContainSingle();
    }

    [Theory]
    [InlineData("She has long maintained that the company can grow again, and continues to insist that the truck program is on schedule.", "She", "the truck program is on schedule")]
    [InlineData("The utility cut its dividend but continues to argue that the storm costs will be recovered.", "The utility", "the storm costs will be recovered")]
    public void After_a_coordinator_the_raising_verb_shares_the_subject_before(string text, string speaker, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().Contain(s => s.Content.Text == content && s.Speaker != null && s.Speaker.Text == speaker, Extracted.Describe(statements));
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="SharedSubjectRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class SharedSubjectRuleTests
{
    [Theory]
    [InlineData("They claimed the vote was rigged and claim the count must be redone.", "the count must be redone", "They")]
    [InlineData("The minister said the plan was sound and insisted that costs would fall.", "costs would fall", "The minister")]
    [InlineData("Ms. Chen acknowledged the plan was risky but said it was worth trying.", "it was worth trying", "Ms. Chen")]
    [InlineData("The treasurer said the fund was solvent and has repeatedly argued that the pension reform can wait.", "the pension reform can wait", "The treasurer")]
    [InlineData("Sgt. Ortiz said officers were searching the woods and urged anyone with information to call the tip line.", "to call the tip line", "Sgt. Ortiz")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<SharedSubjectRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Prices rose and analysts warned that inflation would follow.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<SharedSubjectRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Ends_the_first_content_where_the_second_cue_begins()
    {
        const string text = "Ms. Chen acknowledged the plan was risky but said it was worth trying.";

        FrameProbe.Find(text).Select(s => s.Content).Should().Equal("the plan was risky", "it was worth trying");
    }
}

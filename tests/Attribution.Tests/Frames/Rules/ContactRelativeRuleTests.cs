using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ContactRelativeRule"/> is for (a relative clause with no relative pronoun around the cue), and the near misses it must leave alone (news sentences).</summary>
public sealed class ContactRelativeRuleTests
{
    [Theory]
    [InlineData("The company cut its forecast, a move traders said would weigh on the shares.", "traders", "said", "would weigh on the shares")]
    [InlineData("The council approved the levy, a decision critics say will hurt renters.", "critics", "say", "will hurt renters")]
    [InlineData("Rents rose 9% last year, a pace some analysts say is unsustainable.", "some analysts", "say", "is unsustainable")]
    [InlineData("The agency set the fee at $40, a figure the report said was far too low.", "the report", "said", "was far too low")]
    public void The_phrase_before_the_cue_speaks_and_the_verb_group_is_the_content(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<ContactRelativeRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
    }

    [Fact]
    public void The_content_ends_where_the_main_clause_resumes()
    {
        const string text = "The merger, a deal regulators said would raise prices, was approved on Friday.";
        var found = FrameProbe.By<ContactRelativeRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be("would raise prices");
    }

    [Theory]
    [InlineData("The union members said they would strike on Monday.")]
    [InlineData("The plan, which critics say will fail, was approved on Friday.")]
    [InlineData("Market traders said the shares would fall.")]
    [InlineData("In fact, many people the reporter observed took out their phones as they left.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ContactRelativeRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

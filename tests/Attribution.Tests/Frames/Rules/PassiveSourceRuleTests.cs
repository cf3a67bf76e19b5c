using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="PassiveSourceRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class PassiveSourceRuleTests
{
    [Theory]
    [InlineData("It is widely expected that the central bank will hold rates steady in June.", "the central bank will hold rates steady in June")]
    [InlineData("It was announced on Tuesday that the Dayton plant would close by the end of the year.", "the Dayton plant would close by the end of the year")]
    [InlineData("It has long been believed that the tunnel was dug by smugglers.", "the tunnel was dug by smugglers")]
    public void An_extraposed_passive_attributes_the_that_clause_to_no_one_named(string text, string content)
    {
        var found = FrameProbe.By<PassiveSourceRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().BeNull();
    }

    [Theory]
    [InlineData("The chip maker is said to be weighing a sale of its networking unit.", "to be weighing a sale of its networking unit")]
    [InlineData("The fugitive banker is believed to have fled to Dubai last spring.", "to have fled to Dubai last spring")]
    [InlineData("The two sides were reported to be close to a deal on Sunday night.", "to be close to a deal on Sunday night")]
    public void A_hearsay_passive_attributes_its_infinitive_to_no_one_named(string text, string content)
    {
        var found = FrameProbe.By<PassiveSourceRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().BeNull();
    }

    [Theory]
    [InlineData("Employees were told by managers on Friday that the call center would move to Texas.", "managers", "Employees", "the call center would move to Texas")]
    [InlineData("It was confirmed by the defense ministry that two soldiers had died in the attack.", "the defense ministry", null, "two soldiers had died in the attack")]
    public void A_passive_with_a_by_agent_makes_the_agent_the_speaker(string text, string speaker, string? addressee, string content)
    {
        var found = FrameProbe.By<PassiveSourceRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Addressee.Should().Be(addressee);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("The workers were told that the plant would close.")]
    [InlineData("The driver was told to leave the scene.")]
    [InlineData("Two people are reported dead after the crash on the motorway.")]
    [InlineData("The company is expected to report a loss for the quarter.")]
    [InlineData("The plan was criticized by unions and business groups alike.")]
    [InlineData("The senator is known to favor lower tariffs.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<PassiveSourceRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void A_sourceless_statement_has_no_speaker_and_a_belief_is_not_speech()
    {
        var s = Extracted.Single("It is widely believed that the chairman will step down before the annual meeting.");
        s.Speaker.Should().BeNull();
        s.Cue!.Text.Should().Be("believed");
        s.IsSpeech.Should().BeFalse();
        s.Content.Text.Should().Be("the chairman will step down before the annual meeting");
    }

    [Fact]
    public void Without_it_the_guard_refuses_the_passive_and_nothing_is_found()
    {
        const string text = "It is widely expected that the central bank will hold rates steady in June.";
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<PassiveSourceRule>());
        without.Should().BeEmpty(FrameProbe.Describe(without));
    }
}

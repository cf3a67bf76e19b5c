using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="QuantifierSourceRule"/> is for (a bare quantifier as the speaker), and the near misses it must leave alone (news sentences).</summary>
public sealed class QuantifierSourceRuleTests
{
    [Theory]
    [InlineData("Brokers said the auction went well, although some worried that foreign demand was fading.", "some", "worried", "foreign demand was fading")]
    [InlineData("Several economists expect a cut in June, while others argued that inflation was still too high.", "others", "argued", "inflation was still too high")]
    [InlineData("Many believe the steel mill will close before the winter.", "Many", "believe", "the steel mill will close before the winter")]
    [InlineData("Some say the rescue package came far too late for the town.", "Some", "say", "the rescue package came far too late for the town")]
    [InlineData("Most residents stayed, but few believed that the river would stay low.", "few", "believed", "the river would stay low")]
    [InlineData("One striker waved a flag, while another shouted, \"Pay us what we are worth!\"", "another", "shouted", "\"Pay us what we are worth!\"")]
    [InlineData("Most shoppers welcomed the new hours. Another said \"It should have happened years ago.\"", "Another", "said", "\"It should have happened years ago.\"")]
    [InlineData("One analyst expects a cut, but another argues that the bank will wait until autumn.", "another", "argues", "the bank will wait until autumn")]
    [InlineData("Many had bet that the central bank would cut rates in March.", "Many", "bet", "the central bank would cut rates in March")]
    [InlineData("Others have argued that the stadium will never pay for itself.", "Others", "argued", "the stadium will never pay for itself")]
    [InlineData("Some will say the deal came too late for the mill.", "Some", "say", "the deal came too late for the mill")]
    [InlineData("One trader sold early, and another has warned that prices could fall further.", "another", "warned", "prices could fall further")]
    public void Frames_the_shapes_it_is_for(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<QuantifierSourceRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("Some worried shareholders sold their stakes on Friday.")]
    [InlineData("She gives so many talks she can't keep count of them.")]
    [InlineData("The many reported cases were traced to one farm.")]
    [InlineData("Some saying the vote was rigged gathered outside the court.")]
    [InlineData("Another reported case was traced to the same farm.")]
    [InlineData("They asked for another report on the spill before the vote.")]
    [InlineData("Another say in the matter was promised to the tenants.")]
    [InlineData("Some were told that the plant would close in the spring.")]
    [InlineData("Some has said the plant would close in the spring.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<QuantifierSourceRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
        FrameProbe.Find(text).Should().NotContain(s => s.Speaker == "Some" || s.Speaker == "many", FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void The_first_statement_keeps_its_own_speaker()
    {
        const string text = "Dealers said the bond sale should go smoothly, although some worried that Asian buyers had pulled back.";

        FrameProbe.Find(text).Select(s => (s.Speaker, s.Content)).Should().Equal(
            ("Dealers", "the bond sale should go smoothly"), ("some", "Asian buyers had pulled back"));
    }
}

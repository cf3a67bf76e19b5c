using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="AspectGerundRule"/> is for (kept saying, keeps telling reporters), and the near misses it must leave alone (news sentences).</summary>
public sealed class AspectGerundRuleTests
{
    [Theory]
    [InlineData("The landlord kept saying \"the boiler will be fixed next week\" all through January.", "The landlord", "saying", "\"the boiler will be fixed next week\"")]
    [InlineData("Ms. Okafor keeps telling investors that the merger is on track.", "Ms. Okafor", "telling", "the merger is on track")]
    [InlineData("The union has continued insisting that the offer is too low.", "The union", "insisting", "the offer is too low")]
    [InlineData("The coach kept on saying, \"We are one win away.\"", "The coach", "saying", "\"We are one win away.\"")]
    [InlineData("Residents started complaining that the water tasted of metal.", "Residents", "complaining", "the water tasted of metal")]
    public void The_subject_of_the_verb_of_aspect_speaks(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<AspectGerundRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
    }

    [Fact]
    public void Keeps_telling_takes_the_listener_as_addressee()
    {
        const string text = "The governor keeps telling reporters \"there is no crisis at the border.\"";
        var found = FrameProbe.By<AspectGerundRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be("The governor");
        found[0].Addressee.Should().Be("reporters");
        found[0].Content.Should().Be("\"there is no crisis at the border.\"");
    }

    [Fact]
    public void After_a_coordinator_the_verb_of_aspect_shares_the_subject_before()
    {
        const string text = "The challenger left the count early and kept saying the result was rigged.";
        var statements = Extracted.Find(text);
        statements.Should().Contain(s => s.Content.Text == "the result was rigged" && s.Speaker != null && s.Speaker.Text == "The challenger", Extracted.Describe(statements));
    }

    [Theory]
    [InlineData("The fans kept chanting until the final whistle.")]
    [InlineData("Keeping quiet, the minister left the chamber.")]
    [InlineData("The campaign stopped saying the race was close.")]
    [InlineData("The storm kept the ferries in port for three days.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        var found = FrameProbe.Find(text);
        found.Should().BeEmpty(FrameProbe.Describe(found));
    }
}

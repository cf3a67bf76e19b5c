using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ColonLabelRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ColonLabelRuleTests
{
    [Theory]
    [InlineData("Doe: \"We will not back down on this.\"", "\"We will not back down on this.\"", "Doe")]
    [InlineData("Senator Ito: \"The bill is dead.\"", "\"The bill is dead.\"", "Senator Ito")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<ColonLabelRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("He: \"We will not back down on this.\"")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ColonLabelRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Name_colon_quote()
    {
        var s = Extracted.Single("Doe: “We will fight this in court.”");
        s.Speaker!.Text.Should().Be("Doe");
        s.Content.Text.Should().Be("“We will fight this in court.”");
    }

    [Fact]
    public void A_label_before_a_scare_quote_inside_a_headline_is_not_a_speaker()
    {
        Extracted.Find("Reports: 'simplified' visa process to replace interviews for some applicants").Should().BeEmpty();
        var statements = Extracted.Find("Okafor: \"We will rebuild every school.\"");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be("Okafor");
    }
}

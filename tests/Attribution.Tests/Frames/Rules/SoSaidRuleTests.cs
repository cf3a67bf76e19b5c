using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="SoSaidRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class SoSaidRuleTests
{
    [Theory]
    [InlineData("Taxes dominated the week in the capital.\n\n“We will not raise taxes this year.” So said the prime minister on Tuesday, a week before the budget.", "“We will not raise taxes this year.”", "the prime minister")]
    [InlineData("“The league has lost its way.”\n\nSo said Carla Mendes, the club’s president, after the vote.", "“The league has lost its way.”", "Carla Mendes")]
    [InlineData("“Buy the dip.” Or so says the strategist at a big Wall Street bank.", "“Buy the dip.”", "the strategist at a big Wall Street bank")]
    [InlineData("Inflation will fall below 2 percent by the spring. So says the central bank’s governor.", "Inflation will fall below 2 percent by the spring", "the central bank’s governor")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<SoSaidRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("So he said he would go, and he went.")]
    [InlineData("So said, the talks ended without a deal.")]
    [InlineData("The vote failed.\n\nSo said the chairman: “We will try again in May.”")]
    [InlineData("Factories closed across the region.\n\nSo says the union leader, who wants a general strike.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<SoSaidRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void The_quote_before_so_said_in_a_new_paragraph_is_not_the_previous_speakers()
    {
        const string text = "“The budget will balance,” the finance minister said on Monday.\n\n"
            + "“We will not raise taxes this year.” So said the prime minister on Tuesday.";
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[1].Content.Text.Should().Be("“We will not raise taxes this year.”");
        statements[1].Speaker!.Text.Should().Be("the prime minister");
        statements[1].Cue!.Lemma.Should().Be("say");
    }
}

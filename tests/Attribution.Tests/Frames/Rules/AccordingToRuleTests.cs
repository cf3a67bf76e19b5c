using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="AccordingToRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class AccordingToRuleTests
{
    [Theory]
    [InlineData("According to the health ministry, 300 people were hurt in the blast.", "300 people were hurt in the blast", "the health ministry")]
    [InlineData("In the north, according to officials, roads remain closed after the storm.", "roads remain closed after the storm", "officials")]
    [InlineData("Prices will rise again next year, according to Jane Ito, an analyst at Nordbank.", "Prices will rise again next year", "Jane Ito")]
    [InlineData("Prices rose sharply across the region last year according to the central bank.", "Prices rose sharply across the region last year", "the central bank")]
    [InlineData("According to the ministry over 300 people died in the floods.", "over 300 people died in the floods", "the ministry")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<AccordingToRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The work went according to plan.")]
    [InlineData("Everything was done according to the rules of the league.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<AccordingToRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Without_it_a_comma_before_according_to_reads_as_a_postposed_frame_with_the_wrong_content()
    {
        const string text = "In the north, according to officials, roads remain closed after the storm.";
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<AccordingToRule>());
        without.Should().NotContain(s => s.Content == "roads remain closed after the storm", FrameProbe.Describe(without));
    }
}

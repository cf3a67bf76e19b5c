using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ConjoinedVerbRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ConjoinedVerbRuleTests
{
    [Theory]
    [InlineData("Zuckerberg tweeted to Mohamed and said the boy was welcome at the company.", "the boy was welcome at the company", "Zuckerberg")]
    [InlineData("Senator Maria Lopez met the families and promised that the mine would close.", "the mine would close", "Senator Maria Lopez")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<ConjoinedVerbRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The driver was stopped and told to leave.")]
    [InlineData("I went home and said the day was over.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ConjoinedVerbRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

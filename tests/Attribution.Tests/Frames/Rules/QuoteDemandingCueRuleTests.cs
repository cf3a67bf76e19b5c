using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="QuoteDemandingCueRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class QuoteDemandingCueRuleTests
{
    [Theory]
    [InlineData("The group accused the mayor of \"betraying the city and its people.\"", "the mayor of \"betraying the city and its people.\"", "The group")]
    [InlineData("She called on the council to \"act before winter comes.\"", "the council to \"act before winter comes.\"", "She")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<QuoteDemandingCueRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The group accused the mayor of fraud.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<QuoteDemandingCueRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

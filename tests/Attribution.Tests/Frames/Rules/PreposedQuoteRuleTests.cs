using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="PreposedQuoteRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class PreposedQuoteRuleTests
{
    [Theory]
    [InlineData("The mayor said: \"We will rebuild every house.\"", "\"We will rebuild every house.\"", "The mayor")]
    [InlineData("She told the crowd, \"Go home and stay safe.\"", "\"Go home and stay safe.\"", "She")]
    [InlineData("He said \"never again\" and left the stage.", "\"never again\"", "He")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<PreposedQuoteRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("He said the plan was \"dead on arrival\" and left.")]
    [InlineData("He called the ruling \"a disgrace to the court.\"")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<PreposedQuoteRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Speaker_with_appositive_then_colon_and_quote()
    {
        var s = Extracted.Single("Hugh Hill, a doctor at the city hospital, said: “We have never seen so many cases.”");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Content.Text.Should().Be("“We have never seen so many cases.”");
        s.Speaker!.Text.Should().Be("Hugh Hill");
        s.Content.Text.Should().NotContain("doctor", "the appositive belongs to the frame, not the content");
    }
}

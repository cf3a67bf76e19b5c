using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="CommaSetSubjectRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class CommaSetSubjectRuleTests
{
    [Theory]
    [InlineData("The security firm Secunia, has said that the flaw is serious.", "the flaw is serious", "The security firm Secunia")]
    [InlineData("Researchers at the University of Oslo, reported that the ice was thinning.", "the ice was thinning", "Researchers")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<CommaSetSubjectRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Institutional recipients, said Mauer, are required to report every grant.")]
    [InlineData("He, said the plan was sound.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<CommaSetSubjectRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="WriterParticipleRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class WriterParticipleRuleTests
{
    [Theory]
    [InlineData("The forum filled with angry comments, with one poster writing \"this is a disgrace to the club.\"", "\"this is a disgrace to the club.\"", "one poster")]
    [InlineData("She received a message stating that the flight had been cancelled.", "the flight had been cancelled", "a message")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<WriterParticipleRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("He left without saying why the meeting ended.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<WriterParticipleRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Without_it_the_participle_after_a_preposition_takes_the_clause_subject()
    {
        var without = FrameProbe.Find("He left without saying why the meeting ended.", FrameProbe.DefaultRules.Without<WriterParticipleRule>());
        without.Should().ContainSingle(FrameProbe.Describe(without)).Which.Speaker.Should().Be("He");
    }
}

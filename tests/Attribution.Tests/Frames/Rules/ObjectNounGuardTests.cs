using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ObjectNounGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ObjectNounGuardTests
{
    [Theory]
    [InlineData("The move reflects fears that the economy is slowing faster than expected.", "fears")]
    [InlineData("The latest inflation report fuels worries that rates will stay high.", "worries")]
    [InlineData("It heightens fears that patient records were exposed.", "fears")]
    [InlineData("Brexit deepens doubts that the port can cope with new checks.", "doubts")]
    public void Settles_a_plural_noun_that_is_the_object_of_the_verb_before_it(string text, string cue)
    {
        FrameProbe.Settles<ObjectNounGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("The union leaders warn that a strike is coming.", "warn")]
    [InlineData("The minister says fears of a recession are overblown.", "says")]
    [InlineData("The company fears that the tariffs will hurt sales.", "fears")]
    [InlineData("The series finds that voters are angry about prices.", "finds")]
    [InlineData("Some analysts fear that the deal will collapse.", "fear")]
    public void Lets_a_verb_with_its_own_subject_through(string text, string cue)
    {
        FrameProbe.Settles<ObjectNounGuard>(text, cue).Should().BeFalse();
    }

    [Fact]
    public void Without_it_the_verb_joins_the_subject_as_a_false_speaker()
    {
        const string text = "The move reflects fears that the economy is slowing faster than expected.";
        FrameProbe.Find(text).Should().BeEmpty();
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<ObjectNounGuard>());
        without.Should().Contain(s => s.Speaker == "The move reflects", FrameProbe.Describe(without));
    }
}

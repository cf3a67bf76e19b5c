using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="IntroParticipleRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class IntroParticipleRuleTests
{
    [Theory]
    [InlineData("Speaking to Reuters, Guterres said the ceasefire must hold.", "Speaking")]
    [InlineData("Saying nothing more about the deal, she left the room.", "Saying")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<IntroParticipleRule>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("The minister defended the plan, adding that costs would fall by a third.", "adding")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<IntroParticipleRule>(text, cue).Should().BeFalse();
    }

    [Theory]
    [InlineData("Speaking to Reuters, Guterres said the ceasefire must hold.", "Reuters")]
    [InlineData("Speaking with reporters, the mayor said the bridge would reopen in May.", "reporters")]
    public void A_listener_becomes_the_addressee_of_the_sentences_statement(string text, string listener)
    {
        var found = FrameProbe.Find(text);
        found.Should().ContainSingle(FrameProbe.Describe(found));
        found[0].Addressee.Should().Be(listener);
        FrameProbe.Find(text, FrameProbe.DefaultRules.Without<IntroParticipleRule>()).Single().Addressee.Should().BeNull();
    }

    [Fact]
    public void A_place_is_no_listener()
    {
        var found = FrameProbe.Find("Speaking in Geneva, Guterres said the ceasefire must hold.");
        found.Should().ContainSingle(FrameProbe.Describe(found));
        found[0].Addressee.Should().BeNull();
    }

    [Fact]
    public void Speaking_to_gives_the_addressee_of_the_main_clause()
    {
        var s = Extracted.Single("Speaking to the BBC, Johnson said the deal was dead.");
        s.Speaker!.Text.Should().Be("Johnson");
        s.Addressee!.Text.Should().Be("the BBC");
        s.Content.Text.Should().Be("the deal was dead");
    }
}

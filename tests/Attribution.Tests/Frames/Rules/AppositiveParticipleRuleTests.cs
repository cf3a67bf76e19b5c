using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="AppositiveParticipleRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class AppositiveParticipleRuleTests
{
    [Theory]
    [InlineData("The defence minister, speaking at a news conference in Vilnius, said the brigade would arrive in spring.", "speaking")]
    [InlineData("Okafor, testifying before the Senate panel on Thursday, insisted the audit was sound.", "testifying")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<AppositiveParticipleRule>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("The minister defended the plan, adding that costs would fall by a third.", "adding")]
    [InlineData("The coach left the stadium, saying “We were robbed,” and did not return.", "saying")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<AppositiveParticipleRule>(text, cue).Should().BeFalse();
    }

    [Fact]
    public void The_verb_after_the_participle_is_the_cue_and_its_subject_the_speaker()
    {
        var statements = Extracted.Find("The defence minister, speaking at a news conference in Vilnius, said the brigade would arrive in spring.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Cue!.Text.Should().Be("said");
        statements[0].Speaker!.Text.Should().Be("The defence minister");
        statements[0].Content.Text.Should().Be("the brigade would arrive in spring");
    }

    [Fact]
    public void A_listener_named_by_the_participle_is_the_addressee()
    {
        var statements = Extracted.Find("Mayor Ruth Alvarez, speaking to reporters outside City Hall, said the budget would be balanced.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Addressee!.Text.Should().Be("reporters");
        statements[0].Speaker!.Entity!.Name.Should().Be("Ruth Alvarez");
    }
}

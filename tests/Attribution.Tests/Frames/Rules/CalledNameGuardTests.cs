using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="CalledNameGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class CalledNameGuardTests
{
    [Theory]
    [InlineData("The museum bought a print called \"Cowboys and Indians\" last year.", "called")]
    [InlineData("The breach was traced to a hacker labelled \"Ghost\" on several forums.", "labelled")]
    [InlineData("Police arrested a gang member branded \"the Fox\" by local papers.", "branded")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<CalledNameGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("He called the ruling \"a disgrace to the court.\"", "called")]
    [InlineData("The senator labelled the bill \"a giveaway to the banks.\"", "labelled")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<CalledNameGuard>(text, cue).Should().BeFalse();
    }

    [Theory]
    [InlineData("The museum bought a print called \"Cowboys and Indians\" last year.", "\"Cowboys and Indians\"", "a print")]
    public void Without_it_a_false_statement_appears(string text, string content, string speaker)
    {
        FrameProbe.Find(text).Should().NotContain(s => s.Content == content && s.Speaker == speaker);
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<CalledNameGuard>());
        without.Should().Contain(s => s.Content == content && s.Speaker == speaker, FrameProbe.Describe(without));
    }

    [Theory]
    [InlineData("The museum's newest acquisition is a lithograph called \"Desert Horses\" from 1979.")]
    [InlineData("The attack was claimed by a group labelled \"Black Harbor\" by security researchers.")]
    public void A_name_after_called_is_not_a_statement(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }

    [Theory]
    [InlineData("Fans in the north stand call him \"the Hammer\" and sing his name before every match.", "call")]
    [InlineData("Locals have long called the new stadium \"the Bowl.\"", "called")]
    [InlineData("Rivals branded the senator \"Little Marco\" during the primary.", "branded")]
    public void Settles_a_nickname_given_to_the_object(string text, string cue)
    {
        FrameProbe.Settles<CalledNameGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("The mayor called the proposal \"a slap in the face to renters.\"", "called")]
    [InlineData("Critics called the plan \"Unworkable. Unfair. Unaffordable.\"", "called")]
    [InlineData("The union called the offer, in a statement, \"The Worst in a Decade.\"", "called")]
    public void Lets_a_judgment_after_the_object_through(string text, string cue)
    {
        FrameProbe.Settles<CalledNameGuard>(text, cue).Should().BeFalse();
    }

    [Fact]
    public void A_nickname_is_no_statement_but_a_judgment_in_the_same_shape_is_one()
    {
        var nickname = Extracted.Find("Fans call him \"the Hammer\" and the club's new stadium is known as \"the Bowl.\"");
        nickname.Should().BeEmpty(Extracted.Describe(nickname));

        var judgment = Extracted.Single("The shadow housing minister called the plan \"a disaster for renters.\"");
        judgment.Kind.Should().Be(StatementKind.Mixed);
        judgment.Content.Text.Should().Contain("a disaster for renters");
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="PluralNounGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class PluralNounGuardTests
{
    [Theory]
    [InlineData("The new figures show unemployment fell for a third month.", "figures")]
    [InlineData("Early reports suggest the fire started in the kitchen.", "reports")]
    [InlineData("A retired surveyor warned that the flood estimates were off by at least a third.", "estimates")]
    [InlineData("The mayor said the budget forecasts would not survive a recession.", "forecasts")]
    [InlineData("Her repeated claims have never been tested in court.", "claims")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<PluralNounGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("She reports that the bridge is closed.", "reports")]
    [InlineData("He says goodbye to the crowd.", "says")]
    [InlineData("What the mayor says is not what the budget shows.", "says")]
    [InlineData("The driver recalls being told to keep going.", "recalls")]
    [InlineData("The plan, which the company says will save $100 million, takes effect next year.", "says")]
    [InlineData("The levy, which the industry argues would cost jobs, passed on Tuesday.", "argues")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<PluralNounGuard>(text, cue).Should().BeFalse();
    }

    [Theory]
    [InlineData("The new figures show unemployment fell for a third month.", "show unemployment fell for a third month", "The new")]
    public void Without_it_a_false_statement_appears(string text, string content, string speaker)
    {
        FrameProbe.Find(text).Should().NotContain(s => s.Content == content && s.Speaker == speaker);
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<PluralNounGuard>());
        without.Should().Contain(s => s.Content == content && s.Speaker == speaker, FrameProbe.Describe(without));
    }

    [Fact]
    public void A_plural_noun_before_its_auxiliary_inside_a_content_frames_nothing_of_its_own()
    {
        const string text = "A retired surveyor warned that the flood estimates were off by at least a third.";
        var found = FrameProbe.Find(text);
        found.Should().ContainSingle(FrameProbe.Describe(found));
        found[0].Speaker.Should().Be("A retired surveyor");
        found[0].Cue.Should().Be("warned");
    }

    [Fact]
    public void The_verb_after_the_plural_noun_frames_the_statement()
    {
        var found = FrameProbe.Find("Early reports suggest the fire started in the kitchen.");
        found.Should().ContainSingle(FrameProbe.Describe(found));
        found[0].Speaker.Should().Be("Early reports");
        found[0].Cue.Should().Be("suggest");
    }

    [Theory]
    [InlineData("The central bank's own forecasts suggest inflation will stay above target until 2026.", "The central bank's own forecasts")]
    [InlineData("Their comments indicate the merger talks are close to a deal.", "Their comments")]
    [InlineData("The minister's remarks suggest the tax will not raise much money.", "The minister's remarks")]
    public void A_plural_cue_noun_after_a_determiner_or_possessive_heads_the_subject_of_the_next_cue(string text, string speaker)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be(speaker);
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>What <see cref="CueInObjectGuard"/> refuses, and the cues it leaves to the other rules (news sentences).</summary>
public sealed class CueInObjectGuardTests
{
    [Fact]
    public void A_cue_word_inside_a_characterised_object_is_a_noun()
    {
        const string text = "Senator Tom Ashby called the Republican demands \"a ransom note\" and said Democrats would not negotiate.";
        FrameProbe.Settles<CueInObjectGuard>(text, "demands").Should().BeTrue();

        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements.Should().OnlyContain(s => s.Speaker != null && s.Speaker.Text == "Senator Tom Ashby", Extracted.Describe(statements));
        statements.Select(s => s.Content.Text).Should().Contain("Democrats would not negotiate");
    }

    [Fact]
    public void A_cue_word_inside_an_unquoted_characterised_object_is_a_noun()
    {
        const string text = "The treasurer called the quarterly figures disappointing and said the board would meet in June.";
        FrameProbe.Settles<CueInObjectGuard>(text, "figures").Should().BeTrue();

        var found = FrameProbe.Find(text);
        found.Select(s => (s.Speaker, s.Content)).Should().Equal(
            [("The treasurer", "the quarterly figures disappointing"), ("The treasurer", "the board would meet in June")], FrameProbe.Describe(found));
    }

    [Theory]
    [InlineData("The mayor called the plan \"reckless,\" and aides said the vote would wait.", "said")]
    [InlineData("She said the union demands a raise of 8%.", "demands")]
    public void Cues_past_the_object_or_inside_a_clause_are_left_to_the_other_rules(string text, string cue)
    {
        FrameProbe.Settles<CueInObjectGuard>(text, cue).Should().BeFalse();
    }
}

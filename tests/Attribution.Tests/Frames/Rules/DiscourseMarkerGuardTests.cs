using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="DiscourseMarkerGuard"/> is for, and the near misses it must leave alone (news and interview sentences).</summary>
public sealed class DiscourseMarkerGuardTests
{
    [Theory]
    [InlineData("The new rules are offensive beyond, you know, anything a public official should tolerate.", "know")]
    [InlineData("It was, I mean, a total failure of planning from start to finish.", "mean")]
    [InlineData("I mean, nobody expected the bridge to fail in the first storm.", "mean")]
    [InlineData("We trained every day for a month and, you know, it paid off in the final.", "know")]
    public void Settles_the_fillers(string text, string cue)
    {
        FrameProbe.Settles<DiscourseMarkerGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("You know the vote was rigged, the senator told the crowd.", "know")]
    [InlineData("I mean that the plan failed the families it was meant to help.", "mean")]
    [InlineData("They know the votes are not there yet.", "know")]
    public void Lets_real_cues_through(string text, string cue)
    {
        FrameProbe.Settles<DiscourseMarkerGuard>(text, cue).Should().BeFalse();
    }

    [Theory]
    [InlineData("The new rules are offensive beyond, you know, anything a public official should tolerate.")]
    [InlineData("We trained every day for a month and, you know, it paid off in the final.")]
    public void A_filler_makes_no_statement(string text)
    {
        var statements = Extracted.Find(text);

        statements.Should().BeEmpty(Extracted.Describe(statements));
    }

    [Fact]
    public void Without_it_a_filler_becomes_a_belief_of_you()
    {
        const string text = "The new rules are offensive beyond, you know, anything a public official should tolerate.";

        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<DiscourseMarkerGuard>());

        without.Should().Contain(s => s.Speaker == "you", FrameProbe.Describe(without));
    }

    [Fact]
    public void A_filler_inside_a_reported_clause_does_not_take_the_statement_around_it()
    {
        var statements = Extracted.Find("Police said the suspect, you know, had fled the scene before they arrived.");

        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Speaker!.Text.Should().Be("Police");
    }
}

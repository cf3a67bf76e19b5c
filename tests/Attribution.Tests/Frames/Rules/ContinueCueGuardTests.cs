using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ContinueCueGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ContinueCueGuardTests
{
    [Theory]
    [InlineData("The strike continued as union leaders met the board.", "continued")]
    [InlineData("Fighting continued through the night in the northern suburbs.", "continued")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<ContinueCueGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("She continued: \"We will rebuild every house on this street.\"", "continued")]
    [InlineData("\"We will rebuild every house on this street,\" he continued.", "continued")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<ContinueCueGuard>(text, cue).Should().BeFalse();
    }

    [Theory]
    [InlineData("The strike continued as union leaders met the board.", "as union leaders met the board", "The strike")]
    public void Without_it_a_false_statement_appears(string text, string content, string speaker)
    {
        FrameProbe.Find(text).Should().NotContain(s => s.Content == content && s.Speaker == speaker);
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<ContinueCueGuard>());
        without.Should().Contain(s => s.Content == content && s.Speaker == speaker, FrameProbe.Describe(without));
    }

    [Fact]
    public void Continued_is_a_cue_next_to_a_quote()
    {
        var statements = Extracted.Find("The shadow minister continued: \"We have a plan to clear the backlog within a year.\"");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Direct);
        statements[0].Cue!.Lemma.Should().Be("continue");

        var after = Extracted.Find("\"We are not finished yet,\" she continued.");
        after.Should().ContainSingle(Extracted.Describe(after));
        after[0].Speaker!.Text.Should().Be("she");
    }

    [Fact]
    public void Continued_without_a_quote_is_not_a_cue()
    {
        var statements = Extracted.Find("Shelling continued through the night and the water supply failed again.");
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }
}

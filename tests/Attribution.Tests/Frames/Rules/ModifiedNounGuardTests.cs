using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ModifiedNounGuard"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ModifiedNounGuardTests
{
    [Theory]
    [InlineData("He made a fair claim the rules were unfair.", "claim")]
    [InlineData("In a blog post the senator wrote that the bill was dead.", "post")]
    [InlineData("The talk show drew record ratings last night.", "show")]
    public void Settles_the_cues_it_refuses(string text, string cue)
    {
        FrameProbe.Settles<ModifiedNounGuard>(text, cue).Should().BeTrue();
    }

    [Theory]
    [InlineData("The latest results show unemployment has fallen for a third straight month.", "show")]
    [InlineData("Officials say the road will reopen.", "say")]
    [InlineData("The new data suggest that the outbreak began in March.", "suggest")]
    public void Lets_real_speech_cues_through(string text, string cue)
    {
        FrameProbe.Settles<ModifiedNounGuard>(text, cue).Should().BeFalse();
    }

    [Theory]
    [InlineData("He made a fair claim the rules were unfair.", "the rules were unfair", "a fair")]
    [InlineData("In a blog post the senator wrote that the bill was dead.", "the senator wrote that the bill was dead", "a blog")]
    public void Without_it_a_false_statement_appears(string text, string content, string speaker)
    {
        FrameProbe.Find(text).Should().NotContain(s => s.Content == content && s.Speaker == speaker);
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<ModifiedNounGuard>().Without<NominalCueRule>()); // "a fair claim": NominalCueRule settles nouns of saying too
        without.Should().Contain(s => s.Content == content && s.Speaker == speaker, FrameProbe.Describe(without));
    }

    [Fact]
    public void A_modifier_before_a_base_form_cue_still_makes_it_a_noun()
    {
        Extracted.Find("The talk show drew record ratings last night.").Should().BeEmpty();
    }

    [Fact]
    public void A_cue_word_after_a_singular_noun_is_a_noun_and_the_participle_frame_keeps_the_quote()
    {
        const string text = "One reader joined the protest, writing in a blog post \"We will not be silenced by anyone.\"";
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("\"We will not be silenced by anyone.\"");
        statements[0].Speaker!.Text.Should().Be("One reader");
    }
}

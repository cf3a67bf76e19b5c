using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// <see cref="ViewpointPhraseRule"/>: <c>in X's view</c>, <c>in the opinion of X</c> set off beside a clause make X the source of a
/// belief, which PARC 3.0 counts (speech false); the same nouns elsewhere are left to the nominal-cue rule.
/// </summary>
public sealed class ViewpointPhraseRuleTests
{
    [Theory]
    [InlineData("In his view, the economy is strong enough to withstand higher rates.", "his", "view", "the economy is strong enough to withstand higher rates")]
    [InlineData("In the company's opinion, the ruling was flawed and will be overturned.", "the company", "opinion", "the ruling was flawed and will be overturned")]
    [InlineData("The shares are cheap at current prices, in the firm's estimation.", "the firm", "estimation", "The shares are cheap at current prices")]
    [InlineData("In the view of most analysts, the merger will close by June.", "most analysts", "view", "the merger will close by June")]
    [InlineData("In their judgment, the bank was solvent when it failed.", "their", "judgment", "the bank was solvent when it failed")]
    public void A_phrase_of_viewpoint_beside_a_clause_is_a_belief(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<ViewpointPhraseRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
        Extracted.Single(text).IsSpeech.Should().BeFalse();
    }

    [Fact]
    public void A_viewpoint_inside_reported_content_is_a_nested_belief()
    {
        var statements = Extracted.Find("Mr. Smith said that, in his opinion, the stock is overvalued.");
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        var inner = statements.Single(s => s.Cue!.Text == "opinion");
        inner.Speaker!.Text.Should().Be("his");
        inner.Content.Text.Should().Be("the stock is overvalued");
    }

    [Theory]
    [InlineData("In my view, the plan is sound.")]
    [InlineData("In his view of the world, nothing ever changes.")]
    [InlineData("The view from the top floor is spectacular.")]
    [InlineData("The senator changed his view on the tax after the vote.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.Find(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>What <see cref="QuantityObjectRule"/> refuses (said nothing, said very little) and the clauses with those subjects it lets through (news sentences).</summary>
public sealed class QuantityObjectRuleTests
{
    [Theory]
    [InlineData("He said nothing about the deal.")]
    [InlineData("The minister said very little about the budget during the debate.")]
    [InlineData("The club has said little about the striker's future.")]
    [InlineData("She told reporters nothing about the talks.")]
    [InlineData("The governor has said much the same in every interview this year.")]
    [InlineData("Officials said something about a delay but gave no date.")]
    public void A_quantity_object_is_not_a_reported_clause(string text)
    {
        var found = FrameProbe.Find(text);
        found.Should().BeEmpty(FrameProbe.Describe(found));
    }

    [Theory]
    [InlineData("He said nothing had been decided about the deal.", "nothing had been decided about the deal", "He")]
    [InlineData("The minister said little would change for pensioners.", "little would change for pensioners", "The minister")]
    [InlineData("The auditor said nothing changed after the review.", "nothing changed after the review", "The auditor")]
    [InlineData("Officials said much remains unclear about the cause of the fire.", "much remains unclear about the cause of the fire", "Officials")]
    public void A_clause_with_a_quantity_subject_is_still_reported(string text, string content, string speaker)
    {
        var found = FrameProbe.Find(text);
        found.Should().ContainSingle(FrameProbe.Describe(found));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be("said");
    }

    [Fact]
    public void Settles_the_cue_it_refuses()
    {
        FrameProbe.Find("He said nothing about the deal.", FrameProbe.DefaultRules.Without<QuantityObjectRule>())
            .Should().ContainSingle("without the rule the bare-clause rule takes «nothing about the deal» as the content");
    }
}

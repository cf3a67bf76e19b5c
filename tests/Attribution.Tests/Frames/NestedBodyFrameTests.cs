using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames;

/// <summary>
/// A body's statement that holds the body's own belief or forecast: <c>The company said it expects earnings to improve</c>.
/// PARC 3.0 counts the nested attribution beside the outer one; "it" right before its verb stands for the organisation or
/// group that spoke, but not for a person (<c>The minister said it showed …</c>, where "it" is a thing).
/// </summary>
public sealed class NestedBodyFrameTests
{
    [Theory]
    [InlineData("The company said it expects earnings to improve in the second half.", "expects", "earnings to improve in the second half")]
    [InlineData("The bank said it believes the housing market will recover next year.", "believes", "the housing market will recover next year")]
    [InlineData("The firm said it expected the charges to total $40 million.", "expected", "the charges to total $40 million")]
    [InlineData("The ministry said it still fears that the dam could fail.", "fears", "the dam could fail")]
    public void It_after_a_body_statement_is_a_nested_source(string text, string cue, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements.Should().ContainSingle(s => s.Cue != null && s.Cue.Text == "said");
        var inner = statements.Single(s => s.Cue != null && s.Cue.Text == cue);
        inner.Speaker!.Text.Should().Be("it");
        inner.Content.Text.Should().Be(content);
        inner.IsSpeech.Should().BeFalse();
    }

    [Fact]
    public void A_nested_it_resolves_to_the_body_that_spoke()
    {
        var statements = Extracted.Find("Acme Corp. posted a loss. The company said it expects sales to recover by spring.");
        var inner = statements.Should().ContainSingle(s => s.Cue != null && s.Cue.Text == "expects", Extracted.Describe(statements)).Subject;
        inner.Speaker!.Entity.Should().NotBeNull();
        inner.Speaker.Entity!.Name.Should().Contain("Acme");
    }

    [Theory]
    [InlineData("The minister said it showed that the plan had failed.")]
    [InlineData("The company said it would comment later.")]
    [InlineData("The company said it learned of the breach in March.")]
    [InlineData("Analysts said it is believed that the bank will be sold.")]
    public void It_after_a_person_or_with_no_clause_of_its_own_is_no_nested_statement(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
    }
}

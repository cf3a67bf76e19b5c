using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames;

/// <summary>
/// A noun phrase of saying or stance set off after a reported clause (<c>…, a point echoed by several council members</c>): the
/// narrator's comment on the content, which ends before its comma (issue 18).
/// </summary>
public sealed class CommentAppositiveTests
{
    [Theory]
    [InlineData("The union has long argued that wages have failed to keep pace with rents, a point echoed by several council members.", "wages have failed to keep pace with rents")]
    [InlineData("The ministry said the outage was caused by a software fault, a claim the operator disputes.", "the outage was caused by a software fault")]
    [InlineData("Analysts say the rate cut came too late, a view shared by most traders in the city.", "the rate cut came too late")]
    [InlineData("Prosecutors allege that he diverted $2 million to a shell company, a charge his lawyer denies.", "he diverted $2 million to a shell company")]
    [InlineData("Officials said the bridge was never at risk, an assertion that was later contradicted by inspectors.", "the bridge was never at risk")]
    [InlineData("The mayor said the city could not afford the plan, the same argument made by her predecessor.", "the city could not afford the plan")]
    public void The_content_ends_before_a_comment_on_it(string text, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The company said it would cut 500 jobs, a tenth of its workforce.", "it would cut 500 jobs, a tenth of its workforce")]
    [InlineData("Officials said they had issued a second notice, a warning that residents must leave by noon.", "they had issued a second notice, a warning that residents must leave by noon")]
    [InlineData("The board said it would close the plant, a decision that will affect 300 workers.", "it would close the plant, a decision that will affect 300 workers")]
    public void An_appositive_that_is_no_comment_on_what_was_said_stays_in_the_content(string text, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be(content);
    }
}

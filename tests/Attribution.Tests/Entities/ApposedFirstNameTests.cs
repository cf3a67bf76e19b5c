using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Entities;

/// <summary>
/// A lone known first name set off by commas after a noun phrase that opens the sentence (<c>Her husband, Carl,</c>,
/// <c>the victim's mother, Diane,</c>) names a person of that name's gender, who is the sentence's subject, so a pronoun
/// in the next sentence or paragraph refers to that person rather than to an earlier speaker.
/// </summary>
public sealed class ApposedFirstNameTests
{
    [Fact]
    public void A_she_after_the_apposed_name_refers_to_it_not_to_the_lawyer_quoted_before()
    {
        const string text = "Lee Ashby, the defense lawyer, said he would appeal. “The jury never heard the whole story,” Ashby said.\n\n"
            + "The dead man's sister, Margaret, wept as the verdict was read.\n\n“I have waited three years for this,” she said afterward.";
        var answer = Extracted.Find(text).Should().ContainSingle(s => s.Content.Text.StartsWith("“I have", StringComparison.Ordinal)).Subject;
        answer.Speaker!.Entity!.Name.Should().Be("Margaret");
    }

    [Fact]
    public void A_he_after_the_apposed_name_refers_to_it()
    {
        const string text = "“Nobody warned us,” said Joan Pryor, 68.\n\nHer son, Harold, was angrier. “They treat us like fools,” he said.";
        var answer = Extracted.Find(text).Should().ContainSingle(s => s.Content.Text.StartsWith("“They", StringComparison.Ordinal)).Subject;
        answer.Speaker!.Entity!.Name.Should().Be("Harold");
    }

    [Fact]
    public void A_lone_first_name_after_a_preposition_is_no_subject()
    {
        const string text = "Governor Ray Tolliver met with the mayor, Walter, and aides on Monday. “We have a plan,” he said.";
        var answer = Extracted.Find(text).Should().ContainSingle(s => s.Kind == StatementKind.Direct).Subject;
        answer.Speaker!.Entity!.Name.Should().Be("Ray Tolliver");
    }
}

using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames;

/// <summary>
/// A frame set in brackets as an aside (<c>(Ruiz called it “the worst in 30 years.”)</c>): the closing bracket belongs to
/// the aside, not to the content; a bracket opened inside the content stays with it.
/// </summary>
public sealed class ContentAsideBracketTests
{
    [Theory]
    [InlineData("Crews fought the blaze all night. (Chief Ruiz called it \"the worst I have seen in 30 years.\")", "it \"the worst I have seen in 30 years.\"")]
    [InlineData("The fund lost money again. (Its manager said returns would improve next year.)", "returns would improve next year")]
    public void The_asides_closing_bracket_is_no_part_of_the_content(string text, string content)
    {
        Extracted.Find(text).Select(s => s.Content.Text).Should().Contain(content);
    }

    [Fact]
    public void A_bracket_opened_in_the_content_keeps_its_closing_one()
    {
        var statement = Extracted.Single("The ministry said prices rose 4 percent (in real terms).");

        statement.Content.Text.Should().Be("prices rose 4 percent (in real terms)");
    }
}

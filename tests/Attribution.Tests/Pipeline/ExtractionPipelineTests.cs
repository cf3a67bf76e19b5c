using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Pipeline;

/// <summary>The whole pipeline on texts no frame rule claims: declines, scare quotes and titles, unbalanced quotation marks.</summary>
public sealed class ExtractionPipelineTests
{
    [Fact]
    public void Declined_to_comment_is_not_a_statement()
    {
        Extracted.Find("A spokesman for the ministry declined to comment.").Should().BeEmpty();
        Extracted.Find("The company did not respond to a request for comment.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Critics of the so-called “experts” gathered outside.")]
    [InlineData("She starred in the film “Heat” in 1995.")]
    [InlineData("The boxer, who goes by “Shorty”, won again.")]
    public void Scare_quotes_titles_and_nicknames_are_not_statements(string text) => Extracted.Find(text).Should().BeEmpty();

    [Theory]
    [InlineData("\"\"=")]
    [InlineData("\"Bob.\"\n\n\"What.\"")]
    [InlineData("“")]
    [InlineData("” said he")]
    [InlineData("He said “")]
    [InlineData("“a ‘b “c” d’ e” said f")]
    public void Unbalanced_marks_never_throw_and_spans_stay_valid(string text)
    {
        var statements = Extracted.Find(text);
        foreach (var s in statements)
        {
            s.Content.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            s.Content.Span.Slice(text).Should().Be(s.Content.Text);
        }
    }
}

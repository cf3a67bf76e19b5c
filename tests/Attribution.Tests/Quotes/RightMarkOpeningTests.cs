using Attribution.Pipeline;
using Attribution.Quotes;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Quotes;

/// <summary>
/// A right double mark typed where a quotation opens (<c>”We will fight on,” the minister said</c>), as some publishing
/// systems and the Nordic style print both marks: it opens after a line start, a space, a bracket or a dash when a word
/// follows it, and closes everywhere else.
/// </summary>
public sealed class RightMarkOpeningTests
{
    private static string[] Closed(string text) =>
        QuoteScanner.Scan(DocumentAnalyzer.Analyze(text, null)).Where(q => q.IsClosed).Select(q => q.Span.Slice(text)).ToArray();

    [Theory]
    [InlineData("”We will fight on,” the minister said.", "”We will fight on,”")]
    [InlineData("The minister told reporters: ”It is over.” He left without taking questions.", "”It is over.”")]
    [InlineData("The coach (”We were poor today”) did not stay for the press conference.", "”We were poor today”")]
    public void Pairs_with_the_closing_mark_after_the_words(string text, string quoted)
    {
        Closed(text).Should().Equal(quoted);
    }

    [Theory]
    [InlineData("“We are ready,” he said.", "“We are ready,”")]
    [InlineData("“We are ready, ” he said.", "“We are ready, ”")]
    public void Still_closes_after_the_words(string text, string quoted)
    {
        Closed(text).Should().Equal(quoted);
    }

    [Fact]
    public void The_quote_is_attributed_to_the_speaker_after_it()
    {
        var statement = Extracted.Single("”We will not close the border,” the interior minister said on Monday.");

        statement.Kind.Should().Be(StatementKind.Direct);
        statement.Content.Text.Should().Be("”We will not close the border,”");
        statement.Speaker!.Text.Should().Be("the interior minister");
    }
}

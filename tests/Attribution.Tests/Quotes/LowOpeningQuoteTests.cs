using Attribution.Pipeline;
using Attribution.Quotes;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Quotes;

/// <summary>
/// Quotations opened with a low mark and closed with a high one (<c>„…“</c>, <c>‚…‘</c>), as wires and translated
/// quotes from Central Europe print them: the high mark closes, though elsewhere it only opens.
/// </summary>
public sealed class LowOpeningQuoteTests
{
    private static Quote[] Scan(string text) => QuoteScanner.Scan(DocumentAnalyzer.Analyze(text, null));

    [Theory]
    [InlineData("„We will not send troops“, the chancellor told reporters in Berlin.", "„We will not send troops“")]
    [InlineData("The minister said: „The border stays open.“ He gave no date.", "„The border stays open.“")]
    public void A_high_double_mark_closes_a_low_opening(string text, string quoted)
    {
        var quotes = Scan(text);
        quotes.Should().ContainSingle();
        quotes[0].IsClosed.Should().BeTrue();
        quotes[0].Span.Slice(text).Should().Be(quoted);
    }

    [Fact]
    public void A_high_single_mark_closes_a_low_single_opening_inside()
    {
        const string text = "„He told me ‚never‘, and I believed him“, she said.";
        var quotes = Scan(text);
        quotes.Select(q => q.Span.Slice(text)).Should().Equal("„He told me ‚never‘, and I believed him“", "‚never‘");
        quotes.Should().OnlyContain(q => q.IsClosed);
    }

    [Fact]
    public void The_quote_is_attributed_to_the_speaker_after_it()
    {
        var statement = Extracted.Single("„We will see“, the minister said after the meeting.");

        statement.Kind.Should().Be(StatementKind.Direct);
        statement.Content.Text.Should().Be("„We will see“");
        statement.Speaker!.Text.Should().Be("the minister");
    }
}

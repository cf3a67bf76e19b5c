using Attribution.Pipeline;
using Attribution.Quotes;

namespace Attribution.Tests.Pipeline;

/// <summary>The per-document position look-ups the document builds once for the stages after the quote scanner.</summary>
public sealed class DocumentPositionsTests
{
    private const string Text = "“We will rebuild,” the mayor said. Crews began work on Monday.";

    [Fact]
    public void Tokens_inside_a_quotation_and_its_marks_are_flagged_and_the_frame_is_not()
    {
        using var document = Analyzed(Text);
        var positions = document.Positions;

        var (quoteFirst, quoteEnd) = positions.TokensIn(Span("“We will rebuild,”"));
        for (int t = quoteFirst; t < quoteEnd; t++)
        {
            positions.InQuote[t].Should().BeTrue($"token «{document.TokenText(t)}» is inside the quotation");
        }

        var (frameFirst, frameEnd) = positions.TokensIn(Span("the mayor said"));
        frameEnd.Should().Be(frameFirst + 3);
        for (int t = frameFirst; t < frameEnd; t++)
        {
            positions.InQuote[t].Should().BeFalse($"token «{document.TokenText(t)}» is in the frame");
        }
    }

    [Fact]
    public void Each_token_knows_its_sentence()
    {
        using var document = Analyzed(Text);
        var positions = document.Positions;

        positions.SentenceOf(positions.TokensIn(Span("mayor")).First).Should().Be(0);
        positions.SentenceOf(positions.TokensIn(Span("Monday")).First).Should().Be(1);
        document.SentenceOfToken[positions.TokensIn(Span("Crews")).First].Should().Be(1);
    }

    [Fact]
    public void An_offset_inside_a_token_finds_the_next_token_and_the_end_finds_none()
    {
        using var document = Analyzed(Text);
        var positions = document.Positions;
        int mayor = Text.IndexOf("mayor", StringComparison.Ordinal);

        document.TokenText(positions.FirstTokenAtOrAfter(mayor)).ToString().Should().Be("mayor");
        document.TokenText(positions.FirstTokenAtOrAfter(mayor + 1)).ToString().Should().Be("said");
        positions.FirstTokenAtOrAfter(Text.Length).Should().Be(document.Tokens.Length);
        positions.TokensIn(new TextSpan(mayor + 1, mayor + 3)).Should().Be((positions.FirstTokenAtOrAfter(mayor + 1), positions.FirstTokenAtOrAfter(mayor + 1)),
            "no token lies wholly inside part of a word");
    }

    private static Document Analyzed(string text)
    {
        var document = DocumentAnalyzer.Analyze(text, publicationDate: null);
        document.SetQuotes([.. QuoteScanner.Scan(document)]);
        return document;
    }

    private static TextSpan Span(string fragment)
    {
        int start = Text.IndexOf(fragment, StringComparison.Ordinal);
        return new TextSpan(start, start + fragment.Length);
    }
}

using Attribution.Pipeline;
using Attribution.Text;

namespace Attribution.Tests.Text;

/// <summary>
/// How the sentence pass counts the line breaks between two tokens: CRLF is one break, any other two are a paragraph break, and
/// white space around them changes nothing. The pipeline takes them from the tokenizer (<see cref="Tokenizer.TokenizeDocument"/>),
/// other callers from a search of the text: every test checks that both give the same sentences and paragraphs.
/// </summary>
public sealed class LineBreakCountTests
{
    private static string[] Paragraphs(string text)
    {
        var (searchedSentences, searchedParagraphs) = SentenceSplitter.Split(text, Tokenizer.Tokenize(text, includeWhitespace: false));
        using var document = DocumentAnalyzer.Analyze(text, publicationDate: null);

        document.Sentences.ToArray().Should().Equal(searchedSentences, "the tokenizer's line breaks are the ones the search finds");
        document.Paragraphs.ToArray().Should().Equal(searchedParagraphs);
        return searchedParagraphs.Select(p => p.Span.Slice(text)).ToArray();
    }

    [Fact]
    public void The_two_searches_find_every_line_break_and_no_other_character()
    {
        var all = new string(Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).ToArray());
        var found = new List<char>();
        for (int p = CharClass.IndexOfAsciiNewline(all, 0, all.Length); p >= 0; p = CharClass.IndexOfAsciiNewline(all, p + 1, all.Length))
        {
            found.Add(all[p]);
        }

        for (int p = CharClass.IndexOfWideNewline(all, 0, all.Length); p >= 0; p = CharClass.IndexOfWideNewline(all, p + 1, all.Length))
        {
            found.Add(all[p]);
        }

        found.Should().BeEquivalentTo(all.Where(CharClass.IsNewline));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData(" \r\n  ")]
    [InlineData("\t\n")]
    [InlineData("\u2028")]
    public void One_line_break_inside_a_wrapped_sentence_keeps_the_paragraph(string lineBreak)
    {
        string text = "The mayor said the bridge" + lineBreak + "would reopen in the spring. Critics were not convinced.";

        Paragraphs(text).Should().Equal(text);
    }

    [Theory]
    [InlineData("\r\n\r\n")]
    [InlineData("\n \n")]
    [InlineData("\r\r")]
    [InlineData("\n\u2029")]
    public void Two_line_breaks_make_a_paragraph_break_even_before_lower_case(string lineBreak)
    {
        string text = "The mayor said the bridge" + lineBreak + "would reopen in the spring.";

        Paragraphs(text).Should().Equal("The mayor said the bridge", "would reopen in the spring.");
    }

    [Fact]
    public void Line_breaks_before_the_first_token_and_after_the_last_make_no_paragraph()
    {
        const string text = "\n\n\r\nOfficials confirmed the figures.\nThey declined to comment further.\n\n";

        Paragraphs(text).Should().Equal("Officials confirmed the figures.", "They declined to comment further.");
    }

    [Fact]
    public void Line_breaks_among_marks_and_an_ellipsis_give_the_same_paragraphs_either_way()
    {
        const string text = "“We will see.”\r\n(He paused . . .\nthen left.)\u0085\u0085 — The end: \u2028\n“Yes,” she said.\n";

        Paragraphs(text).Should().NotBeEmpty();
    }
}

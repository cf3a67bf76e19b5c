using Attribution.Pipeline;
using Attribution.Quotes;

namespace Attribution.Tests.Quotes;

public sealed class QuoteScannerTests
{
    private static (string Text, Quote[] Quotes) Scan(string text) => (text, QuoteScanner.Scan(DocumentAnalyzer.Analyze(text, null)));

    private static string[] Texts(string text, Quote[] quotes) => quotes.Select(q => q.Span.Slice(text)).ToArray();

    [Fact]
    public void Curly_double_quotes_pair()
    {
        var (text, quotes) = Scan("“We are ready,” she said. “Are you?”");
        Texts(text, quotes).Should().Equal("“We are ready,”", "“Are you?”");
        quotes.Should().OnlyContain(q => q.IsClosed && q.Depth == 0);
    }

    [Fact]
    public void A_straight_mark_typed_after_the_comma_of_a_frame_opens_the_quote_after_it()
    {
        var (text, quotes) = Scan("The curator said,\" [Basquiat] never wanted to be a brand, but he became one.\"");
        Texts(text, quotes).Should().Equal("\" [Basquiat] never wanted to be a brand, but he became one.\"");
        quotes.Should().OnlyContain(q => q.IsClosed);
    }

    [Fact]
    public void A_straight_mark_after_a_comma_still_closes_an_open_quote()
    {
        var (text, quotes) = Scan("\"We will appeal,\" the lawyer said, \"and we will win.\"");
        Texts(text, quotes).Should().Equal("\"We will appeal,\"", "\"and we will win.\"");
    }

    [Theory]
    [InlineData("Park said 'the offer was final.\" She left soon after.", "'the offer was final.\"")]
    [InlineData("When a fan stops me and says, 'Thank you for the poems,\" I never know what to say.", "'Thank you for the poems,\"")]
    [InlineData("The chairman wrote, \"Results will improve next year.' Few believed him.", "\"Results will improve next year.'")]
    public void A_quotation_closed_by_the_other_familys_mark_after_its_last_words_is_one_quotation(string input, string quoted)
    {
        var (text, quotes) = Scan(input);
        Texts(text, quotes).Should().Equal(quoted);
        quotes[0].IsClosed.Should().BeTrue();
    }

    [Theory]
    [InlineData("The '90s were hard for the players' union, he said.", new string[0])]
    [InlineData("In the '90s the players' union was \"ready\" for the talks.", new[] { "\"ready\"" })]
    [InlineData("Rock 'n' roll fans said, \"We want the band back.\"", new[] { "\"We want the band back.\"" })]
    public void An_apostrophe_opens_nothing_a_closing_mark_of_the_other_family_could_end(string input, string[] closed)
    {
        var (text, quotes) = Scan(input);
        quotes.Where(q => q.IsClosed).Select(q => q.Span.Slice(text)).Should().Equal(closed);
    }

    [Fact]
    public void Inner_quote_nests_only_when_its_marks_differ()
    {
        var (text, quotes) = Scan("“He called it ‘a disgrace’ on air,” she said.");
        quotes.Should().HaveCount(2);
        quotes[0].Span.Slice(text).Should().Be("“He called it ‘a disgrace’ on air,”");
        quotes[1].Span.Slice(text).Should().Be("‘a disgrace’");
        quotes[1].Depth.Should().Be(1);
    }

    [Fact]
    public void A_second_opening_mark_of_the_same_family_ends_the_first_unclosed()
    {
        var (_, quotes) = Scan("“First quote never closed. “Second quote,” he said.");
        quotes.Should().HaveCount(2);
        quotes[0].IsClosed.Should().BeFalse();
        quotes[1].IsClosed.Should().BeTrue();
        quotes[1].Depth.Should().Be(0);
    }

    [Theory]
    [InlineData("The senator's statement added, “This is an affront to every worker in this state.“ The center will still receive two seats.", "“This is an affront to every worker in this state.“")]
    [InlineData("“We will be back next year,“ the captain said.", "“We will be back next year,“")]
    public void A_curly_opening_mark_typed_after_the_last_words_closes_the_open_quotation(string input, string quoted)
    {
        var (text, quotes) = Scan(input);
        Texts(text, quotes).Should().Equal(quoted);
        quotes[0].IsClosed.Should().BeTrue();
    }

    [Fact]
    public void Straight_double_marks_nest_in_straight_double_marks_when_the_outer_quote_closes()
    {
        var (text, quotes) = Scan("The site manager told the inquiry: \"The driver said \"lift it now\" and we lifted it.\"");
        Texts(text, quotes).Should().Equal("\"The driver said \"lift it now\" and we lifted it.\"", "\"lift it now\"");
        quotes.Should().OnlyContain(q => q.IsClosed);
        quotes[0].Depth.Should().Be(0);
        quotes[1].Depth.Should().Be(1);
    }

    [Fact]
    public void Two_straight_double_quotations_nest_side_by_side()
    {
        var (text, quotes) = Scan("\"Every week it was \"next month\" and then \"after the audit,\" \" the tenant said.");
        Texts(text, quotes).Should().Equal("\"Every week it was \"next month\" and then \"after the audit,\" \"", "\"next month\"", "\"after the audit,\"");
        quotes.Select(q => q.Depth).Should().Equal(0, 1, 1);
    }

    [Fact]
    public void A_straight_double_quotation_never_closed_does_not_swallow_the_next_one()
    {
        var (text, quotes) = Scan("\"We will not sell the club, the owner said. \"Not this year\" he added.");
        Texts(text, quotes).Should().Equal("\"We will not sell the club, the owner said.", "\"Not this year\"");
        quotes[0].IsClosed.Should().BeFalse();
        quotes[1].IsClosed.Should().BeTrue();
        quotes[1].Depth.Should().Be(0);
    }

    [Fact]
    public void A_straight_double_quotation_never_closed_does_not_run_into_the_next_paragraph_over_a_nested_one()
    {
        var (text, quotes) = Scan("\"The board has the votes, the chair said, and \"that is final\" for now.\n\n\"We move on,\" she added.");
        Texts(text, quotes).Should().Equal("\"The board has the votes, the chair said, and", "\"that is final\"", "\"We move on,\"");
        quotes.Should().OnlyContain(q => q.Depth == 0);
    }

    [Fact]
    public void Quote_left_open_at_a_paragraph_end_and_reopened_is_one_quote_across_paragraphs()
    {
        var (text, quotes) = Scan("He said: “We will build the road.\n\n“And we will finish it by May,” he added.");
        quotes.Should().ContainSingle();
        quotes[0].Span.Slice(text).Should().Be("“We will build the road.\n\n“And we will finish it by May,”");
        quotes[0].IsClosed.Should().BeTrue();
    }

    [Fact]
    public void Unclosed_quote_ends_at_its_paragraph_end()
    {
        var (text, quotes) = Scan("He said: “We will build the road.\n\nThe council disagreed.");
        quotes.Should().ContainSingle();
        quotes[0].Span.Slice(text).Should().Be("“We will build the road.");
        quotes[0].IsClosed.Should().BeFalse();
    }

    [Fact]
    public void Straight_quotes_pair_and_apostrophes_are_not_quotes()
    {
        var (text, quotes) = Scan("\"It's the farmers' market,\" he said of the '90s.");
        Texts(text, quotes).Should().Equal("\"It's the farmers' market,\"");
    }

    [Theory]
    [InlineData("\"\"=")]
    [InlineData("\"Bob.\"\n\n\"What.\"")]
    [InlineData("”””“““")]
    [InlineData("'''\"\"\"'''")]
    [InlineData("«»«»„“‚‘")]
    public void Odd_marks_never_throw_and_spans_stay_in_the_text(string text)
    {
        var (_, quotes) = Scan(text);
        quotes.All(q => q.Span.End <= text.Length && q.Span.Start >= 0 && q.Span.Start <= q.Span.End).Should().BeTrue();
    }

    [Fact]
    public void A_million_quote_marks_scan_in_linear_time()
    {
        // 8 marks per unit: one million marks. A quadratic scan would take hours; the bound only has to
        // survive a loaded CI machine.
        string text = string.Concat(Enumerable.Repeat("“a ‘b “c ” d’ ” “", 125_000));
        var document = DocumentAnalyzer.Analyze(text, null);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var quotes = QuoteScanner.Scan(document);
        watch.Stop();
        quotes.Should().NotBeEmpty();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Doubled_backticks_and_apostrophes_pair_as_double_quotes()
    {
        var (text, quotes) = Scan("``We are not going to sell the unit,'' a company spokesman said. ``It is a core business.''");
        Texts(text, quotes).Should().Equal("``We are not going to sell the unit,''", "``It is a core business.''");
        quotes.Should().OnlyContain(q => q.IsClosed && q.Depth == 0);
    }

    [Fact]
    public void Doubled_backticks_pair_with_a_straight_closing_mark()
    {
        var (text, quotes) = Scan("The chairman spoke for an hour.\n\n`` Our people are our greatest asset, not our oil. We have people.\"");
        Texts(text, quotes).Should().ContainSingle().Which.Should().EndWith("We have people.\"");
    }

    [Fact]
    public void A_single_backtick_quote_nests_inside_a_doubled_one()
    {
        var (text, quotes) = Scan("``He called the offer `an insult' on air,'' she said.");
        quotes.Should().HaveCount(2);
        quotes[1].Span.Slice(text).Should().Be("`an insult'");
        quotes[1].Depth.Should().Be(1);
    }
}

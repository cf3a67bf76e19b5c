using System.Text;
using Attribution.Text;

namespace Attribution.Tests.Text;

public sealed class TokenizerTests
{
    private static List<(string Text, TokenKind Kind)> Tokens(string text) =>
        Tokenizer.Tokenize(text, includeWhitespace: false).Select(t => (t.Span.Slice(text), t.Kind)).ToList();

    private static List<string> Texts(string text) => Tokens(text).Select(t => t.Text).ToList();

    internal static void ShouldBeLossless(string text, Token[] tokens)
    {
        // One assertion at the end: millions of per-token assertions would time the test, not the tokenizer.
        int position = 0;
        int firstBad = -1;
        for (int i = 0; i < tokens.Length && firstBad < 0; i++)
        {
            if (tokens[i].Span.Start != position || tokens[i].Span.Length == 0)
            {
                firstBad = i;
            }

            position = tokens[i].Span.End;
        }

        firstBad.Should().Be(-1, "tokens and white space cover the text without gaps, overlaps or empty tokens");
        position.Should().Be(text.Length);
    }

    [Fact]
    public void Every_token_is_the_slice_of_its_span_and_the_tokens_rebuild_the_text()
    {
        const string text = "United Nations Secretary-General António Guterres said on Oct. 7 that the U.N. \"won’t\" pay $3,000,\r\n\r\nor 5.2bn — see https://un.org/en. 👍🏽🇺🇳";

        var tokens = Tokenizer.Tokenize(text, includeWhitespace: true);

        ShouldBeLossless(text, tokens);
        Texts(text).Should().Equal(
            "United", "Nations", "Secretary-General", "António", "Guterres", "said", "on", "Oct.", "7", "that", "the", "U.N.",
            "\"", "wo", "n’t", "\"", "pay", "$", "3,000", ",", "or", "5.2bn", "—", "see", "https://un.org/en", ".", "👍🏽", "🇺🇳");
    }

    [Fact]
    public void White_space_tokens_count_line_breaks_once_per_break()
    {
        const string text = "a \r\n\r\n b\u2028c\u0085d\n\ne";

        var whitespace = Tokenizer.Tokenize(text, includeWhitespace: true).Where(t => t.Kind == TokenKind.Whitespace).ToList();

        whitespace.Select(t => t.NewlineCount).Should().Equal(2, 1, 1, 2);
        Tokenizer.Tokenize(text, includeWhitespace: false).Should().OnlyContain(t => t.Kind != TokenKind.Whitespace && t.NewlineCount == 0);
    }

    [Theory]
    [InlineData("U.N. Security Council", "U.N.|Security|Council")]
    [InlineData("the U.S. and e.g. a.m. or Ph.D.", "the|U.S.|and|e.g.|a.m.|or|Ph.D.")]
    [InlineData("Mr. Smith met Dr. Jones on Oct. 24.", "Mr.|Smith|met|Dr.|Jones|on|Oct.|24|.")]
    [InlineData("J. R. R. Tolkien", "J.|R.|R.|Tolkien")]
    [InlineData("@UN and #MeToo", "@UN|and|#MeToo")]
    [InlineData("She was No. 1. I said no.", "She|was|No.|1|.|I|said|no|.")]
    [InlineData("COVID-19 hit 20-year-olds in the 1990s", "COVID-19|hit|20-year-olds|in|the|1990s")]
    [InlineData("AT&T and S&P rose 40.75%", "AT&T|and|S&P|rose|40.75|%")]
    [InlineData("at 12a.m. or 3:00 pm on 3/4/2012", "at|12|a.m.|or|3:00|pm|on|3/4/2012")]
    [InlineData("He came.Then left", "He|came|.|Then|left")]
    [InlineData("N°. 1026.253.553.", "N°.|1026.253.553|.")]
    [InlineData("Anto\u0301nio", "Anto\u0301nio")]
    [InlineData("Sen. Ann Hill, D-N.Y., and Rep. Bo Lee, R-S.C., agreed.", "Sen.|Ann|Hill|,|D-N.Y.|,|and|Rep.|Bo|Lee|,|R-S.C.|,|agreed|.")]
    [InlineData("an X-ray, a T-shirt and a U-turn.", "an|X-ray|,|a|T-shirt|and|a|U-turn|.")]
    [InlineData("Sen. Ana Ruiz (D-N.M.) and Rep. Tom Cole (R-S.C.)", "Sen.|Ana|Ruiz|(|D-N.M.|)|and|Rep.|Tom|Cole|(|R-S.C.|)")]
    [InlineData("a well-known.Next", "a|well-known|.|Next")]
    public void Keeps_together_what_a_reader_keeps_together(string text, string expected)
    {
        Texts(text).Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void Recognises_urls_emails_handles_and_hashtags()
    {
        var tokens = Tokens("Write to Jane.Doe@example.com, see www.un.org or (http://foo.com/blah_(wiki)#x). Follow @UN_News #Gaza python.org");

        tokens.Should().Contain(("Jane.Doe@example.com", TokenKind.Email));
        tokens.Should().Contain(("www.un.org", TokenKind.Url));
        tokens.Should().Contain(("http://foo.com/blah_(wiki)#x", TokenKind.Url));
        tokens.Should().Contain(("@UN_News", TokenKind.Handle));
        tokens.Should().Contain(("#Gaza", TokenKind.Hashtag));
        tokens.Should().Contain(("python.org", TokenKind.Url));
    }

    [Theory]
    [InlineData("didn’t", "did|n’t")]
    [InlineData("didn't", "did|n't")]
    [InlineData("Hamas’s", "Hamas|’s")]
    [InlineData("we’re I’ve they’ll she’d I’m", "we|’re|I|’ve|they|’ll|she|’d|I|’m")]
    [InlineData("can't won't", "ca|n't|wo|n't")]
    [InlineData("JFK Jr.'s book", "JFK|Jr.|'s|book")]
    [InlineData("the 1990’s", "the|1990|’s")]
    public void Splits_clitics_as_apostrophe_tokens(string text, string expected)
    {
        var tokens = Tokens(text);

        tokens.Select(t => t.Text).Should().Equal(expected.Split('|'));
        tokens.Where(t => t.Text.Contains('’') || t.Text.Contains('\'')).Should().OnlyContain(t => t.Kind == TokenKind.Apostrophe);
    }

    [Theory]
    [InlineData("in the ’90s", "’90s", TokenKind.Number)]
    [InlineData("rock ’n’ roll", "’n’", TokenKind.Word)]
    [InlineData("‘Tis the season", "‘Tis", TokenKind.Word)]
    [InlineData("’Tis the season", "’Tis", TokenKind.Word)]
    [InlineData("get 'em", "'em", TokenKind.Word)]
    [InlineData("O’Brien said", "O’Brien", TokenKind.Word)]
    public void Keeps_elided_words_whole_so_their_apostrophe_is_no_quote(string text, string token, TokenKind kind)
    {
        var tokens = Tokens(text);

        tokens.Should().Contain((token, kind));
        tokens.Should().NotContain(t => t.Kind == TokenKind.OpeningQuote || t.Kind == TokenKind.ClosingQuote || t.Kind == TokenKind.AmbiguousQuote);
    }

    [Fact]
    public void Tells_a_plural_possessive_from_a_closing_single_quote()
    {
        Tokens("the farmers’ market").Should().Contain(("’", TokenKind.Apostrophe));
        Tokens("the Joneses' house").Should().Contain(("'", TokenKind.Apostrophe));

        // Inside an open single quotation the same shape closes it.
        Tokens("He said ‘I love my cats’ then left").Should().Contain(("’", TokenKind.ClosingQuote));
        Tokens("She said 'we like dogs' and left").Last(t => t.Text == "'").Kind.Should().Be(TokenKind.ClosingQuote);
    }

    [Fact]
    public void Classifies_curly_quote_marks()
    {
        var kinds = Tokens("“Yes,” he said. «Non» „Ja“ ‚ja‘ ‘maybe’.").Where(t => t.Kind is TokenKind.OpeningQuote or TokenKind.ClosingQuote or TokenKind.AmbiguousQuote).ToList();

        kinds.Should().Equal(
            ("“", TokenKind.OpeningQuote), ("”", TokenKind.ClosingQuote),
            ("«", TokenKind.OpeningQuote), ("»", TokenKind.ClosingQuote),
            ("„", TokenKind.OpeningQuote), ("“", TokenKind.OpeningQuote),
            ("‚", TokenKind.OpeningQuote), ("‘", TokenKind.OpeningQuote),
            ("‘", TokenKind.OpeningQuote), ("’", TokenKind.ClosingQuote));
    }

    [Theory]
    [InlineData("He said \"no\".", TokenKind.OpeningQuote, TokenKind.ClosingQuote)]
    [InlineData("(\"Hello\")", TokenKind.OpeningQuote, TokenKind.ClosingQuote)]
    [InlineData("\"Yes,\" she said", TokenKind.OpeningQuote, TokenKind.ClosingQuote)]
    [InlineData("He replied:\"Never\" and left", TokenKind.OpeningQuote, TokenKind.ClosingQuote)]
    [InlineData("a—\"quoted\"—b", TokenKind.OpeningQuote, TokenKind.ClosingQuote)]
    [InlineData("it 'works' fine", TokenKind.OpeningQuote, TokenKind.ClosingQuote)]
    [InlineData("spaced \" marks \" here", TokenKind.AmbiguousQuote, TokenKind.AmbiguousQuote)]
    public void Classifies_straight_quote_marks_by_position(string text, TokenKind first, TokenKind second)
    {
        var quotes = Tokens(text).Where(t => t.Kind is TokenKind.OpeningQuote or TokenKind.ClosingQuote or TokenKind.AmbiguousQuote).ToList();

        quotes.Select(q => q.Kind).Should().Equal(first, second);
    }

    [Fact]
    public void Null_throws()
    {
        var act = () => Tokenizer.Tokenize(null!, includeWhitespace: false);

        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void Empty_and_white_space_only_give_no_word_tokens(string text)
    {
        Tokenizer.Tokenize(text, includeWhitespace: false).Should().BeEmpty();
        ShouldBeLossless(text, Tokenizer.Tokenize(text, includeWhitespace: true));
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_are_one_symbol_each()
    {
        string text = "a\0b\u0001 \uD800x\uDC00 \uDC00\uD800";

        var tokens = Tokenizer.Tokenize(text, includeWhitespace: true);

        ShouldBeLossless(text, tokens);
        Tokens(text).Should().Equal(
            ("a", TokenKind.Word), ("\0", TokenKind.Symbol), ("b", TokenKind.Word), ("\u0001", TokenKind.Symbol),
            ("\uD800", TokenKind.Symbol), ("x", TokenKind.Word), ("\uDC00", TokenKind.Symbol),
            ("\uDC00", TokenKind.Symbol), ("\uD800", TokenKind.Symbol));
    }

    [Fact]
    public void Emoji_sequences_are_one_symbol()
    {
        Tokens("ok 👩‍👩‍👧‍👦 👍🏽 🇺🇳 ❤️ 1️⃣").Where(t => t.Kind == TokenKind.Symbol).Select(t => t.Text)
            .Should().Equal("👩‍👩‍👧‍👦", "👍🏽", "🇺🇳", "❤️", "\uFE0F\u20E3");
    }

    [Theory]
    [InlineData('a')]
    [InlineData('.')]
    [InlineData('"')]
    [InlineData('\'')]
    [InlineData('-')]
    [InlineData('@')]
    [InlineData('1')]
    public void Ten_megabytes_without_space_is_tokenized_losslessly(char unit)
    {
        var text = new string(unit, 10_000_000);

        var tokens = Tokenizer.Tokenize(text, includeWhitespace: true);

        ShouldBeLossless(text, tokens);
    }

    [Theory]
    [InlineData("a.")]
    [InlineData("a@")]
    [InlineData("U.")]
    [InlineData("x-")]
    [InlineData("’s")]
    [InlineData("\"a")]
    [InlineData("ab.cd@")]
    [InlineData("😀")]
    public void Repeated_patterns_stay_linear_and_lossless(string unit)
    {
        var builder = new StringBuilder(2_000_000);
        while (builder.Length < 2_000_000)
        {
            builder.Append(unit);
        }

        var text = builder.ToString();

        var tokens = Tokenizer.Tokenize(text, includeWhitespace: true);

        ShouldBeLossless(text, tokens);
    }

    [Fact]
    public void A_hundred_thousand_letter_word_is_one_token()
    {
        var text = "x " + new string('w', 100_000) + " y";

        Texts(text).Select(t => t.Length).Should().Equal(1, 100_000, 1);
    }
}

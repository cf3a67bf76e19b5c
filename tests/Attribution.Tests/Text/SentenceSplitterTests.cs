using System.Text;
using Attribution.Tests.TestSupport;
using Attribution.Text;

namespace Attribution.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static (Sentence[] Sentences, Paragraph[] Paragraphs) Split(string text) =>
        SentenceSplitter.Split(text, Tokenizer.Tokenize(text, includeWhitespace: false));

    private static List<string> Sentences(string text) => Split(text).Sentences.Select(s => s.Span.Slice(text)).ToList();

    private static void ShouldBeWellFormed(string text, Sentence[] sentences, Paragraph[] paragraphs, int tokenCount)
    {
        int expectedToken = 0;
        int previousEnd = 0;
        foreach (var sentence in sentences)
        {
            sentence.FirstToken.Should().Be(expectedToken, "sentences cover the tokens in order");
            sentence.EndToken.Should().BeGreaterThan(sentence.FirstToken);
            sentence.Span.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
            char.IsWhiteSpace(text[sentence.Span.Start]).Should().BeFalse();
            char.IsWhiteSpace(text[sentence.Span.End - 1]).Should().BeFalse();
            expectedToken = sentence.EndToken;
            previousEnd = sentence.Span.End;
        }

        expectedToken.Should().Be(tokenCount);
        int expectedSentence = 0;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            paragraph.FirstSentence.Should().Be(expectedSentence);
            paragraph.Span.Start.Should().Be(sentences[paragraph.FirstSentence].Span.Start);
            paragraph.Span.End.Should().Be(sentences[paragraph.EndSentence - 1].Span.End);
            for (int s = paragraph.FirstSentence; s < paragraph.EndSentence; s++)
            {
                sentences[s].Paragraph.Should().Be(p);
            }

            expectedSentence = paragraph.EndSentence;
        }

        expectedSentence.Should().Be(sentences.Length);
    }

    [Theory]
    [InlineData("\"Not one more cent,\" the senator wrote on X. Olsen later told a radio station the aid was wasted.", 2)]
    [InlineData("The club posted the news to X. Fans were furious.", 2)]
    [InlineData("The memo was signed by Malcolm X. Smith and circulated widely.", 1)]
    [InlineData("Her lawyer, Anne X. Walsh, declined to comment.", 1)]
    public void The_social_network_X_after_its_preposition_ends_the_sentence_an_initial_does_not(string text, int sentences)
    {
        Sentences(text).Should().HaveCount(sentences);
    }

    [Fact]
    public void Splits_the_seed_article_into_its_obvious_sentences()
    {
        string text = TestData.ReadText("seed", "guterres-netanyahu.txt");

        var (sentences, paragraphs) = Split(text);
        var texts = sentences.Select(s => s.Span.Slice(text)).ToList();

        ShouldBeWellFormed(text, sentences, paragraphs, Tokenizer.Tokenize(text, false).Length);
        paragraphs.Should().HaveCount(14, "every line of the article is a paragraph");
        texts.Should().HaveCount(16);
        texts[0].Should().Be("United Nations Secretary-General António Guterres said that he has not spoken to Prime Minister Benjamin Netanyahu since the Oct. 7 massacre as the Israeli leader refuses to answer his calls.");
        texts[1].Should().Be("“I have not talked to him because he didn’t pick up my phone calls, but I have no reason not to speak with him,” Guterres told Reuters in an interview published on Thursday.");
        texts[2].Should().Be("“So if he comes to New York and he asks to see me, I will be very glad to see him.”");
        texts.Should().Contain("The two men last met in person in September 2023 at the annual U.N. General Assembly session.");
        texts.Should().Contain("The secretary-general has taken a consistently anti-Israel approach since Oct. 7.");
        texts.Should().Contain("On Oct. 24, shortly after the Hamas attack, Guterres drew the ire of Israeli officials when he told the U.N. Security Council, “It is important to also recognize the attacks by Hamas did not happen in a vacuum,” adding that “the Palestinian people have been subjected to 56 years of suffocating occupation.”");
        texts[^1].Should().Be("Guterres has come under fire from many Israeli civil society groups and U.S. Jewish organizations that believe that the U.N. has shown little to no empathy for the victims of Hamas’s Oct. 7 assault.");
    }

    [Theory]
    [InlineData("“So what?” said Harry. He left.", "“So what?” said Harry.|He left.")]
    [InlineData("“So what?” Harry said. He left.", "“So what?” Harry said.|He left.")]
    [InlineData("“Are you coming?” she asked.", "“Are you coming?” she asked.")]
    [InlineData("He said it was “over.” Then he left.", "He said it was “over.”|Then he left.")]
    [InlineData("\"We will win.\" The crowd cheered.", "\"We will win.\"|The crowd cheered.")]
    [InlineData("“I will go.” Smith said.", "“I will go.” Smith said.")]
    [InlineData("“Enough!” The minister walked out.", "“Enough!”|The minister walked out.")]
    [InlineData("“Yes!” Smith replied to the crowd.", "“Yes!” Smith replied to the crowd.")]
    [InlineData("“So what?” Mr. Smith asked.", "“So what?” Mr. Smith asked.")]
    [InlineData("“Why?” Because I said so.", "“Why?”|Because I said so.")]
    [InlineData("He asked, \"Where are you going?\" She said nothing.", "He asked, \"Where are you going?\"|She said nothing.")]
    [InlineData("The vote, he said, was “a farce.” Others agreed.", "The vote, he said, was “a farce.”|Others agreed.")]
    public void Keeps_a_quotation_with_its_attribution(string text, string expected)
    {
        Sentences(text).Should().Equal(expected.Split('|'));
    }

    [Theory]
    [InlineData("Mr. Smith met Gen. Jones in St. Louis. They talked.", "Mr. Smith met Gen. Jones in St. Louis.|They talked.")]
    [InlineData("J. R. R. Tolkien wrote it. He was English.", "J. R. R. Tolkien wrote it.|He was English.")]
    [InlineData("The U.N. Security Council met on Oct. 24. It voted.", "The U.N. Security Council met on Oct. 24.|It voted.")]
    [InlineData("The vote is at 3 p.m. Friday in Geneva. Delegates arrive early.", "The vote is at 3 p.m. Friday in Geneva.|Delegates arrive early.")]
    [InlineData("Shares of Apple Inc. rose 3%. The index fell.", "Shares of Apple Inc. rose 3%.|The index fell.")]
    [InlineData("He works for Acme Corp. The firm is small.", "He works for Acme Corp.|The firm is small.")]
    [InlineData("It cost $5.2bn. Critics objected.", "It cost $5.2bn.|Critics objected.")]
    [InlineData("He won in 2019. 2020 was harder.", "He won in 2019.|2020 was harder.")]
    [InlineData("Wait... What happened?", "Wait...|What happened?")]
    [InlineData("See https://un.org/en. Then call.", "See https://un.org/en.|Then call.")]
    [InlineData("He lives in Washington, D.C. The city is big.", "He lives in Washington, D.C.|The city is big.")]
    [InlineData("The meeting began at 10 a.m. The minister was late.", "The meeting began at 10 a.m.|The minister was late.")]
    [InlineData("It was signed by John Smith Jr. The deal closed.", "It was signed by John Smith Jr.|The deal closed.")]
    [InlineData("Pres. Biden spoke at 9 a.m. EST Monday. He left.", "Pres. Biden spoke at 9 a.m. EST Monday.|He left.")]
    [InlineData("The U.S.-led coalition struck. I met him in Sept. He was calm.", "The U.S.-led coalition struck.|I met him in Sept.|He was calm.")]
    [InlineData("It was discussed in U.S arms journals. Nobody listened.", "It was discussed in U.S arms journals.|Nobody listened.")]
    [InlineData("The U.K-based firm and the U.S Navy signed. Then they left.", "The U.K-based firm and the U.S Navy signed.|Then they left.")]
    public void Handles_abbreviations_numbers_and_ellipses_in_news_text(string text, string expected)
    {
        Sentences(text).Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void Paragraphs_come_from_blank_lines_and_single_line_breaks()
    {
        const string text = "Headline without period\nFirst paragraph. Second sentence.\n\nThird paragraph here.\r\nFourth one\u2029Fifth.";

        var (sentences, paragraphs) = Split(text);

        ShouldBeWellFormed(text, sentences, paragraphs, Tokenizer.Tokenize(text, false).Length);
        paragraphs.Select(p => p.Span.Slice(text)).Should().Equal(
            "Headline without period", "First paragraph. Second sentence.", "Third paragraph here.", "Fourth one", "Fifth.");
        sentences.Should().HaveCount(6);
    }

    [Fact]
    public void A_line_wrapped_inside_a_sentence_is_not_a_paragraph_break()
    {
        const string text = "The minister said the talks\nwould resume next week, officials\nconfirmed on Monday.\nA new paragraph starts here.";

        var (sentences, paragraphs) = Split(text);

        paragraphs.Should().HaveCount(2);
        sentences.Select(s => s.Span.Slice(text)).Should().Equal(
            "The minister said the talks\nwould resume next week, officials\nconfirmed on Monday.", "A new paragraph starts here.");
    }

    [Fact]
    public void A_sentence_never_starts_with_a_closing_quote()
    {
        const string text = "He said: “It is over. ” Then he left. She asked, ‘Why?’ Nobody knew.";

        var texts = Sentences(text);

        texts.Should().NotContain(s => s.StartsWith('”') || s.StartsWith('’'));
        texts.Should().Equal("He said: “It is over. ”", "Then he left.", "She asked, ‘Why?’", "Nobody knew.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Empty_input_has_no_sentences(string text)
    {
        var (sentences, paragraphs) = Split(text);

        sentences.Should().BeEmpty();
        paragraphs.Should().BeEmpty();
    }

    [Fact]
    public void Null_throws()
    {
        var act = () => SentenceSplitter.Split(null!, []);

        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("“")]
    [InlineData(". ")]
    [InlineData("a. ")]
    [InlineData("U.S. ")]
    [InlineData("1. ")]
    [InlineData("• ")]
    [InlineData("word")]
    [InlineData("x\n")]
    public void Pathological_input_stays_linear_and_well_formed(string unit)
    {
        var builder = new StringBuilder(1_000_000);
        while (builder.Length < 1_000_000)
        {
            builder.Append(unit);
        }

        var text = builder.ToString();
        var tokens = Tokenizer.Tokenize(text, includeWhitespace: false);

        var (sentences, paragraphs) = SentenceSplitter.Split(text, tokens);

        ShouldBeWellFormed(text, sentences, paragraphs, tokens.Length);
        sentences.Should().OnlyContain(s => s.TokenCount <= SentenceSplitter.MaxSentenceTokens);
    }

    [Fact]
    public void Binary_noise_with_lone_surrogates_splits_without_error()
    {
        var random = new Random(7);
        var chars = new char[200_000];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0x10000);
        }

        var text = new string(chars);
        var tokens = Tokenizer.Tokenize(text, includeWhitespace: true);
        TokenizerTests.ShouldBeLossless(text, tokens);

        var words = Tokenizer.Tokenize(text, includeWhitespace: false);
        var (sentences, paragraphs) = SentenceSplitter.Split(text, words);
        ShouldBeWellFormed(text, sentences, paragraphs, words.Length);
    }
}

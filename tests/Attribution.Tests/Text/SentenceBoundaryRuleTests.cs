using Attribution.Text;

namespace Attribution.Tests.Text;

/// <summary>
/// One theory per kind of sentence boundary the splitter decides beyond the plain stop: what splits and the
/// near misses that must not. <see cref="SplitterSentences"/> is what the attribution stages read;
/// <see cref="ReaderSentences"/> is the public segmentation.
/// </summary>
public sealed class SentenceBoundaryRuleTests
{
    private static List<string> SplitterSentences(string text)
    {
        var (sentences, _) = SentenceSplitter.Split(text, Tokenizer.Tokenize(text, includeWhitespace: false));
        return sentences.Select(s => s.Span.Slice(text)).ToList();
    }

    private static List<string> ReaderSentenceTexts(string text)
    {
        var tokens = Tokenizer.Tokenize(text, includeWhitespace: false);
        var (sentences, _) = SentenceSplitter.Split(text, tokens);
        return ReaderSentences.Join(text, tokens, sentences).Select(s => s.Slice(text)).ToList();
    }

    [Theory]
    [InlineData("“The pumps failed. Then the levee broke,” the engineer told the inquiry.", "“The pumps failed. Then the levee broke,” the engineer told the inquiry.")]
    [InlineData("The banner on the gate read: “Closed today. Back tomorrow.”", "The banner on the gate read: “Closed today. Back tomorrow.”")]
    [InlineData("He called the deal “a disgrace. A total disgrace.” The board resigned.", "He called the deal “a disgrace. A total disgrace.”|The board resigned.")]
    [InlineData("“We lost. We will be back.”", "“We lost.|We will be back.”")]
    [InlineData("He said: “We lost.\n\nWe will be back.”", "He said: “We lost.|We will be back.”")]
    [InlineData("``The fund is empty. Nobody told us,'' the treasurer said.", "``The fund is empty. Nobody told us,'' the treasurer said.")]
    public void A_quotation_inside_narration_stays_one_reader_sentence(string text, string expected)
    {
        ReaderSentenceTexts(text).Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void The_attribution_stages_keep_the_last_quoted_sentence_with_its_frame()
    {
        const string text = "“The pumps failed. Then the levee broke,” the engineer told the inquiry.";

        SplitterSentences(text).Should().Equal("“The pumps failed.", "Then the levee broke,” the engineer told the inquiry.");
    }

    [Fact]
    public void A_quote_mark_misread_never_joins_more_than_a_few_sentences()
    {
        string text = "He said: “" + string.Concat(Enumerable.Repeat("We waited. ", 20)) + "Nobody came,” he said.";

        SplitterSentences(text).Should().HaveCount(21);
        ReaderSentenceTexts(text).Should().HaveCount(21, $"a quotation over more than {ReaderSentences.MaxJoinedSentences} sentences is not joined");
    }

    [Theory]
    [InlineData("(a) the lease (b) the deposit (c) the keys", "(a) the lease|(b) the deposit|(c) the keys")]
    [InlineData("i. Measure the room ii. Order the carpet iii. Book the fitter", "i. Measure the room|ii. Order the carpet|iii. Book the fitter")]
    [InlineData("a. the lease b) the deposit", "a. the lease b) the deposit")]
    [InlineData("1. Open the lid 2. then wait", "1. Open the lid 2. then wait")]
    [InlineData("He paid for items a. and b. on Friday.", "He paid for items a. and b. on Friday.")]
    [InlineData("(1) the tenant (3) the landlord", "(1) the tenant (3) the landlord")]
    [InlineData("Bring three things: (a) a torch (b) a map (c) water.", "Bring three things:|(a) a torch|(b) a map|(c) water.")]
    [InlineData("The plan has two steps: 1. cut costs 2. raise prices.", "The plan has two steps:|1. cut costs|2. raise prices.")]
    [InlineData("Present: A. Smith and B. Jones.", "Present: A. Smith and B. Jones.")]
    public void Each_item_of_an_inline_list_is_a_sentence(string text, string expected)
    {
        SplitterSentences(text).Should().Equal(expected.Split('|'));
    }

    [Theory]
    [InlineData("The charge is Rs. 95 a month.", "The charge is Rs. 95 a month.")]
    [InlineData("See Eq. 7 and REF. 12 for details. The proof is short.", "See Eq. 7 and REF. 12 for details.|The proof is short.")]
    [InlineData("The crater is 40 km (25 mi) wide. It is young.", "The crater is 40 km (25 mi) wide.|It is young.")]
    [InlineData("He was born in 1961. 1962 was quieter.", "He was born in 1961.|1962 was quieter.")]
    public void A_reference_abbreviation_keeps_its_number(string text, string expected)
    {
        SplitterSentences(text).Should().Equal(expected.Split('|'));
    }

    [Theory]
    [InlineData("The team flew back to the U.S. Fans met them at the airport.", "The team flew back to the U.S.|Fans met them at the airport.")]
    [InlineData("She joined Acme Inc. Investors, however, stayed away.", "She joined Acme Inc.|Investors, however, stayed away.")]
    [InlineData("The U.S. Marines said the base was secure.", "The U.S. Marines said the base was secure.")]
    [InlineData("Negotiators from the U.N. Security Council arrived.", "Negotiators from the U.N. Security Council arrived.")]
    [InlineData("He left the U.S. Several aides went with him.", "He left the U.S.|Several aides went with him.")]
    [InlineData("It was built by Stark Bros. Holdings Ltd in 1990.", "It was built by Stark Bros. Holdings Ltd in 1990.")]
    public void An_abbreviation_ends_a_sentence_before_a_common_word_but_not_before_a_name(string text, string expected)
    {
        SplitterSentences(text).Should().Equal(expected.Split('|'));
    }

    [Theory]
    [InlineData("Yahoo! Answers closed in 2021.", "Yahoo! Answers closed in 2021.")]
    [InlineData("We watched Jeopardy! Nobody guessed the answer.", "We watched Jeopardy!|Nobody guessed the answer.")]
    [InlineData("The ǃKung and !Xóõ languages use clicks.", "The ǃKung and !Xóõ languages use clicks.")]
    [InlineData("Stop! Police!", "Stop!|Police!")]
    [InlineData("Is it over?Yes it is.", "Is it over?|Yes it is.")]
    [InlineData("!Kung elders met on Friday.", "!Kung elders met on Friday.")]
    public void An_exclamation_mark_inside_a_name_ends_nothing(string text, string expected)
    {
        SplitterSentences(text).Should().Equal(expected.Split('|'));
    }

    [Theory]
    [InlineData("会议结束了。代表们离开了会场。", "会议结束了。|代表们离开了会场。")]
    [InlineData("（会議は延期された。）理由は不明だ。", "（会議は延期された。）|理由は不明だ。")]
    [InlineData("真的吗？真的！", "真的吗？|真的！")]
    [InlineData("Ready？ Yes．", "Ready？|Yes．")]
    public void An_ideographic_stop_ends_a_sentence_whatever_follows(string text, string expected)
    {
        SplitterSentences(text).Should().Equal(expected.Split('|'));
    }

    [Theory]
    [InlineData("Is the border open? - Not since Monday, officials said.", "Is the border open?|- Not since Monday, officials said.")]
    [InlineData("The deal - signed on Friday - is final.", "The deal - signed on Friday - is final.")]
    [InlineData("He waited -- nothing! -- and then left.", "He waited -- nothing! -- and then left.")]
    [InlineData("It rained all week. — Then the sun came out.", "It rained all week.|— Then the sun came out.")]
    public void A_spaced_dash_after_a_stop_opens_a_sentence(string text, string expected)
    {
        SplitterSentences(text).Should().Equal(expected.Split('|'));
    }

    [Theory]
    [InlineData("The dam burst in 1928.[4] Hundreds died.", "The dam burst in 1928.[4]|Hundreds died.")]
    [InlineData("The levee failed.[citation needed][5] Nobody was warned.", "The levee failed.[citation needed][5]|Nobody was warned.")]
    [InlineData("He wrote it. [The letter is lost.] It ends there.", "He wrote it.|[The letter is lost.]|It ends there.")]
    public void A_reference_mark_after_a_stop_stays_with_its_sentence(string text, string expected)
    {
        SplitterSentences(text).Should().Equal(expected.Split('|'));
    }

    [Theory]
    [InlineData("``Nobody called,'' she said. ``Not once.''", "``Nobody called,'' she said.|``Not once.''")]
    [InlineData("``Why now?'' asked Gov. Reyes.", "``Why now?'' asked Gov. Reyes.")]
    [InlineData("Markets fell.\r\nBonds rallied.", "Markets fell.|Bonds rallied.")]
    public void Backtick_quotes_and_line_breaks_end_sentences_like_their_plain_forms(string text, string expected)
    {
        SplitterSentences(text).Should().Equal(expected.Split('|'));
    }
}

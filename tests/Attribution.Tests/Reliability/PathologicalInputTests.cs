using Attribution.Serialization;

namespace Attribution.Tests.Reliability;

/// <summary>
/// Hostile documents at full size through every entry point (tokenize, segment, extract, serialize): each
/// returns, and every span it gives is valid. How the time grows with size is checked in <see cref="LinearTimeTests"/>.
/// </summary>
public sealed class PathologicalInputTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    public static TheoryData<string, int> FullSizeCases => new()
    {
        { "empty", 0 },
        { "whitespace only", 1_000_000 },
        { "no space or newline", 10 * 1024 * 1024 },
        { "quote marks of every kind", 1_000_000 },
        { "nested and unbalanced quotes", 1_000_000 },
        { "quote never closed across paragraphs", 52 * 10_000 },
        { "lone surrogates", 200_000 },
        { "NUL and control characters", 200_000 },
        { "binary bytes decoded as text", 300_000 },
        { "right-to-left text", 200_000 },
        { "CRLF line endings", 200_000 },
        { "CR-only line endings", 200_000 },
        { "U+2028 line endings", 200_000 },
        { "100k-character words", 800_000 },
        { "news-like paragraphs", 1_000_000 },
        { "many distinct speakers", 500_000 },
        { "only sentence ends", 200_000 },
        { "only cue verbs", 200_000 },
        { "pronouns and nominals without a name", 500_000 },
        { "one name mentioned again and again", 500_000 },
    };

    [Theory]
    [MemberData(nameof(FullSizeCases))]
    public void Hostile_document_returns_with_valid_spans_from_every_stage(string name, int size)
    {
        string text = HostileText.All[name](size);
        text.Length.Should().Be(size, "the generator builds the size asked for");

        Watchdog.Run(name, () => OutputInvariants.CheckAllStages(Extractor, text, new DateOnly(2024, 9, 27)));
    }

    [Fact]
    public void Every_character_of_the_basic_multilingual_plane_once_in_order_and_shuffled()
    {
        foreach (string text in new[] { HostileText.EveryBmpCharacter(), HostileText.EveryBmpCharacterShuffled() })
        {
            text.Length.Should().Be(65_536);
            Watchdog.Run("every BMP character", () => OutputInvariants.CheckAllStages(Extractor, text));
        }
    }

    [Fact]
    public void Quote_never_closed_spans_ten_thousand_paragraphs()
    {
        string text = HostileText.All["quote never closed across paragraphs"](52 * 10_000);
        var segmentation = Extractor.Segment(text);

        segmentation.Paragraphs.Length.Should().BeGreaterThanOrEqualTo(9_000, "blank lines still separate paragraphs inside an unclosed quote");
        var result = Extractor.Extract(text);
        foreach (var statement in result.Statements)
        {
            statement.Content.Span.Length.Should().BeLessThan(text.Length / 2, "an unclosed quote must not swallow the rest of the document");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\r\n\r\n\t \u00A0\u2028")]
    public void Empty_and_white_space_documents_give_empty_results(string text)
    {
        var result = Extractor.Extract(text);

        result.Statements.Should().BeEmpty();
        result.Entities.Should().BeEmpty();
        result.Declines.Should().BeEmpty();
        Extractor.Segment(text).Sentences.Should().BeEmpty();
        Extractor.Tokenize(text).Where(t => t.Kind != Attribution.Text.TokenKind.Whitespace).Should().BeEmpty();
        AttributionJson.Serialize("empty", null, result).Should().Be("""{"id":"empty","source":null,"statements":[],"declines":[],"entities":[]}""");
    }

    [Fact]
    public void Null_text_throws_argument_null_from_every_entry_point()
    {
        Extractor.Invoking(e => e.Extract((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        Extractor.Invoking(e => e.Tokenize(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        Extractor.Invoking(e => e.Segment(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    // The case name keeps each row's test ID distinct: xunit renders every lone surrogate alike and
    // would otherwise drop the rows as duplicates.
    [InlineData("lone high", "\uD800")]
    [InlineData("lone low", "\uDC00")]
    [InlineData("high inside straight quotes", "\"\uD83D\" he said.")]
    [InlineData("low inside curly quotes, high at the end", "\u201C\uDFFF\u201D, Smith said\uD800")]
    [InlineData("high inside a quoted fragment", "Smith said \u201Cthe vote\uDBFF\u201D was fair.")]
    public void Lone_surrogates_keep_their_utf16_offsets_and_serialize_as_replacement_characters(string name, string text)
    {
        var result = OutputInvariants.CheckAllStages(Extractor, text);
        var tokens = Extractor.Tokenize(text);

        string.Concat(tokens.Select(t => t.Span.Slice(text))).Should().Be(text, $"tokens keep every code unit, paired or not ({name})");
        AttributionJson.Serialize("doc", null, result).Should().NotContain("\\uD8", $"a lone surrogate is written as U+FFFD, not as an escape of invalid UTF-16 ({name})");
    }
}

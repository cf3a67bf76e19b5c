using System.Buffers;
using System.Text;
using System.Text.Json;
using Attribution.Serialization;

namespace Attribution.Tests.PublicApi;

/// <summary>
/// The extractor's excerpts cut their text from the document only when it is read; they must behave exactly like
/// excerpts made with their text: equal, same hash, same JSON, and a copy with another span keeps its text.
/// </summary>
public class TextExcerptTests
{
    private const string Text = "The minister said the budget would be balanced by next spring, officials added.";

    [Fact]
    public void An_excerpt_cut_on_first_read_equals_one_made_with_its_text()
    {
        var span = new TextSpan(18, 61);
        var made = new TextExcerpt(span, span.Slice(Text));
        var cut = new TextExcerpt(Text, span);

        cut.Should().Be(made);
        made.Should().Be(cut);
        cut.GetHashCode().Should().Be(made.GetHashCode());
        cut.Text.Should().Be("the budget would be balanced by next spring");
        cut.ToString().Should().Be(made.ToString());
        cut.Should().NotBe(new TextExcerpt(Text, new TextSpan(18, 60)), "the span differs");
    }

    [Fact]
    public void Excerpts_with_one_span_but_other_text_differ()
    {
        var span = new TextSpan(4, 12);
        new TextExcerpt(Text, span).Should().NotBe(new TextExcerpt(span, "official"));
    }

    [Fact]
    public void A_copy_with_another_span_keeps_the_text_it_had()
    {
        var cut = new TextExcerpt(Text, new TextSpan(4, 12));

        var moved = cut with { Span = new TextSpan(0, 3) };

        moved.Span.Should().Be(new TextSpan(0, 3));
        moved.Text.Should().Be("minister", "a record copy changes only the member it sets");
        var (span, text) = moved;
        span.Should().Be(new TextSpan(0, 3));
        text.Should().Be("minister");
    }

    [Fact]
    public void The_json_of_an_excerpt_cut_on_first_read_is_that_of_one_made_with_its_text()
    {
        var span = new TextSpan(4, 12);

        Json(new TextExcerpt(Text, span)).Should().Be(Json(new TextExcerpt(span, "minister")))
            .And.Be("{\"start\":4,\"end\":12,\"text\":\"minister\"}");
    }

    private static string Json(TextExcerpt excerpt)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, AttributionJson.WriterOptions))
        {
            AttributionJson.WriteExcerpt(writer, excerpt);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

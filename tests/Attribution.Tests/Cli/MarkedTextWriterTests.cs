using Attribution.Cli.Output;

namespace Attribution.Tests.Cli;

public class MarkedTextWriterTests
{
    private static string Write(string text, params MarkedSpan[] spans)
    {
        using var writer = new StringWriter();
        MarkedTextWriter.Write(writer, text, spans);
        return writer.ToString();
    }

    private static MarkedSpan Span(int start, int end, int layer, string name) =>
        new(start, end, layer, $"<{name}>", $"<{name}+>", $"</{name}>");

    [Fact]
    public void Nested_spans_open_outer_first_and_close_inner_first()
    {
        Write("abcdef", Span(0, 6, 0, "a"), Span(2, 4, 1, "b")).Should().Be("<a>ab<b>cd</b>ef</a>");
    }

    [Fact]
    public void Spans_with_the_same_extent_nest_by_layer()
    {
        Write("abc", Span(0, 3, 2, "inner"), Span(0, 3, 0, "outer")).Should().Be("<outer><inner>abc</inner></outer>");
    }

    [Fact]
    public void A_crossing_span_is_closed_and_reopened_around_the_inner_end()
    {
        Write("abcdef", Span(0, 4, 0, "a"), Span(2, 6, 0, "b")).Should().Be("<a>ab<b>cd</b></a><b+>ef</b>");
    }

    [Fact]
    public void Empty_and_out_of_range_spans_are_skipped_and_text_is_escaped()
    {
        Write("<&>", Span(1, 1, 0, "e"), Span(2, 9, 0, "x"), Span(0, 1, 0, "m")).Should().Be("<m>&lt;</m>&amp;&gt;");
    }
}

using System.Text;

namespace Attribution.Tests.PublicApi;

public sealed class ExtractOverloadTests
{
    private const string Article =
        "The central bank said on Thursday that inflation had eased. “We are not done yet,” Governor Lena Park told lawmakers.";

    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Fact]
    public void A_memory_slice_gives_offsets_into_the_slice_itself()
    {
        const string Header = "FILED 09:14 GMT | ";
        string page = Header + Article + " | END OF WIRE";
        var slice = page.AsMemory(Header.Length, Article.Length);

        var fromSlice = Extractor.Extract(slice, new DateOnly(2024, 5, 2));
        var fromString = Extractor.Extract(Article, new DateOnly(2024, 5, 2));

        fromSlice.Should().Be(fromString, "the slice is read as the document, offset 0 at its first character");
        fromSlice.Text.Should().Be(Article);
        foreach (var statement in fromSlice.Statements)
        {
            slice.Span[statement.Content.Span.Start..statement.Content.Span.End].ToString().Should().Be(statement.Content.Text);
        }
    }

    [Fact]
    public void Memory_over_a_whole_string_is_not_copied_and_char_arrays_work_too()
    {
        var whole = Extractor.Extract(Article.AsMemory());
        var fromArray = Extractor.Extract(new ReadOnlyMemory<char>(Article.ToCharArray()));

        whole.Text.Should().BeSameAs(Article);
        fromArray.Should().Be(whole);
        Extractor.Extract(ReadOnlyMemory<char>.Empty).Statements.Should().BeEmpty();
    }

    [Fact]
    public void A_reader_gives_the_same_result_as_its_text()
    {
        using var reader = new StringReader(Article);

        var result = Extractor.Extract(reader, new DateOnly(2024, 5, 2));

        result.Should().Be(Extractor.Extract(Article, new DateOnly(2024, 5, 2)));
        result.Statements.Should().Contain(s => s.Speaker != null && s.Speaker.Text == "Governor Lena Park");
    }

    [Fact]
    public void A_reader_longer_than_the_limit_is_refused_soon_after_the_limit()
    {
        var small = new AttributionPipelineBuilder().WithOptions(new AttributionOptions { MaxDocumentLength = 10_000 }).Build();
        using var endless = new EndlessReader("The spokesman said nothing. ");

        var act = () => small.Extract(endless);

        act.Should().Throw<ArgumentException>().WithParameterName("reader").WithMessage("*more than 10000 UTF-16 code units*");
        endless.CharactersGiven.Should().BeLessThan(1_000_000, "reading stops at the first chunk past the limit, not at the end of the stream");
    }

    [Fact]
    public void Memory_longer_than_the_limit_is_refused_without_a_copy()
    {
        var small = new AttributionPipelineBuilder().WithOptions(new AttributionOptions { MaxDocumentLength = 20 }).Build();

        var act = () => small.Extract(Article.AsMemory());

        act.Should().Throw<ArgumentException>().WithParameterName("text").WithMessage("*more than the limit of 20*");
    }

    [Fact]
    public void A_cancelled_token_stops_every_overload()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Extractor.Invoking(e => e.Extract(Article, null, cancelled.Token)).Should().Throw<OperationCanceledException>();
        Extractor.Invoking(e => e.Extract(Article.AsMemory(), null, cancelled.Token)).Should().Throw<OperationCanceledException>();
        Extractor.Invoking(e => e.Extract(new StringReader(Article), null, cancelled.Token)).Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Cancelling_while_a_long_stream_is_read_stops_the_reading()
    {
        using var cancellation = new CancellationTokenSource();
        using var endless = new EndlessReader("Officials said the bridge would reopen. ", onRead: cancellation.Cancel);

        var act = () => Extractor.Extract(endless, null, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        endless.Reads.Should().Be(1);
    }

    [Fact]
    public void A_null_reader_is_rejected()
    {
        Extractor.Invoking(e => e.Extract((TextReader)null!)).Should().Throw<ArgumentNullException>().WithParameterName("reader");
    }

    [Fact]
    public void The_extractor_keeps_its_own_copy_of_the_options()
    {
        var options = new AttributionOptions { MaxDocumentLength = 500 };

        var extractor = new AttributionPipelineBuilder().WithOptions(options).Build();

        extractor.Options.Should().Be(options).And.NotBeSameAs(options);
    }

    /// <summary>A stream of text that never ends, counting what it gave.</summary>
    private sealed class EndlessReader(string sentence, Action? onRead = null) : TextReader
    {
        private int _position;

        public long CharactersGiven { get; private set; }

        public int Reads { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            for (int i = 0; i < count; i++)
            {
                buffer[index + i] = sentence[_position];
                _position = (_position + 1) % sentence.Length;
            }

            CharactersGiven += count;
            Reads++;
            onRead?.Invoke();
            return count;
        }
    }
}

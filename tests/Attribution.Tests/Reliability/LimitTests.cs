namespace Attribution.Tests.Reliability;

/// <summary><see cref="AttributionOptions.MaxDocumentLength"/>: a longer document fails clearly and is never truncated.</summary>
public sealed class LimitTests
{
    private static readonly AttributionExtractor Limited =
        new AttributionPipelineBuilder().WithOptions(new AttributionOptions { MaxDocumentLength = 1_000 }).Build();

    [Fact]
    public void A_document_over_the_limit_fails_with_a_clear_argument_exception_from_every_entry_point()
    {
        string text = "\u201CWe will win,\u201D Smith said. " + new string('x', 1_000);

        foreach (var call in new Action[] { () => Limited.Extract(text), () => Limited.Tokenize(text), () => Limited.Segment(text) })
        {
            call.Should().Throw<ArgumentException>()
                .WithParameterName("text")
                .Where(e => e.Message.Contains("1000", StringComparison.Ordinal) && e.Message.Contains(text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
                    "the message names the limit and the document's length");
        }
    }

    [Fact]
    public void A_document_exactly_at_the_limit_is_processed_whole()
    {
        string head = "\u201CWe will win,\u201D Smith said. ";
        string text = head + new string('y', 1_000 - head.Length - 1) + "!";
        text.Length.Should().Be(1_000);

        var tokens = Limited.Tokenize(text);
        var result = OutputInvariants.CheckAllStages(Limited, text);

        tokens[^1].Span.End.Should().Be(text.Length, "nothing is cut off at the limit");
        result.Text.Should().BeSameAs(text);
    }

    [Fact]
    public void A_limit_that_is_not_positive_is_refused_when_the_options_are_given()
    {
        var builder = new AttributionPipelineBuilder();

        builder.Invoking(b => b.WithOptions(new AttributionOptions { MaxDocumentLength = 0 })).Should().Throw<ArgumentOutOfRangeException>();
        builder.Invoking(b => b.WithOptions(new AttributionOptions { MaxDocumentLength = -5 })).Should().Throw<ArgumentOutOfRangeException>();
        AttributionExtractor.CreateDefault().Options.MaxDocumentLength.Should().Be(AttributionOptions.DefaultMaxDocumentLength);
    }
}

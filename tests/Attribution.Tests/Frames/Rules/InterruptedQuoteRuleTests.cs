using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="InterruptedQuoteRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class InterruptedQuoteRuleTests
{
    [Theory]
    [InlineData("\"The bridge is safe,\" the engineer said, \"but the road is not.\"", "\"The bridge is safe,\" the engineer said, \"but the road is not.\"", "the engineer")]
    [InlineData("\"We tried,\" said Ito, \"and we failed.\"", "\"We tried,\" said Ito, \"and we failed.\"", "Ito")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<InterruptedQuoteRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The bridge is safe, the engineer said, \"but the road is not ready.\"")]
    [InlineData("\"We tried.\" Ito said. \"And we failed.\"")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<InterruptedQuoteRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void The_statement_keeps_both_pieces_and_leaves_the_frame_out()
    {
        using var document = Attribution.Pipeline.DocumentAnalyzer.Analyze("\"We tried,\" said Ito, \"and we failed.\"", null);
        var drafts = Attribution.Frames.StatementFinder.Find(document, Attribution.Quotes.QuoteScanner.Scan(document), new([], []), FrameProbe.DefaultRules);
        drafts.Should().ContainSingle();
        drafts[0].Fragments.Should().HaveCount(2);
        drafts[0].Rule.Should().Be(nameof(InterruptedQuoteRule));
    }

    [Fact]
    public void Interrupted_quote_is_one_statement_with_two_fragments()
    {
        var s = Extracted.Single("“This is a sad day,” Mayor Ana Ruiz said, “but the city will rebuild.”");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Fragments.Select(f => f.Text).Should().Equal("“This is a sad day,”", "“but the city will rebuild.”");
        s.Speaker!.Text.Should().Be("Mayor Ana Ruiz");
    }
}

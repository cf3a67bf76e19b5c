using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="InterruptedQuoteRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class InterruptedQuoteRuleTests
{
    [Theory]
    [InlineData("\"The bridge is safe,\" the engineer said, \"but the road is not.\"", "\"The bridge is safe,\"", "\"but the road is not.\"", "the engineer")]
    [InlineData("\"We tried,\" said Ito, \"and we failed.\"", "\"We tried,\"", "\"and we failed.\"", "Ito")]
    [InlineData("“We are proud of these girls,” team coach Farida Amiri told the press, “because they built the robot in six weeks.”", "“We are proud of these girls,”", "“because they built the robot in six weeks.”", "team coach Farida Amiri")]
    [InlineData("\"If the levee breaks,\" a county engineer told state television, \"the water will reach the town by dawn.\"", "\"If the levee breaks,\"", "\"the water will reach the town by dawn.\"", "a county engineer")]
    [InlineData("\"We are still counting,\" the election chief told local radio, \"and we will not be rushed.\"", "\"We are still counting,\"", "\"and we will not be rushed.\"", "the election chief")]
    public void Frames_the_shapes_it_is_for(string text, string first, string second, string speaker)
    {
        var found = FrameProbe.By<InterruptedQuoteRule>(text);
        found.Should().HaveCount(2, FrameProbe.Describe(FrameProbe.Find(text)));
        found.Select(s => s.Content).Should().Equal(first, second);
        found.Should().OnlyContain(s => s.Speaker == speaker);
        found[1].Cue.Should().BeNull();
    }

    [Theory]
    [InlineData("The bridge is safe, the engineer said, \"but the road is not ready.\"")]
    [InlineData("\"We tried.\" Ito said. \"And we failed.\"")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<InterruptedQuoteRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void The_pieces_are_two_statements_of_one_act_and_the_frame_stays_out_of_both()
    {
        using var document = Attribution.Pipeline.DocumentAnalyzer.Analyze("\"We tried,\" said Ito, \"and we failed.\"", null);
        var drafts = Attribution.Frames.StatementFinder.Find(document, Attribution.Quotes.QuoteScanner.Scan(document), new([], []), FrameProbe.DefaultRules);
        drafts.Should().HaveCount(2);
        drafts.Should().OnlyContain(d => d.Fragments == null && d.Rule == nameof(InterruptedQuoteRule));
        drafts[1].CarriedFrom.Should().Be(0);
    }

    [Fact]
    public void Each_piece_is_a_statement_with_the_speaker_and_addressee_of_the_frame()
    {
        var statements = Extracted.Find("“This is a sad day,” Mayor Ana Ruiz told reporters, “but the city will rebuild.”");
        statements.Select(s => s.Content.Text).Should().Equal(["“This is a sad day,”", "“but the city will rebuild.”"], Extracted.Describe(statements));
        statements.Should().OnlyContain(s => s.Kind == StatementKind.Direct && s.Speaker!.Entity!.Name == "Ana Ruiz" && s.Addressee!.Text == "reporters");
        statements[1].Act.Should().Be(statements[0].Act);
    }

    [Fact]
    public void A_scare_quote_before_a_frame_is_not_interrupted_speech()
    {
        // The first quotation is a quoted term inside the reported clause, not a piece of a quote.
        var statements = Extracted.Find("The so-called “rescue plan” will fail, the senator said, “and every taxpayer will pay for it.”");
        statements.Should().NotContain(s => s.Content.Text == "“rescue plan”", Extracted.Describe(statements));
    }
}

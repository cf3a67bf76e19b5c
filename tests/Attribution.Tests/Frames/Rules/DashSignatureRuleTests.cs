using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="DashSignatureRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class DashSignatureRuleTests
{
    [Theory]
    [InlineData("\"We will not back down.\" —Jane Doe, union leader", "\"We will not back down.\"", "Jane Doe")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<DashSignatureRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("\"Minister quits over leak\" — The Daily Courier, May 3, 2021")]
    [InlineData("\"We will not back down.\" — he said later.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<DashSignatureRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Dash_attribution_after_a_quote()
    {
        var s = Extracted.Single("“Every vote counts.” —Jane Doe, mayor");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Cue.Should().BeNull();
        s.Speaker!.Text.Should().Be("Jane Doe");
    }

    [Fact]
    public void A_headline_cited_with_its_outlet_and_date_is_not_a_statement()
    {
        const string text = "Coverage of the leak ran for days.\n\n\"Minister quits over leaked budget papers\" — Harbour City Courier, May 3, 2021\n\n"
            + "\"Leak inquiry widens to second ministry\" — Daily Ledger, May 5, 2021";
        Extracted.Find(text).Should().BeEmpty();
    }

    [Fact]
    public void A_quoted_sentence_signed_with_a_name_and_date_is_still_a_statement()
    {
        var statements = Extracted.Find("\"We shall never surrender our harbours.\" — Premier Alma Reyes, June 4, 1990");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Contain("Alma Reyes");
    }
}

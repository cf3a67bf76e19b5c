using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="QuoteDemandingCueRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class QuoteDemandingCueRuleTests
{
    [Theory]
    [InlineData("The group accused the mayor of \"betraying the city and its people.\"", "the mayor of \"betraying the city and its people.\"", "The group")]
    [InlineData("She called on the council to \"act before winter comes.\"", "the council to \"act before winter comes.\"", "She")]
    [InlineData("Union leaders accused the board of hiding losses from the pension fund.", "the board of hiding losses from the pension fund", "Union leaders")]
    [InlineData("The senator criticized the agency for not acting on the warnings.", "the agency for not acting on the warnings", "The senator")]
    [InlineData("Farmers blamed the ministry for delaying the drought payments.", "the ministry for delaying the drought payments", "Farmers")]
    [InlineData("Several investors questioned whether the buyback could be paid for out of cash.", "whether the buyback could be paid for out of cash", "Several investors")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<QuoteDemandingCueRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The group accused the mayor of fraud.")]
    [InlineData("Parents blamed the school board for the delays.")]
    [InlineData("Police cited the driver for speeding on the bridge.")]
    [InlineData("The club dismissed its coach for breaking the rules.")]
    [InlineData("The panel questioned the chief executive for three hours.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<QuoteDemandingCueRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Theory]
    [InlineData("The union said on Monday that it would not accept \"a cut of any size.\"", 1)]
    [InlineData("The nurses would not accept \"a cut of any size.\"", 0)]
    [InlineData("The airline offered \"a full and unreserved apology\" to the stranded passengers.", 0)]
    public void A_quotation_as_the_object_of_a_that_only_cue_is_no_statement(string text, int expected)
    {
        var found = FrameProbe.Find(text);
        found.Should().HaveCount(expected, FrameProbe.Describe(found));
        found.Should().NotContain(s => s.Cue == "accept" || s.Cue == "offered", FrameProbe.Describe(found));
    }

    [Fact]
    public void A_that_clause_after_a_that_only_cue_is_reported()
    {
        var found = FrameProbe.Find("The minister accepted that mistakes had been made in the rollout.");
        found.Should().ContainSingle(FrameProbe.Describe(found));
        found[0].Content.Should().Be("mistakes had been made in the rollout");
    }

    [Fact]
    public void Mixed_reported_speech_with_a_quoted_fragment()
    {
        var s = Extracted.Single("The minister accused the opposition of “playing games with people’s lives.”");
        s.Kind.Should().Be(StatementKind.Mixed);
        s.Cue!.Lemma.Should().Be("accuse");
        s.Content.Text.Should().Be("the opposition of “playing games with people’s lives.”");
    }

    [Fact]
    public void Called_on_keeps_the_called_party_in_the_content()
    {
        var s = Extracted.Single("On Monday, the council called on the government to release the report, citing public interest.");
        s.Cue!.Text.Should().Be("called on");
        s.Cue.Lemma.Should().Be("call on");
        s.Content.Text.Should().Be("the government to release the report");
    }

    [Fact]
    public void Quote_running_over_paragraphs_is_one_statement_per_frame()
    {
        string text = "Speaking to Reuters, Guterres accused Israel of “very dramatic violations of the law.\n“What is happening in Gaza is unacceptable,” he said.";
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2);
        statements[0].Kind.Should().Be(StatementKind.Mixed);
        statements[0].Content.Text.Should().Be("Israel of “very dramatic violations of the law.");
        statements[1].Content.Text.Should().Be("“What is happening in Gaza is unacceptable,”");
        statements[1].Speaker!.Text.Should().Be("he");
    }

    [Theory]
    [InlineData("The former president has repeatedly called the case a \"witch hunt,\" and his campaign has sought to raise money off the indictment.", "the case a \"witch hunt,\"")]
    [InlineData("The group accused the mayor of \"betraying the city,\" but the council backed him on Tuesday.", "the mayor of \"betraying the city,\"")]
    public void A_clause_with_its_own_subject_after_and_or_but_is_the_narrator_s(string text, string content)
    {
        var statement = Extracted.Find(text).Should().ContainSingle().Subject;
        statement.Content.Text.Should().Be(content);
    }

    [Fact]
    public void Coordinated_quotes_of_one_charge_stay_one_content()
    {
        Extracted.Single("Critics accused the agency of \"dragging its feet\" and \"ignoring the evidence.\"").Content.Text
            .Should().Be("the agency of \"dragging its feet\" and \"ignoring the evidence.\"");
    }
}

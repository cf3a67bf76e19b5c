using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="InfinitiveContentRule"/> is for (commitments and requests with a to-infinitive), and the near misses it must leave alone (news sentences).</summary>
public sealed class InfinitiveContentRuleTests
{
    [Theory]
    [InlineData("The governor vowed to veto the bill.", "The governor", "vowed", "to veto the bill")]
    [InlineData("The airline promised to have every flight restored by Friday.", "The airline", "promised", "to have every flight restored by Friday")]
    [InlineData("The prime minister promised to cut energy bills for every household by next winter.", "The prime minister", "promised", "to cut energy bills for every household by next winter")]
    [InlineData("Both parties pledged to keep the hospital open.", "Both parties", "pledged", "to keep the hospital open")]
    [InlineData("Union leaders threatened on Monday to strike if the talks collapse.", "Union leaders", "threatened", "to strike if the talks collapse")]
    [InlineData("The new chairman swore to root out corruption in the federation.", "The new chairman", "swore", "to root out corruption in the federation")]
    [InlineData("She vowed to “fight this ruling all the way.”", "She", "vowed", "to “fight this ruling all the way.”")]
    [InlineData("The senator vowed to bring the measure back after the recess.", "The senator", "vowed", "to bring the measure back after the recess")]
    [InlineData("The new owner promised to focus on the club's youth academy.", "The new owner", "promised", "to focus on the club's youth academy")]
    public void A_commitment_reports_its_infinitive(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<InfinitiveContentRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
        found[0].Addressee.Should().BeNull();
    }

    [Theory]
    [InlineData("Sen. Maria Lopez urged lawmakers to reject the measure.", "Sen. Maria Lopez", "urged", "lawmakers", "to reject the measure")]
    [InlineData("The mayor asked residents to stay indoors until the smoke clears.", "The mayor", "asked", "residents", "to stay indoors until the smoke clears")]
    [InlineData("The coach urged fans not to be discouraged by the defeat.", "The coach", "urged", "fans", "not to be discouraged by the defeat")]
    [InlineData("The coach told reporters to leave the locker room.", "The coach", "told", "reporters", "to leave the locker room")]
    [InlineData("Police warned drivers on Friday to avoid the coast road.", "Police", "warned", "drivers", "to avoid the coast road")]
    [InlineData("The agency asked the governments of the region not to turn away boats carrying refugees.", "The agency", "asked", "the governments of the region", "not to turn away boats carrying refugees")]
    [InlineData("The sheriff urged anyone with information to call the tip line.", "The sheriff", "urged", "anyone with information", "to call the tip line")]
    [InlineData("Officials asked residents of the valley to boil their water.", "Officials", "asked", "residents of the valley", "to boil their water")]
    public void A_request_reports_its_infinitive_and_whom_it_asks(string text, string speaker, string cue, string addressee, string content)
    {
        var found = FrameProbe.By<InfinitiveContentRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Addressee.Should().Be(addressee);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("The two leaders agreed to meet again next month.")]
    [InlineData("The company wants to expand into Asia next year.")]
    [InlineData("Firefighters tried to reach the village before nightfall.")]
    [InlineData("The board decided to delay the vote until March.")]
    [InlineData("The minister was asked to resign after the report.")]
    [InlineData("The plan to build a new runway was shelved.")]
    [InlineData("The storm threatened to flood the valley overnight.")]
    [InlineData("It promises to be a long night for the count.")]
    [InlineData("The senator promised to voters in Ohio that the plant would stay.")]
    [InlineData("A nurse, who asked not to be named, described the ward as chaotic.")]
    [InlineData("The official declined to be identified.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<InfinitiveContentRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Called_on_keeps_the_party_in_the_content_in_quote_mode_and_makes_it_the_addressee_in_act_mode()
    {
        const string text = "The secretary-general called on Israel to halt the strikes.";
        var quote = AttributionExtractor.CreateDefault().Extract(text).Statements.Should().ContainSingle().Subject;
        quote.Content.Text.Should().Be("Israel to halt the strikes"); // the seed article's convention
        quote.Addressee.Should().BeNull();

        var act = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build().Extract(text).Statements.Should().ContainSingle().Subject;
        act.Content.Text.Should().Be("to halt the strikes");
        act.Addressee!.Text.Should().Be("Israel");
        act.Speaker!.Text.Should().Be("The secretary-general");
        act.IsSpeech.Should().BeTrue();
    }

    [Fact]
    public void Commitments_and_requests_are_speech()
    {
        var statements = AttributionExtractor.CreateDefault().Extract("The governor vowed to veto the bill. Sen. Maria Lopez urged lawmakers to reject the measure.").Statements;
        statements.Should().HaveCount(2);
        statements.Should().OnlyContain(s => s.IsSpeech);
    }

    [Theory]
    [InlineData("Several lawmakers have pressed the central bank to move faster on rate cuts.", "Several lawmakers", "pressed", "the central bank", "to move faster on rate cuts")]
    [InlineData("The coach encouraged his players to speak out about the abuse.", "The coach", "encouraged", "his players", "to speak out about the abuse")]
    [InlineData("Relatives of the miners implored the authorities to keep searching.", "Relatives of the miners", "implored", "the authorities", "to keep searching")]
    [InlineData("The groups issued a statement urging Congress to extend the program.", "a statement", "urging", "Congress", "to extend the program")]
    public void Pressing_encouraging_and_documents_carry_requests(string text, string speaker, string cue, string addressee, string content)
    {
        var statement = Extracted.Single(text);
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Cue!.Text.Should().Be(cue);
        statement.Addressee!.Text.Should().Be(addressee);
        statement.Content.Text.Should().Be(content);
    }

    [Fact]
    public void The_press_is_an_addressee_not_a_cue()
    {
        var statement = Extracted.Single("The minister told the press that the talks had collapsed.");
        statement.Addressee!.Text.Should().Be("the press");
        statement.Content.Text.Should().Be("the talks had collapsed");
    }

    [Fact]
    public void Instruct_takes_its_addressee_and_an_infinitive()
    {
        var statement = Extracted.Single("Judge Ellen Park instructed the jurors to weigh each count on its own.");

        statement.Cue!.Text.Should().Be("instructed");
        statement.Addressee!.Text.Should().Be("the jurors");
        statement.Content.Text.Should().Be("to weigh each count on its own");
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// The shapes <see cref="ObjectContentRule"/> is for (a forecast or estimate whose content is a noun phrase:
/// <c>forecast a 2% rise in unemployment</c>), and the near misses that must stay non-statements.
/// </summary>
public sealed class ObjectContentRuleTests
{
    [Theory]
    [InlineData("The Bank of England forecast a 2% rise in unemployment over the next year.", "The Bank of England", "a 2% rise in unemployment over the next year")]
    [InlineData("The IMF forecast growth of 3.1% for the region, down from 3.4% in April.", "The IMF", "growth of 3.1% for the region, down from 3.4% in April")]
    [InlineData("The trade body forecasts $4 billion in lost exports this year.", "The trade body", "$4 billion in lost exports this year")]
    public void A_noun_phrase_after_a_forecast_cue_is_the_content(string text, string speaker, string content)
    {
        var found = FrameProbe.By<ObjectContentRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Content.Should().Be(content);
        found[0].Kind.Should().Be(StatementKind.Indirect);
    }

    [Theory]
    [InlineData("Economists had forecast it for months.")]
    [InlineData("The storm was forecast to hit the coast on Friday.")]
    [InlineData("The forecast rise in rates worried investors.")]
    [InlineData("The ministry announced the start of the harvest season.")]
    [InlineData("The weather service forecast for the weekend calls for rain.")]
    public void Leaves_pronouns_passives_adjectives_and_other_verbs_alone(string text)
    {
        FrameProbe.By<ObjectContentRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void A_clause_after_the_cue_goes_to_the_clause_rules()
    {
        var found = FrameProbe.Find("The central bank forecast that inflation would peak in the spring.");
        found.Should().ContainSingle(FrameProbe.Describe(found));
        found[0].Complement.Should().NotBe(nameof(ObjectContentRule));
        found[0].Content.Should().Be("inflation would peak in the spring");
    }

    [Theory]
    [InlineData("Analysts surveyed by the newswire had expected earnings of 38 cents a share on revenue of $1.9 billion.", "Analysts surveyed by the newswire", "earnings of 38 cents a share on revenue of $1.9 billion")]
    [InlineData("Most economists expect growth of about 1.5% next year.", "Most economists", "growth of about 1.5% next year")]
    [InlineData("The retailer now expects adjusted earnings of $2.40 to $2.55 a share.", "The retailer", "adjusted earnings of $2.40 to $2.55 a share")]
    public void A_figure_after_a_belief_verb_is_a_forecast_and_not_speech(string text, string actSpeaker, string content)
    {
        var statements = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build().Extract(text).Statements;
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be(actSpeaker);
        statements[0].Content.Text.Should().Be(content);
        statements[0].IsSpeech.Should().BeFalse();
    }

    [Theory]
    [InlineData("Nobody in the building expected the verdict.")]
    [InlineData("Fans expected more from the coach in his second season.")]
    [InlineData("New rules on short-term rentals are expected next month.")]
    [InlineData("Several laws in the state expected next year would tighten the limits.")]
    public void A_belief_verb_s_object_without_a_figure_or_a_time_after_the_cue_is_no_content(string text)
    {
        FrameProbe.By<ObjectContentRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Theory]
    [InlineData("The monthly survey showed a sharp drop in business confidence.", "The monthly survey", "a sharp drop in business confidence")]
    [InlineData("Forecasts from the trade group show growth of 0.8% in truck sales next year.", "Forecasts", "growth of 0.8% in truck sales next year")]
    [InlineData("The budget office projected a deficit of $2 billion for the program.", "The budget office", "a deficit of $2 billion for the program")]
    [InlineData("Most economists expect a rebound in hiring by the spring.", "Most economists", "a rebound in hiring by the spring")]
    public void A_figure_or_a_change_after_an_evidence_or_forecast_verb_is_the_content(string text, string speaker, string content)
    {
        var found = FrameProbe.By<ObjectContentRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().StartWith(speaker);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("The body camera video shows the officer.")]
    [InlineData("The map shows the route of the march.")]
    [InlineData("The footage showed the damaged hull of the ferry.")]
    [InlineData("The company's new projects show promise.")]
    public void An_evidence_verb_whose_object_holds_no_figure_or_change_states_nothing(string text)
    {
        var found = FrameProbe.Find(text);
        found.Should().BeEmpty(FrameProbe.Describe(found));
    }

    [Fact]
    public void A_second_forecast_after_a_comma_and_a_coordinator_ends_the_first_content()
    {
        const string text = "Treasury projections show a deficit of $1.9 trillion this year, and the budget office projected a shortfall of $2 billion for the program.";
        var found = FrameProbe.By<ObjectContentRule>(text);

        found.Select(s => s.Content).Should().BeEquivalentTo(["a deficit of $1.9 trillion this year", "a shortfall of $2 billion for the program"], FrameProbe.Describe(found));
    }
}

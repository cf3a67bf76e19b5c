using Attribution.Frames.Rules;

namespace Attribution.Tests.Pipeline;

/// <summary>What the pipeline builder hands the stages: the caller's verbs and the frame-rule list.</summary>
public sealed class PipelineBuilderTests
{
    [Fact]
    public void Caller_cue_verbs_reach_the_extractor()
    {
        var extractor = new AttributionPipelineBuilder().AddCueVerbs("harrumph").Build();
        var statements = extractor.Extract("“Nonsense,” the colonel harrumphed.").Statements;
        statements.Should().ContainSingle().Which.Cue!.Lemma.Should().Be("harrumph");
    }

    [Fact]
    public void Caller_belief_verbs_frame_a_clause_that_is_not_speech()
    {
        const string text = "Several analysts surmise that the bank will cut rates in June.";
        AttributionExtractor.CreateDefault().Extract(text).Statements.Should().BeEmpty();

        var extractor = new AttributionPipelineBuilder().AddBeliefVerbs("surmise").Build();
        var statement = extractor.Extract(text).Statements.Should().ContainSingle().Subject;
        statement.Cue!.Lemma.Should().Be("surmise");
        statement.IsSpeech.Should().BeFalse();
        statement.Content.Text.Should().Be("the bank will cut rates in June");
    }

    [Fact]
    public void The_frame_rule_list_the_builder_is_given_is_the_one_the_pipeline_runs()
    {
        const string text = "Three people were hurt in the fire, according to the police.";
        var withRule = AttributionExtractor.CreateDefault().Extract(text).Statements;
        withRule.Should().ContainSingle().Which.Cue!.Lemma.Should().Be("according to");

        // Without its own rule the cue falls to the next rule that reads it (a postposed clause frame).
        var extractor = new AttributionPipelineBuilder().WithFrameRules(rules => rules.Without<AccordingToRule>()).Build();
        extractor.Extract(text).Statements.Should().NotEqual(withRule);
    }
}

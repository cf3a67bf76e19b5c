namespace Attribution.Tests.Frames.Rules;

/// <summary>Beliefs, knowledge and perception (believes, fears, expects, learned that, heard that): statements with speech false (issue 18).</summary>
public sealed class BeliefAndKnowledgeSourceTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    private static System.Collections.Immutable.ImmutableArray<Statement> Find(string text) => Extractor.Extract(text).Statements;

    private static string Describe(System.Collections.Immutable.ImmutableArray<Statement> statements) =>
        string.Join(" | ", statements.Select(s => $"{s.Kind} «{s.Content.Text}» by {s.Speaker?.Text} speech {s.IsSpeech}"));

    [Theory]
    [InlineData("Johnson believes the economy will recover by spring.", "Johnson", "the economy will recover by spring")]
    [InlineData("The mayor fears that the storm will flood the old town.", "The mayor", "the storm will flood the old town")]
    [InlineData("Analysts expect the central bank will raise rates again in June.", "Analysts", "the central bank will raise rates again in June")]
    [InlineData("The Courier has learned that the chief of police offered to resign last week.", "The Courier", "the chief of police offered to resign last week")]
    [InlineData("Neighbors heard that the plant would close before Christmas.", "Neighbors", "the plant would close before Christmas")]
    [InlineData("Investigators discovered that the brakes had been tampered with.", "Investigators", "the brakes had been tampered with")]
    [InlineData("Older residents remember that the river last flooded in 1953.", "Older residents", "the river last flooded in 1953")]
    [InlineData("The mayor knows the city cannot pay its debts.", "The mayor", "the city cannot pay its debts")]
    public void A_belief_or_knowledge_verb_with_a_clause_is_a_statement_that_is_not_speech(string text, string speaker, string content)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].IsSpeech.Should().BeFalse();
        statements[0].Speaker!.Text.Should().Be(speaker);
        statements[0].Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Most economists see a rate cut in March.", "a rate cut in March")]
    [InlineData("The monetary fund sees growth of 2.4% in the euro zone next year.", "growth of 2.4% in the euro zone next year")]
    [InlineData("Currency strategists see the dollar weakening through the summer.", "the dollar weakening through the summer")]
    public void See_in_the_present_with_a_forecast_is_a_belief(string text, string content)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].IsSpeech.Should().BeFalse();
        statements[0].Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The province saw a sharp rise in flu cases last winter.")]
    [InlineData("Visitors to the gallery see a model of the old harbour first.")]
    [InlineData("Households could see their energy bills rise by a third.")]
    [InlineData("Younger voters see the old parties for the relics they have become.")]
    public void See_in_the_past_with_a_modal_or_with_no_forecast_states_nothing(string text)
    {
        var statements = Find(text);
        statements.Should().BeEmpty(Describe(statements));
    }

    [Theory]
    [InlineData("Older residents remember the flood of 1953 and the summer after it.")]
    [InlineData("Neighbors heard a loud bang shortly after midnight.")]
    [InlineData("The children learn two languages from the first grade.")]
    [InlineData("Nobody noticed the small boat drifting toward the pier.")]
    [InlineData("He will buy a computer that will remember everything you asked him to remember.")]
    public void The_same_verbs_with_an_object_are_not_statements(string text)
    {
        var statements = Find(text);
        statements.Should().BeEmpty(Describe(statements));
    }

    [Theory]
    [InlineData("The review panel came to the conclusion that the levee had been poorly maintained.", "The review panel", "the levee had been poorly maintained")]
    [InlineData("Crash investigators have reached the conclusion that the pilot was exhausted.", "Crash investigators", "the pilot was exhausted")]
    public void Coming_to_a_conclusion_is_a_belief(string text, string speaker, string content)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].IsSpeech.Should().BeFalse();
        statements[0].Speaker!.Text.Should().Be(speaker);
        statements[0].Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_conclusion_with_no_clause_is_no_statement()
    {
        var statements = Find("The series came to the conclusion of its fourth season on Sunday.");
        statements.Should().BeEmpty(Describe(statements));
    }
}

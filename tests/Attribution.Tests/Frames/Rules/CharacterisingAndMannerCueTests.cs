namespace Attribution.Tests.Frames.Rules;

/// <summary>Characterising cues (called X “…”, described X as “…”, slammed, branded) and manner cues (joked, sniffed that, quipped) (issue 18).</summary>
public sealed class CharacterisingAndMannerCueTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    private static System.Collections.Immutable.ImmutableArray<Statement> Find(string text) => Extractor.Extract(text).Statements;

    private static string Describe(System.Collections.Immutable.ImmutableArray<Statement> statements) =>
        string.Join(" | ", statements.Select(s => $"{s.Kind} «{s.Content.Text}» by {s.Speaker?.Text} cue {s.Cue?.Lemma}"));

    [Theory]
    [InlineData("Sen. Mark Ellis called the plan “a disaster for working families.”", "call", "Sen. Mark Ellis")]
    [InlineData("The judge described him as “reckless and wholly unrepentant.”", "describe", "The judge")]
    [InlineData("Union leaders slammed the offer as “an insult to every nurse.”", "slam", "Union leaders")]
    [InlineData("The opposition branded the budget “a tax raid on pensioners.”", "brand", "The opposition")]
    [InlineData("Mayor Ruth Okafor hailed the deal as “a new chapter for the port.”", "hail", "Mayor Ruth Okafor")]
    public void A_characterising_cue_with_a_quoted_description_is_a_mixed_statement(string text, string lemma, string speaker)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Mixed);
        statements[0].Cue!.Lemma.Should().Be(lemma);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("One rival sniffed that the proposal was “warmed-over nonsense.”", "sniff")]
    [InlineData("The coach confessed that his team had been outplayed for most of the second half.", "confess")]
    [InlineData("Asked about the rain, Ellis quipped that the farmers at least would be pleased.", "quip")]
    [InlineData("The chief executive fumed that regulators had moved the goalposts twice in a year.", "fume")]
    public void A_manner_cue_with_a_that_clause_reports_it(string text, string lemma)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Cue!.Lemma.Should().Be(lemma);
        statements[0].Content.Text.Should().NotStartWith("that");
    }

    [Theory]
    [InlineData("“I may need a bigger boat,” Ellis joked.", "joke")]
    [InlineData("“Not this again,” the senator sniffed.", "sniff")]
    [InlineData("“We were robbed,” the manager fumed after the final whistle.", "fume")]
    [InlineData("“Sack the board!” chanted the fans behind the goal.", "chant")]
    [InlineData("“That is for the voters to decide,” the senator shrugged.", "shrug")]
    [InlineData("“Not bad for a man of 41,” grinned the veteran striker.", "grin")]
    public void A_manner_cue_beside_a_quote_frames_it(string text, string lemma)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Direct);
        statements[0].Cue!.Lemma.Should().Be(lemma);
    }

    [Theory]
    [InlineData("The dog sniffed the air and ran toward the barn.")]
    [InlineData("Supporters chanted outside the stadium for an hour after the defeat.")]
    [InlineData("The mayor shrugged off the criticism and left for the airport.")]
    [InlineData("The blast destroyed three houses on Elm Street.")]
    [InlineData("The company will brand its new phones under a separate name.")]
    [InlineData("Volunteers hail from twelve countries this year.")]
    [InlineData("The museum bought a print called “Cowboys and Indians” in 1998.")]
    public void The_same_words_without_a_reported_content_are_not_statements(string text)
    {
        var statements = Find(text);
        statements.Should().BeEmpty(Describe(statements));
    }
}

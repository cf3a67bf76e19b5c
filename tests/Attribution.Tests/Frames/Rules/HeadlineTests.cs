namespace Attribution.Tests.Frames.Rules;

/// <summary>Headlines and decks in title case: <c>Trump Says He Will Not Concede</c>, <c>Smith: ‘We Will Win’</c> (issue 18).</summary>
public sealed class HeadlineTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    private static System.Collections.Immutable.ImmutableArray<Statement> Find(string text) => Extractor.Extract(text).Statements;

    private static string Describe(System.Collections.Immutable.ImmutableArray<Statement> statements) =>
        string.Join(" | ", statements.Select(s => $"{s.Kind} «{s.Content.Text}» by {s.Speaker?.Text} cue {s.Cue?.Text}"));

    [Fact]
    public void A_title_case_headline_with_a_capitalised_cue_is_a_statement()
    {
        var statements = Find("Governor Says She Will Not Seek Re-Election\n\nGov. Maria Lopez told reporters on Monday that she would step down in January.");
        statements.Should().HaveCount(2, Describe(statements));
        statements[0].Speaker!.Text.Should().Be("Governor");
        statements[0].Cue!.Text.Should().Be("Says");
        statements[0].Content.Text.Should().Be("She Will Not Seek Re-Election");
    }

    [Fact]
    public void A_name_and_colon_before_a_quoted_headline_is_its_speaker()
    {
        var statements = Find("Smith: ‘We Will Win This Seat Back’\n\nThe challenger told supporters on Monday that the race was close.");
        statements.Should().HaveCount(2, Describe(statements));
        statements[0].Speaker!.Text.Should().Be("Smith");
        statements[0].Content.Text.Should().Be("‘We Will Win This Seat Back’");
    }

    [Theory]
    [InlineData("Senate Report on Spy Agency Released\n\nThe committee published its findings on Tuesday.")]
    [InlineData("Police Say Nothing\n\nThe band played its last show on Friday.")]
    [InlineData("The singer Faith Says performed with the choir Mark Post founded in 1990.")]
    public void Capitalised_cue_words_in_names_or_noun_headlines_are_not_cues(string text)
    {
        var statements = Find(text);
        statements.Should().BeEmpty(Describe(statements));
    }

    [Fact]
    public void The_capitalised_cue_of_a_headline_is_no_part_of_the_speaker_s_name()
    {
        var result = Extractor.Extract("Mayor Says City Will Not Raise Taxes\n\nThe mayor told the council on Monday that the budget would balance without new levies.");
        result.Statements.Should().HaveCount(2, Describe(result.Statements));
        result.Statements[0].Speaker!.Text.Should().Be("Mayor");
        result.Entities.Should().NotContain(e => e.Name.Contains("Says", StringComparison.Ordinal));
        result.Statements[1].Speaker!.Entity!.Name.Should().NotContain("Says");
    }
}

using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames;

/// <summary>
/// Where a content ends when another statement follows in the same sentence: a participle cue after a quote
/// whose comma sits inside the quote marks, and an absolute clause with a speaker of its own.
/// </summary>
public sealed class ContentBoundaryTests
{
    [Fact]
    public void A_participle_after_a_quote_ending_in_a_comma_starts_a_new_statement()
    {
        var statements = Extracted.Find("Zandi told CNBC the labor market “is clearly softening,” adding: “You can see it in the hiring numbers.”");

        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("the labor market “is clearly softening,”");
        statements[1].Cue!.Text.Should().Be("adding");
        statements[1].Content.Text.Should().Be("“You can see it in the hiring numbers.”");
        statements[1].Speaker!.Entity!.Name.Should().Be("Zandi");
    }

    [Fact]
    public void An_absolute_clause_with_its_own_speaker_ends_the_content_before_it()
    {
        var statements = Extracted.Find(
            "The senator said the Fed was moving too slowly, with the panel's chairman saying in a letter that families could not wait.");

        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("the Fed was moving too slowly");
        statements[1].Speaker!.Text.Should().Be("the panel's chairman");
        statements[1].Content.Text.Should().Be("families could not wait");
    }

    [Fact]
    public void A_with_phrase_without_a_speaker_stays_in_the_content()
    {
        var statements = Extracted.Find("The mayor said the bridge would reopen in May, with traffic limited to one lane.");

        statements.Should().ContainSingle(Extracted.Describe(statements))
            .Which.Content.Text.Should().Be("the bridge would reopen in May, with traffic limited to one lane");
    }
}

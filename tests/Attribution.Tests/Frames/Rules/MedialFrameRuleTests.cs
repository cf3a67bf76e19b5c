using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="MedialFrameRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class MedialFrameRuleTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Theory]
    [InlineData("The deal, the minister said, would cost $3 billion.", "The deal, the minister said, would cost $3 billion", "the minister")]
    [InlineData("Prices, she added, will rise again next spring.", "Prices, she added, will rise again next spring", "she")]
    [InlineData("Institutional buyers, said Mauer, are required to hold the shares for a decade.", "Institutional buyers, said Mauer, are required to hold the shares for a decade", "Mauer")]
    [InlineData("The best moment of the night, the organisers said, was the final duet.", "The best moment of the night, the organisers said, was the final duet", "the organisers")]
    [InlineData("The company, its chief executive said, plans to open 40 stores in Asia.", "The company, its chief executive said, plans to open 40 stores in Asia", "its chief executive")]
    [InlineData("If the talks fail, the union said, the strike will go on into March.", "If the talks fail, the union said, the strike will go on into March", "the union")]
    [InlineData("This, I believe, saved the company from ruin.", "This, I believe, saved the company from ruin", "I")]
    public void Frames_a_clause_that_goes_on_after_its_frame(string text, string content, string speaker)
    {
        var found = FrameProbe.By<MedialFrameRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
        found[0].Kind.Should().Be(StatementKind.Indirect);
    }

    [Theory]
    [InlineData("It was, he conceded, a costly mistake that the party would pay for in November.", "It was", "a costly mistake that the party would pay for in November", "he")]
    [InlineData("The verdict is, the family's lawyer said, a vindication.", "The verdict is", "a vindication", "the family's lawyer")]
    [InlineData("The airline will, analysts expect, report its first loss since 2020.", "The airline will", "report its first loss since 2020", "analysts")]
    public void Frames_a_verb_group_whose_complement_follows_the_frame(string text, string before, string after, string speaker)
    {
        var statement = Extractor.Extract(text).Statements.Should().ContainSingle().Subject;

        statement.Fragments.Select(f => f.Text).Should().Equal(before, after);
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Kind.Should().Be(StatementKind.Indirect);
    }

    [Fact]
    public void A_verb_group_before_a_frame_that_ends_the_sentence_is_no_medial_content()
    {
        var found = FrameProbe.By<MedialFrameRule>("Nobody knew what the answer was, she said.");
        found.Should().BeEmpty();
    }

    [Fact]
    public void Lists_the_clause_before_and_after_the_frame_as_fragments()
    {
        const string text = "The new bridge, the engineers said, will carry twice the traffic of the old one.";

        var statement = Extractor.Extract(text).Statements.Should().ContainSingle().Subject;

        statement.Fragments.Select(f => f.Text).Should().Equal("The new bridge", "will carry twice the traffic of the old one");
        statement.Speaker!.Text.Should().Be("the engineers");
        statement.Cue!.Text.Should().Be("said");
    }

    [Fact]
    public void A_quoted_predicate_after_the_frame_joins_the_subject_before_it()
    {
        const string text = "The central bank, the senator wrote in a letter on Monday, \"is ignoring working families.\"";

        var statement = Extractor.Extract(text).Statements.Should().ContainSingle().Subject;

        statement.Kind.Should().Be(StatementKind.Mixed);
        statement.Fragments.Select(f => f.Text).Should().Equal("The central bank", "\"is ignoring working families.\"");
        statement.Speaker!.Text.Should().Be("the senator");
    }

    [Fact]
    public void A_clause_before_the_frame_keeps_only_the_quote_after_it()
    {
        const string text = "He was in the end polite, he would say, \"but I will not hire them.\"";

        Extractor.Extract(text).Statements.Should().NotContain(s => s.Content.Text.StartsWith("He was", StringComparison.Ordinal));
    }

    [Fact]
    public void Leaves_a_lone_connective_out_of_the_content()
    {
        const string text = "However, the spokesman said, the plan had already failed.";

        var statement = Extractor.Extract(text).Statements.Should().ContainSingle().Subject;

        statement.Content.Text.Should().Be("the plan had already failed");
        statement.Fragments.Should().BeEmpty();
    }

    [Theory]
    [InlineData("The talks will resume next week, a spokesman said, as officials met in Geneva.")]
    [InlineData("The talks will resume next week, a spokesman said, before the ministers arrive.")]
    [InlineData("“The plan,” he said, “is dead on arrival.”")]
    [InlineData("Turnout was high, the official said, officials in the capital were pleased.")]
    [InlineData("The deal was signed, she said, adding that costs would fall.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<MedialFrameRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void A_parenthetical_inverted_frame_does_not_make_the_opening_phrase_a_speaker()
    {
        var statements = Extracted.Find("Institutional lenders, said Mauer, are required to report their holdings every ten years.");
        statements.Should().NotContain(s => s.Speaker != null && s.Speaker.Text == "Institutional lenders", Extracted.Describe(statements));
    }
}

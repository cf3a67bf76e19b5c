using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>
/// A quantifier with <c>of</c> and the people it picks from (<c>one of them</c>, <c>two of the nurses</c>, <c>some of us</c>)
/// is an unnamed source, before or after the cue; a noun before <c>of</c> (<c>the head of the agency</c>) is an ordinary head.
/// </summary>
public sealed class PartitiveSourceTests
{
    [Theory]
    [InlineData("Three aides described the mood as grim. “Nobody is sleeping,” one of them said.", "one of them")]
    [InlineData("Three aides described the mood as grim. “Nobody is sleeping,” said one of them.", "one of them")]
    [InlineData("“Nobody is sleeping,” two of the nurses said.", "two of the nurses")]
    public void A_partitive_after_a_quotation_is_its_speaker(string text, string speaker)
    {
        var s = Extracted.Find(text).Should().ContainSingle(x => x.Kind == StatementKind.Direct).Subject;
        s.Speaker!.Text.Should().Be(speaker);
        s.Content.Text.Should().Be("“Nobody is sleeping,”");
    }

    [Theory]
    [InlineData("Some of them said the ward had run out of beds.", "Some of them")]
    [InlineData("Most of the residents say the ward had run out of beds.", "Most of the residents")]
    public void A_partitive_before_the_cue_is_the_whole_source(string text, string speaker)
    {
        var s = Extracted.Single(text);
        s.Speaker!.Text.Should().Be(speaker);
        s.Speaker.Kind.Should().Be(MentionKind.Anonymous);
    }

    [Theory]
    [InlineData("Two aides defended the plan. One of them, who spoke on condition of anonymity, said the cap would stay.", "One of them")]
    [InlineData("Some of the residents, who have lived near the plant for decades, say the smell has worsened.", "Some of the residents")]
    public void A_partitive_set_off_by_a_relative_clause_is_still_the_source(string text, string speaker)
    {
        var s = Extracted.Find(text).Should().ContainSingle(x => x.Cue != null && (x.Cue.Text == "said" || x.Cue.Text == "say")).Subject;
        s.Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_name_before_a_partitive_appositive_stays_the_source()
    {
        var s = Extracted.Single("Maria Vance, one of the founders, said the cap would stay.");
        s.Speaker!.Text.Should().StartWith("Maria Vance");
    }

    [Fact]
    public void A_noun_before_of_heads_its_own_phrase()
    {
        var s = Extracted.Single("The head of the agency said the ward had run out of beds.");
        s.Speaker!.Text.Should().Be("The head of the agency");
    }
}

namespace Attribution.Tests.Entities;

/// <summary>
/// Where a speaking <c>he</c> or <c>she</c> may look for its person: a paragraph that opens by naming someone new moves the
/// story to them, past the speaker of the paragraph before; a medial frame's pronoun never stands for the subject of the
/// clause it interrupts.
/// </summary>
public sealed class PronounAntecedentTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Theory]
    [InlineData(
        "The cruise line's chief executive, Jason Liberty, told analysts the pause would cost about $200 million. \"This is the right decision,\" he said.\n\n"
        + "For Kevin Allton, a collector in Ohio, Warhol was a legend. He said he had spent two decades hunting for the prints.",
        "Kevin Allton")]
    [InlineData(
        "\"We will not raise taxes,\" Governor Ruth Cole said on Monday.\n\n"
        + "Across the state line, Mayor Ellen Price of Dover was unconvinced. She said the budget relied on one-off savings.",
        "Ellen Price")]
    public void A_paragraph_opening_with_a_new_person_hands_them_the_pronoun(string text, string name)
    {
        var result = Extractor.Extract(text);

        result.Statements[^1].Speaker!.Entity!.Name.Should().Be(name);
    }

    [Fact]
    public void The_speaker_keeps_the_pronoun_when_the_next_paragraph_names_no_one_new()
    {
        var result = Extractor.Extract(
            "\"This is the right decision,\" Jason Liberty, the chief executive, said.\n\n"
            + "\"Our guests come first,\" he said. \"They always have.\"");

        var liberty = result.Statements[0].Speaker!.Entity!;
        liberty.Name.Should().Be("Jason Liberty");
        result.Statements[1].Speaker!.Entity.Should().Be(liberty);
    }

    [Theory]
    [InlineData(
        "Mrs. Thatcher's biographer, Charles Moore, wrote that she \"never doubted\" the decision. The former prime minister, he argued, saw the war as a test of national will.",
        "Charles Moore")]
    [InlineData(
        "Coach Dan Ortiz praised his captain after the match. Miguel Santos, he said, had played through a broken toe.",
        "Dan Ortiz")]
    public void A_medial_frame_s_pronoun_is_not_the_subject_it_interrupts(string text, string name)
    {
        var result = Extractor.Extract(text);

        var statement = result.Statements.Should().ContainSingle(s => s.Speaker!.Text == "he").Subject;
        statement.Speaker!.Entity!.Name.Should().Be(name);
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>
/// Nouns of belief, expectation and finding with their source (<c>his view that …</c>, <c>the company's expectation that …</c>):
/// PARC 3.0 counts them as attributions, so <see cref="NominalCueRule"/> reads them like nouns of saying and the statement is
/// not speech (nominal-cues.txt, <c>+belief</c>).
/// </summary>
public sealed class NominalBeliefCueTests
{
    [Theory]
    [InlineData("Mr. Kemp reiterated his view that the economy is strong.", "his", "view", "the economy is strong")]
    [InlineData("The company's expectation that sales will rise has lifted its shares.", "The company", "expectation", "sales will rise")]
    [InlineData("The board's conclusion that the chief executive misled it led to his ouster.", "The board", "conclusion", "the chief executive misled it")]
    [InlineData("Their fear that prices will fall kept buyers away from the market.", "Their", "fear", "prices will fall")]
    [InlineData("The Fed signaled its belief that inflation would prove transitory.", "its", "belief", "inflation would prove transitory")]
    [InlineData("The agency's finding that the drug is safe was challenged in court.", "The agency", "finding", "the drug is safe")]
    [InlineData("Traders shrugged off the central bank's forecast that growth would slow to 1%.", "the central bank", "forecast", "growth would slow to 1%")]
    public void A_noun_of_belief_with_its_source_is_a_statement_that_is_not_speech(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<NominalCueRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);

        var statement = Extracted.Find(text).Should().ContainSingle(s => s.Cue != null && s.Cue.Text == cue).Subject;
        statement.IsSpeech.Should().BeFalse("a view or an expectation is a belief, which speech-only users filter out");
    }

    [Fact]
    public void A_subject_noun_of_hope_ends_its_infinitive_before_the_sentence_verb()
    {
        var found = FrameProbe.By<NominalCueRule>("Their hope to win back the seat faded after the recount.");
        found.Should().ContainSingle();
        found[0].Content.Should().Be("to win back the seat");
    }

    [Theory]
    [InlineData("The view from the top floor of the tower is spectacular.")]
    [InlineData("There is growing concern that the recession will deepen.")]
    [InlineData("The hope that the talks will resume is fading.")]
    [InlineData("His concern about the deal is well known.")]
    [InlineData("The company shared its hopes for the coming year.")]
    public void Leaves_a_noun_of_belief_with_no_source_or_no_content_alone(string text)
    {
        FrameProbe.Find(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Theory]
    [InlineData("Investors fear that the merger will collapse.", "Investors")]
    [InlineData("Some analysts estimate that the fire cost $10 million.", "Some analysts")]
    public void The_verb_of_the_same_spelling_is_still_read_as_a_verb(string text, string speaker)
    {
        FrameProbe.By<NominalCueRule>(text).Should().BeEmpty();
        Extracted.Single(text).Speaker!.Text.Should().Be(speaker);
    }
}

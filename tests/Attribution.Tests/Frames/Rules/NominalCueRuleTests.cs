using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="NominalCueRule"/> is for (his claim that …, the ministry's assertion that …), and the near misses it must leave alone (news sentences).</summary>
public sealed class NominalCueRuleTests
{
    [Theory]
    [InlineData("His claim that the vote was rigged angered officials.", "His", "claim", "the vote was rigged")]
    [InlineData("The ministry's assertion that the border was secure was mocked by residents.", "The ministry", "assertion", "the border was secure")]
    [InlineData("Officials rejected the governor's repeated claims that the count had been tampered with.", "the governor", "claims", "the count had been tampered with")]
    [InlineData("Residents ignored the warning from the weather service that the river would crest overnight.", "the weather service", "warning", "the river would crest overnight")]
    [InlineData("Voters remember her promise to cut property taxes.", "her", "promise", "to cut property taxes")]
    [InlineData("The coach dismissed the accusation by two former players that he had bullied them.", "two former players", "accusation", "he had bullied them")]
    [InlineData("Their assurance that the plant would stay open calmed the town.", "Their", "assurance", "the plant would stay open")]
    public void A_noun_of_saying_with_its_source_is_a_statement(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<NominalCueRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
        found[0].Addressee.Should().BeNull();
    }

    [Theory]
    [InlineData("The fact that the vote was close surprised no one.")]
    [InlineData("The idea that prices will fall soon is popular with traders.")]
    [InlineData("The possibility that the dam could fail worried engineers.")]
    [InlineData("The claim that the vote was rigged has been debunked.")]
    [InlineData("A warning that the dam could fail went unheeded.")]
    [InlineData("The claim that he made on Tuesday was false.")]
    [InlineData("His claims were false.")]
    [InlineData("Some analysts claim that the rally will fade.", true)]
    public void Leaves_its_near_misses_alone(string text, bool verbStatement = false)
    {
        FrameProbe.By<NominalCueRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
        FrameProbe.Find(text).Should().HaveCount(verbStatement ? 1 : 0, "a verb of saying is still read by the verb rules");
    }

    [Fact]
    public void The_possessive_pronoun_resolves_to_the_person_named_before()
    {
        var result = AttributionExtractor.CreateDefault().Extract("Senator Tom Reyes said the count was flawed. His claim that the vote was rigged angered officials.");
        var statement = result.Statements.Should().ContainSingle(s => s.Cue!.Lemma == "claim").Subject;
        statement.Speaker!.Text.Should().Be("His");
        statement.Speaker.Entity!.Name.Should().Contain("Reyes");
        statement.IsSpeech.Should().BeTrue();
    }

    [Theory]
    [InlineData("The warning that interest rates would rise again came from the central bank's chief economist.", "the central bank's chief economist",
        "warning", "interest rates would rise again")]
    [InlineData("The announcement that the Dayton plant would close was posted by the union on Friday.", "the union", "announcement",
        "the Dayton plant would close")]
    public void A_subject_noun_of_saying_takes_its_source_from_a_later_from_or_issuing_by_phrase(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<NominalCueRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("The claim that the ballots had been altered was rejected by the state court.")]
    [InlineData("The warning that the levee could fail came too late for the town.")]
    public void A_later_by_phrase_of_another_verb_names_no_source(string text)
    {
        FrameProbe.By<NominalCueRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void A_postposed_frame_after_a_subject_noun_of_saying_reports_the_whole_sentence()
    {
        var statements = Extracted.Find("The Kremlin's insistence that it would not cut output further has angered several producers, diplomats said.");

        var outer = statements.Should().ContainSingle(s => s.Cue != null && s.Cue.Text == "said", Extracted.Describe(statements)).Subject;
        outer.Content.Text.Should().Be("The Kremlin's insistence that it would not cut output further has angered several producers");
        outer.Speaker!.Text.Should().Be("diplomats");
    }
}

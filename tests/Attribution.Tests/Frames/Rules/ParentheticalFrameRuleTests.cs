using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ParentheticalFrameRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ParentheticalFrameRuleTests
{
    [Theory]
    [InlineData("The family has fought the case for six years. “We will appeal the ruling” (said the lawyer for the family).", "“We will appeal the ruling”", "the lawyer for the family")]
    [InlineData("The merger talks collapsed on Friday. “The deal is dead.” (Marcus Lindqvist told reporters in Stockholm.)", "“The deal is dead.”", "Marcus Lindqvist")]
    [InlineData("“Nobody saw this coming,” (the striker said) after the match.", "“Nobody saw this coming,”", "the striker")]
    [InlineData("“Rates will stay where they are for now” (says Priya Natarajan, chief economist at the bank).", "“Rates will stay where they are for now”", "Priya Natarajan")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<ParentheticalFrameRule>(text);
        found.Should().NotBeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Fact]
    public void An_addressee_in_the_brackets_is_kept()
    {
        var found = FrameProbe.By<ParentheticalFrameRule>("“The deal is dead.” (Marcus Lindqvist told reporters in Stockholm.)").Single();
        found.Addressee.Should().Be("reporters");
    }

    [Fact]
    public void A_quote_the_bracketed_frame_interrupts_carries_its_speaker_to_the_second_piece()
    {
        const string text = "“We will appeal this decision,” (the lawyer said) “and we fully expect to win.”";
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("“We will appeal this decision,”");
        statements[1].Content.Text.Should().Be("“and we fully expect to win.”");
        statements[1].Speaker!.Text.Should().Be("the lawyer");
    }

    [Theory]
    [InlineData("The drug (which the maker said was safe) was withdrawn in May.")]
    [InlineData("“Hamlet” (said to be the director’s favourite play) opens at the Globe tonight.")]
    [InlineData("The council (its leader said on Monday) has no money left for the pool.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ParentheticalFrameRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void A_bracketed_frame_end_to_end_is_a_direct_quote_with_its_cue()
    {
        var s = Extracted.Single("“We will appeal the ruling” (said the lawyer for the family).");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Cue!.Lemma.Should().Be("say");
        s.Speaker!.Text.Should().Contain("the lawyer");
    }
}

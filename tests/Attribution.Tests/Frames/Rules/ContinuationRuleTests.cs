using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ContinuationRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ContinuationRuleTests
{
    [Theory]
    [InlineData("\"We will rebuild,\" the mayor said. \"Every house, every school, every road.\"", "\"Every house, every school, every road.\"", "the mayor")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<ContinuationRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("\"We will rebuild,\" the mayor said. Rain fell all night. \"Every house, every school, every road.\"")]
    [InlineData("The mayor said the town would rebuild. It was \"a disaster for everyone\", the report found.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ContinuationRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Second_quote_after_the_frame_sentence_gets_the_same_speaker()
    {
        var statements = Extracted.Find("“We lost everything,” Maria Lopez said. “Now we start again.”");
        statements.Should().HaveCount(2);
        statements[1].Content.Text.Should().Be("“Now we start again.”");
        statements[1].Cue.Should().BeNull();
        statements[1].Speaker!.Span.Should().Be(statements[0].Speaker!.Span);
    }

    [Fact]
    public void Fully_quoted_next_paragraph_continues_the_speaker_until_a_new_frame()
    {
        string text = "“The river rose overnight,” said fire chief Tom Barrett.\n\n“We evacuated two streets before dawn.”\n\nResidents returned on Sunday.\n\n“It was terrifying.”";
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2, "the last quote follows an unattributed sentence and has no speaker to inherit");
        statements[1].Content.Text.Should().Be("“We evacuated two streets before dawn.”");
        statements[1].Speaker!.Text.Should().Be("fire chief Tom Barrett");
    }

    [Fact]
    public void A_quote_after_a_nested_statement_continues_the_outer_speaker()
    {
        const string text = "Professor Lena Hart noted the new figures show rural clinics are closing faster. \"We cannot keep losing doctors at this rate.\"";
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(3, Extracted.Describe(statements));
        statements[^1].Kind.Should().Be(StatementKind.Direct);
        statements[^1].Speaker!.Text.Should().Contain("Lena Hart");
    }

    [Fact]
    public void A_continued_quotation_left_open_at_its_paragraph_end_is_one_statement_over_both_paragraphs()
    {
        const string text = "“The economy is strong,” the president said. “We have created 15 million jobs.\n\n“And we are not done yet.”";
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[1].Content.Text.Should().Be("“We have created 15 million jobs.\n\n“And we are not done yet.”");
        statements[1].Speaker!.Text.Should().Be("the president");
    }

    [Fact]
    public void A_continued_paragraph_with_a_frame_of_its_own_stays_its_own_statement()
    {
        const string text = "“The economy is strong,” the president said. “We have created 15 million jobs.\n\n“And we are not done yet,” she told the crowd.";
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(3, Extracted.Describe(statements));
        statements[1].Content.Text.Should().Be("“We have created 15 million jobs.");
        statements[2].Cue!.Text.Should().Be("told");
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="QuoteBeforeNextFrameRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class QuoteBeforeNextFrameRuleTests
{
    [Theory]
    [InlineData("\"We will win this.\" Coach Dana Whitfield said the squad had trained harder than ever before the final.", "\"We will win this.\"", "Coach Dana Whitfield")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<QuoteBeforeNextFrameRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("\"We will win this.\"\n\nCoach Dana Whitfield said the squad had trained harder than ever before the final.")]
    [InlineData("\"The bridge is safe.\" Engineer Tomas Berg said. Traffic resumed an hour later.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<QuoteBeforeNextFrameRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void The_cue_goes_on_to_frame_its_own_clause()
    {
        var found = FrameProbe.Find("\"We will win this.\" Coach Dana Whitfield said the squad had trained harder than ever before the final.");
        found.Should().HaveCount(2, FrameProbe.Describe(found));
        found[1].Rule.Should().Be(nameof(SubjectFrameRule));
        found[1].Content.Should().Be("the squad had trained harder than ever before the final");
    }

    [Fact]
    public void A_frame_in_the_next_paragraph_does_not_take_the_previous_quote()
    {
        const string text = "For Ruth Okafor, the mayor's aide, the vote was personal. She said, \"This town raised me. I owe it everything.\"\n\n"
            + "Okafor said she had first run for council at nineteen.";
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("\"This town raised me. I owe it everything.\"");
        statements[0].Speaker!.Text.Should().Be("She");
        statements[1].Kind.Should().Be(StatementKind.Indirect);
        statements[1].Content.Text.Should().Be("she had first run for council at nineteen");
        statements[1].Speaker!.Text.Should().Be("Okafor");
    }

    [Fact]
    public void A_quote_before_a_forward_frame_in_the_same_paragraph_goes_to_its_speaker_and_the_clause_is_kept()
    {
        const string text = "\"We will win this.\" Coach Dana Whitfield said the squad had trained harder than ever before the final.";
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("\"We will win this.\"");
        statements[0].Speaker!.Text.Should().Contain("Dana Whitfield");
        statements[1].Kind.Should().Be(StatementKind.Indirect);
        statements[1].Content.Text.Should().StartWith("the squad had trained harder");
    }

    [Fact]
    public void A_framed_quote_is_not_taken_by_the_next_sentence_s_frame()
    {
        const string text = "Kim, who spoke by phone from Boston, said, \"It surprised all of us.\" She explained the team had repeated the experiment twice.";
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Direct);
        statements[0].Content.Text.Should().Be("\"It surprised all of us.\"");
        statements[0].Speaker!.Text.Should().Be("Kim");
        statements[1].Content.Text.Should().Be("the team had repeated the experiment twice");
    }
}

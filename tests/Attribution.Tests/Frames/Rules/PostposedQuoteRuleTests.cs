using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="PostposedQuoteRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class PostposedQuoteRuleTests
{
    [Theory]
    [InlineData("\"We will rebuild every house,\" the mayor said on Friday.", "\"We will rebuild every house,\"", "the mayor")]
    [InlineData("\"It is over for this team,\" said Jane Ito, the team's captain.", "\"It is over for this team,\"", "Jane Ito")]
    [InlineData("The plan is \"dead on arrival,\" he told reporters.", "The plan is \"dead on arrival,\"", "he")]
    [InlineData("\"The bridge is safe.\" Engineer Tomas Berg said. Traffic resumed an hour later.", "\"The bridge is safe.\"", "Engineer Tomas Berg")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<PostposedQuoteRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("\"We will win this.\" Coach Dana Whitfield said the squad had trained harder than ever before the final.")]
    [InlineData("\"The bridge is safe.\"\n\nEngineer Tomas Berg said the cables were new.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<PostposedQuoteRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void A_frame_that_runs_on_matches_at_a_lower_confidence()
    {
        var closed = FrameProbe.By<PostposedQuoteRule>("\"We have won this war,\" said Bolden to the crowd.").Single();
        var runOn = FrameProbe.By<PostposedQuoteRule>("\"We have won this war,\" said Bolden to the crowd before he left the hall.").Single();
        runOn.Content.Should().Be("\"We have won this war,\"");
        runOn.Confidence.Should().BeLessThan(closed.Confidence);
    }

    [Fact]
    public void The_addressee_in_the_frame_is_kept()
    {
        FrameProbe.By<PostposedQuoteRule>("The plan is \"dead on arrival,\" he told reporters.").Single().Addressee.Should().Be("reporters");
    }

    [Theory]
    [InlineData("\"We will not back down,\" said Tom Reyes, a longtime adviser to the governor.")]
    [InlineData("\"The vote is a farce,\" said Ana Ruiz, an aide to the opposition leader, on Sunday.")]
    public void A_phrase_inside_the_speakers_appositive_is_not_the_addressee(string text)
    {
        FrameProbe.By<PostposedQuoteRule>(text).Single().Addressee.Should().BeNull();
    }

    [Fact]
    public void An_addressee_after_an_inverted_speaker_is_kept()
    {
        FrameProbe.By<PostposedQuoteRule>("\"We have won this war,\" said Bolden to the crowd.").Single().Addressee.Should().Be("the crowd");
    }

    [Fact]
    public void Quote_then_inverted_cue_and_speaker_with_appositive()
    {
        var s = Extracted.Single("“We will not raise prices this year,” said Jane Smith, chief executive of Acme.");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Content.Text.Should().Be("“We will not raise prices this year,”");
        s.Cue!.Text.Should().Be("said");
        s.Cue.Lemma.Should().Be("say");
        s.Speaker!.Text.Should().Be("Jane Smith");
        s.Speaker.Kind.Should().Be(MentionKind.Name);
    }

    [Fact]
    public void Quote_then_speaker_cue_addressee_and_time()
    {
        var s = Extracted.Single("“The talks are over,” the minister told reporters on Thursday.");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Content.Text.Should().Be("“The talks are over,”");
        s.Speaker!.Text.Should().Be("the minister");
        s.Speaker.Kind.Should().Be(MentionKind.Nominal);
        s.Cue!.Lemma.Should().Be("tell");
        s.Addressee!.Text.Should().Be("reporters");
    }

    [Fact]
    public void Manner_verb_after_a_quote()
    {
        var s = Extracted.Single("“Not again,” she sighed.");
        s.Cue!.Lemma.Should().Be("sigh");
        s.Speaker!.Text.Should().Be("she");
        s.Speaker.Kind.Should().Be(MentionKind.Pronoun);
    }

    [Fact]
    public void A_name_inside_the_quote_is_never_its_speaker()
    {
        var s = Extracted.Single("“Smith said nothing to us about the plan,” the union leader said.");
        s.Speaker!.Text.Should().Be("the union leader");
    }

    [Fact]
    public void A_split_quote_and_closing_frame_still_pair_up()
    {
        var statements = Extracted.Find("\"The bridge is safe.\" Engineer Tomas Berg said. Traffic resumed an hour later.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("\"The bridge is safe.\"");
        statements[0].Speaker!.Text.Should().Contain("Tomas Berg");
    }

    [Theory]
    [InlineData("“They offered us crumbs,” Okafor, 52, told AFP.", "Okafor", "AFP")]
    [InlineData("“They offered us crumbs,” Sam Okafor, a union veteran, told the BBC on Monday.", "Sam Okafor", "the BBC")]
    [InlineData("“The dam will hold,” the engineer told reporters.", "the engineer", "reporters")]
    public void A_telling_verb_after_its_subject_has_the_subject_as_speaker_and_the_object_as_addressee(string text, string speaker, string addressee)
    {
        var statements = Extracted.Find(text);
        var s = statements.Should().ContainSingle(Extracted.Describe(statements)).Subject;
        s.Kind.Should().Be(StatementKind.Direct);
        s.Content.Text.Should().StartWith("“").And.EndWith(",”", "the frame stays out of the content");
        s.Speaker!.Text.Should().Be(speaker);
        s.Addressee!.Text.Should().Be(addressee);
    }

    [Fact]
    public void An_inverted_question_frame_still_names_the_speaker_after_the_verb()
    {
        var s = Extracted.Single("“Is this really the time to strike?” asked Helen Marsh, who led the talks.");
        s.Speaker!.Text.Should().Be("Helen Marsh");
        s.Content.Text.Should().Be("“Is this really the time to strike?”");
    }

    [Fact]
    public void A_quote_in_doubled_ascii_marks_is_a_direct_quote_and_the_next_one_continues_it()
    {
        var statements = Extracted.Find("``We are not going to sell the unit,'' a company spokesman said. ``It is a core business.''");
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Direct);
        statements[0].Content.Text.Should().Be("``We are not going to sell the unit,''");
        statements[0].Speaker!.Text.Should().Be("a company spokesman");
        statements[1].Speaker!.Text.Should().Be("a company spokesman");
    }

    [Theory]
    [InlineData("“This is the biggest investment in a generation,” Senate Majority Leader Dana Whitford, D-N.Y., said at a news conference.", "Senate Majority Leader Dana Whitford")]
    [InlineData("“It is a wish list, not a plan,” Sen. Paul Granger, R-S.C., said on Tuesday.", "Sen. Paul Granger")]
    [InlineData("“We have the votes in committee,” Rep. Ana Lucero, D-Calif., told reporters.", "Rep. Ana Lucero")]
    public void A_speaker_with_a_party_and_state_label_set_off_by_commas_is_the_name(string text, string speaker)
    {
        var s = Extracted.Single(text);
        s.Kind.Should().Be(StatementKind.Direct);
        s.Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("“The ruling is a win for every voter in the state,” said Dale Imura, the league's lead lawyer, who argued the case.", "Dale Imura")]
    [InlineData("“We expect a decision before the recess,” said Tom Reyes, a longtime adviser to the governor, who has argued for the change since 2019.", "Tom Reyes")]
    [InlineData("“The plant will reopen in the spring,” said the company, which has long maintained the closure was temporary.", "the company")]
    public void A_cue_in_a_relative_clause_after_the_speaker_is_no_second_frame_of_the_quote(string text, string speaker)
    {
        var statements = Extracted.Find(text);
        var quote = statements.Should().ContainSingle(s => s.Kind == StatementKind.Direct, Extracted.Describe(statements)).Subject;
        quote.Content.Text.Should().StartWith("“").And.EndWith(",”");
        quote.Speaker!.Text.Should().Be(speaker);
        statements.Should().NotContain(s => s.Kind == StatementKind.Mixed, "the words before the relative clause are not its content");
    }

    [Theory]
    [InlineData("“I do not buy it for a second,” said state Sen. Phil Roarke, a Republican.", "Phil Roarke")]
    [InlineData("“The numbers do not add up,” state Rep. Ana Cruz said on Tuesday.", "Ana Cruz")]
    [InlineData("“The road will reopen on Friday,” state officials said.", "state officials")]
    [InlineData("“We expect the count to take a week,” said state election officials.", "officials")]
    public void A_cue_word_modifying_a_title_or_role_noun_belongs_to_the_speaker(string text, string speaker)
    {
        var s = Extracted.Single(text);
        s.Kind.Should().Be(StatementKind.Direct);
        s.Cue!.Text.Should().Be("said");
        s.Speaker!.Text.Should().Contain(speaker);
    }

    [Fact]
    public void The_same_word_as_a_verb_is_still_a_cue()
    {
        var s = Extracted.Single("The lease contracts state that the city owns the land under the stadium.");
        s.Cue!.Text.Should().Be("state");
        s.Speaker!.Text.Should().Be("The lease contracts");
    }
}

namespace Attribution.Tests.Frames;

/// <summary>One realistic sentence (or two) per attribution frame, and the traps that must not become statements.</summary>
public sealed class FrameTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    private static System.Collections.Immutable.ImmutableArray<Statement> Find(string text) => Extractor.Extract(text).Statements;

    private static Statement Single(string text)
    {
        var statements = Find(text);
        statements.Should().ContainSingle($"«{text}» holds one statement; found: {string.Join(" | ", statements.Select(s => $"{s.Kind} «{s.Content.Text}»"))}");
        return statements[0];
    }

    [Fact]
    public void Quote_then_inverted_cue_and_speaker_with_appositive()
    {
        var s = Single("“We will not raise prices this year,” said Jane Smith, chief executive of Acme.");
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
        var s = Single("“The talks are over,” the minister told reporters on Thursday.");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Content.Text.Should().Be("“The talks are over,”");
        s.Speaker!.Text.Should().Be("the minister");
        s.Speaker.Kind.Should().Be(MentionKind.Nominal);
        s.Cue!.Lemma.Should().Be("tell");
        s.Addressee!.Text.Should().Be("reporters");
    }

    [Fact]
    public void Speaker_with_appositive_then_colon_and_quote()
    {
        var s = Single("Hugh Hill, a doctor at the city hospital, said: “We have never seen so many cases.”");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Content.Text.Should().Be("“We have never seen so many cases.”");
        s.Speaker!.Text.Should().Be("Hugh Hill");
        s.Content.Text.Should().NotContain("doctor", "the appositive belongs to the frame, not the content");
    }

    [Fact]
    public void Interrupted_quote_is_one_statement_with_two_fragments()
    {
        var s = Single("“This is a sad day,” Mayor Ana Ruiz said, “but the city will rebuild.”");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Fragments.Select(f => f.Text).Should().Equal("“This is a sad day,”", "“but the city will rebuild.”");
        s.Speaker!.Text.Should().Be("Mayor Ana Ruiz");
    }

    [Fact]
    public void Second_quote_after_the_frame_sentence_gets_the_same_speaker()
    {
        var statements = Find("“We lost everything,” Maria Lopez said. “Now we start again.”");
        statements.Should().HaveCount(2);
        statements[1].Content.Text.Should().Be("“Now we start again.”");
        statements[1].Cue.Should().BeNull();
        statements[1].Speaker!.Span.Should().Be(statements[0].Speaker!.Span);
    }

    [Fact]
    public void Fully_quoted_next_paragraph_continues_the_speaker_until_a_new_frame()
    {
        string text = "“The river rose overnight,” said fire chief Tom Barrett.\n\n“We evacuated two streets before dawn.”\n\nResidents returned on Sunday.\n\n“It was terrifying.”";
        var statements = Find(text);
        statements.Should().HaveCount(2, "the last quote follows an unattributed sentence and has no speaker to inherit");
        statements[1].Content.Text.Should().Be("“We evacuated two streets before dawn.”");
        statements[1].Speaker!.Text.Should().Be("fire chief Tom Barrett");
    }

    [Fact]
    public void Adding_that_is_a_new_statement_by_the_same_speaker()
    {
        var statements = Find("The company said profits fell by 8 percent, adding that it would cut 300 jobs.");
        statements.Should().HaveCount(2);
        statements[0].Content.Text.Should().Be("profits fell by 8 percent");
        statements[1].Content.Text.Should().Be("it would cut 300 jobs");
        statements[1].Cue!.Lemma.Should().Be("add");
        statements[1].Speaker!.Span.Should().Be(statements[0].Speaker!.Span);
    }

    [Fact]
    public void Noting_that_takes_the_subject_of_the_main_clause()
    {
        var s = Single("Senator Mark Li defended the bill, noting that it had passed committee with support from both parties.");
        s.Kind.Should().Be(StatementKind.Indirect);
        s.Speaker!.Text.Should().Be("Senator Mark Li");
        s.Cue!.Lemma.Should().Be("note");
        s.Content.Text.Should().Be("it had passed committee with support from both parties");
    }

    [Fact]
    public void Indirect_with_that()
    {
        var s = Single("Police said that the driver had been drinking.");
        s.Kind.Should().Be(StatementKind.Indirect);
        s.Content.Text.Should().Be("the driver had been drinking");
        s.Speaker!.Text.Should().Be("Police");
    }

    [Fact]
    public void Indirect_without_that()
    {
        var s = Single("Researchers say almost half of all primary school children are iodine deficient.");
        s.Content.Text.Should().Be("almost half of all primary school children are iodine deficient");
        s.Speaker!.Text.Should().Be("Researchers");
    }

    [Fact]
    public void Clause_then_speaker_and_cue()
    {
        var s = Single("The bridge will stay closed until March, the transport ministry said.");
        s.Kind.Should().Be(StatementKind.Indirect);
        s.Content.Text.Should().Be("The bridge will stay closed until March");
        s.Speaker!.Text.Should().Be("the transport ministry");
        s.Speaker.Kind.Should().Be(MentionKind.Organization);
    }

    [Fact]
    public void According_to_before_the_clause()
    {
        var s = Single("According to the report, the fire started in the kitchen.");
        s.Cue!.Text.Should().Be("According to");
        s.Cue.Lemma.Should().Be("according to");
        s.Speaker!.Text.Should().Be("the report");
        s.Content.Text.Should().Be("the fire started in the kitchen");
    }

    [Fact]
    public void According_to_after_the_clause()
    {
        var s = Single("Three people were injured in the blast, according to local officials.");
        s.Speaker!.Text.Should().Be("local officials");
        s.Content.Text.Should().Be("Three people were injured in the blast");
    }

    [Fact]
    public void Mixed_reported_speech_with_a_quoted_fragment()
    {
        var s = Single("The minister accused the opposition of “playing games with people’s lives.”");
        s.Kind.Should().Be(StatementKind.Mixed);
        s.Cue!.Lemma.Should().Be("accuse");
        s.Content.Text.Should().Be("the opposition of “playing games with people’s lives.”");
    }

    [Fact]
    public void Speaking_to_gives_the_addressee_of_the_main_clause()
    {
        var s = Single("Speaking to the BBC, Johnson said the deal was dead.");
        s.Speaker!.Text.Should().Be("Johnson");
        s.Addressee!.Text.Should().Be("the BBC");
        s.Content.Text.Should().Be("the deal was dead");
    }

    [Fact]
    public void Slammed_then_tweeting_a_quote()
    {
        var s = Single("Governor Ellen Park slammed the ruling, tweeting, “This is a dark day for our state.”");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Cue!.Lemma.Should().Be("tweet");
        s.Speaker!.Text.Should().Be("Governor Ellen Park");
    }

    [Fact]
    public void Quoted_as_saying()
    {
        var s = Single("The coach was quoted as saying the team had “nothing left to give.”");
        s.Speaker!.Text.Should().Be("The coach");
        s.Cue!.Text.Should().Be("saying");
        s.Kind.Should().Be(StatementKind.Mixed);
    }

    [Fact]
    public void Dash_attribution_after_a_quote()
    {
        var s = Single("“Every vote counts.” —Jane Doe, mayor");
        s.Kind.Should().Be(StatementKind.Direct);
        s.Cue.Should().BeNull();
        s.Speaker!.Text.Should().Be("Jane Doe");
    }

    [Fact]
    public void Name_colon_quote()
    {
        var s = Single("Doe: “We will fight this in court.”");
        s.Speaker!.Text.Should().Be("Doe");
        s.Content.Text.Should().Be("“We will fight this in court.”");
    }

    [Fact]
    public void Manner_verb_after_a_quote()
    {
        var s = Single("“Not again,” she sighed.");
        s.Cue!.Lemma.Should().Be("sigh");
        s.Speaker!.Text.Should().Be("she");
        s.Speaker.Kind.Should().Be(MentionKind.Pronoun);
    }

    [Fact]
    public void Belief_verb_needs_a_clause_and_is_not_speech()
    {
        var s = Single("Analysts believe the central bank will raise rates in June.");
        s.IsSpeech.Should().BeFalse();
        s.Cue!.Lemma.Should().Be("believe");
        Find("Analysts believe in the central bank.").Should().BeEmpty();
    }

    [Fact]
    public void Called_on_keeps_the_called_party_in_the_content()
    {
        var s = Single("On Monday, the council called on the government to release the report, citing public interest.");
        s.Cue!.Text.Should().Be("called on");
        s.Cue.Lemma.Should().Be("call on");
        s.Content.Text.Should().Be("the government to release the report");
    }

    [Fact]
    public void Declined_to_comment_is_not_a_statement()
    {
        Find("A spokesman for the ministry declined to comment.").Should().BeEmpty();
        Find("The company did not respond to a request for comment.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Critics of the so-called “experts” gathered outside.")]
    [InlineData("She starred in the film “Heat” in 1995.")]
    [InlineData("The boxer, who goes by “Shorty”, won again.")]
    public void Scare_quotes_titles_and_nicknames_are_not_statements(string text) => Find(text).Should().BeEmpty();

    [Fact]
    public void A_name_inside_the_quote_is_never_its_speaker()
    {
        var s = Single("“Smith said nothing to us about the plan,” the union leader said.");
        s.Speaker!.Text.Should().Be("the union leader");
    }

    [Fact]
    public void First_person_outside_quotes_is_a_low_confidence_speaker()
    {
        var s = Single("I think the market will recover next year.");
        s.Confidence.Should().BeLessThan(0.6);
        s.IsSpeech.Should().BeFalse();
    }

    [Fact]
    public void Quote_running_over_paragraphs_is_one_statement_per_frame()
    {
        string text = "Speaking to Reuters, Guterres accused Israel of “very dramatic violations of the law.\n“What is happening in Gaza is unacceptable,” he said.";
        var statements = Find(text);
        statements.Should().HaveCount(2);
        statements[0].Kind.Should().Be(StatementKind.Mixed);
        statements[0].Content.Text.Should().Be("Israel of “very dramatic violations of the law.");
        statements[1].Content.Text.Should().Be("“What is happening in Gaza is unacceptable,”");
        statements[1].Speaker!.Text.Should().Be("he");
    }

    [Theory]
    [InlineData("\"\"=")]
    [InlineData("\"Bob.\"\n\n\"What.\"")]
    [InlineData("“")]
    [InlineData("” said he")]
    [InlineData("He said “")]
    [InlineData("“a ‘b “c” d’ e” said f")]
    public void Unbalanced_marks_never_throw_and_spans_stay_valid(string text)
    {
        var statements = Find(text);
        foreach (var s in statements)
        {
            s.Content.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            s.Content.Span.Slice(text).Should().Be(s.Content.Text);
        }
    }
}

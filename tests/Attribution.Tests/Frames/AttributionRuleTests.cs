namespace Attribution.Tests.Frames;

/// <summary>Attribution rules added for accuracy on real news: one realistic case per rule, and its traps.</summary>
public sealed class AttributionRuleTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    private static System.Collections.Immutable.ImmutableArray<Statement> Find(string text) => Extractor.Extract(text).Statements;

    private static string Describe(System.Collections.Immutable.ImmutableArray<Statement> statements) =>
        string.Join(" | ", statements.Select(s => $"{s.Kind} «{s.Content.Text}» by {s.Speaker?.Text}"));

    [Fact]
    public void A_frame_in_the_next_paragraph_does_not_take_the_previous_quote()
    {
        const string text = "For Ruth Okafor, the mayor's aide, the vote was personal. She said, \"This town raised me. I owe it everything.\"\n\n"
            + "Okafor said she had first run for council at nineteen.";
        var statements = Find(text);
        statements.Should().HaveCount(2, Describe(statements));
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
        var statements = Find(text);
        statements.Should().HaveCount(2, Describe(statements));
        statements[0].Content.Text.Should().Be("\"We will win this.\"");
        statements[0].Speaker!.Text.Should().Contain("Dana Whitfield");
        statements[1].Kind.Should().Be(StatementKind.Indirect);
        statements[1].Content.Text.Should().StartWith("the squad had trained harder");
    }

    [Fact]
    public void A_split_quote_and_closing_frame_still_pair_up()
    {
        var statements = Find("\"The bridge is safe.\" Engineer Tomas Berg said. Traffic resumed an hour later.");
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Content.Text.Should().Be("\"The bridge is safe.\"");
        statements[0].Speaker!.Text.Should().Contain("Tomas Berg");
    }

    [Theory]
    [InlineData("The minister said on Monday, the budget will be balanced by next spring.", "the budget will be balanced by next spring", "The minister")]
    [InlineData("As the inspector told the inquiry, the wiring had failed twice before the fire.", "the wiring had failed twice before the fire", "the inspector")]
    [InlineData("Economists estimated by 2030, rising demand would push water prices up by a third.", "rising demand would push water prices up by a third", "Economists")]
    public void A_comma_after_the_frames_adjuncts_opens_the_reported_clause(string text, string content, string speaker)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Indirect);
        statements[0].Content.Text.Should().Be(content);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_relative_clause_after_the_addressee_is_not_the_content()
    {
        var statements = Find("The governor told reporters, who had waited outside for hours, very little.");
        statements.Should().BeEmpty(Describe(statements));
    }

    [Fact]
    public void A_plural_subject_before_a_base_form_cue_is_a_speaker()
    {
        var statements = Find("The latest results show unemployment has fallen for a third straight month.");
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Speaker!.Text.Should().Be("The latest results");
        statements[0].Content.Text.Should().Be("unemployment has fallen for a third straight month");
    }

    [Fact]
    public void A_modifier_before_a_base_form_cue_still_makes_it_a_noun()
    {
        Find("The talk show drew record ratings last night.").Should().BeEmpty();
    }

    [Fact]
    public void According_to_a_source_with_an_appositive_closes_the_clause_before_it()
    {
        var statements = Find("The sculptures were bought by a private trust, according to Maria Lopez, curator of the museum and head of its acquisitions team.");
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Content.Text.Should().Be("The sculptures were bought by a private trust");
        statements[0].Speaker!.Text.Should().Be("Maria Lopez");
        statements[0].Cue!.Lemma.Should().Be("according to");
    }

    [Fact]
    public void According_to_without_a_comma_at_the_end_of_the_sentence()
    {
        var statements = Find("This summer the park expects about two million visitors according to the tourism board.");
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Content.Text.Should().Be("This summer the park expects about two million visitors");
        statements[0].Speaker!.Text.Should().Be("the tourism board");
    }

    [Fact]
    public void According_to_between_commas_reads_forward_when_a_clause_follows()
    {
        var statements = Find("In the northern valleys, according to local officials, most roads remain closed.");
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Content.Text.Should().Be("most roads remain closed");
        statements[0].Speaker!.Text.Should().Be("local officials");
    }

    [Fact]
    public void A_headline_cited_with_its_outlet_and_date_is_not_a_statement()
    {
        const string text = "Coverage of the leak ran for days.\n\n\"Minister quits over leaked budget papers\" — Harbour City Courier, May 3, 2021\n\n"
            + "\"Leak inquiry widens to second ministry\" — Daily Ledger, May 5, 2021";
        Find(text).Should().BeEmpty();
    }

    [Fact]
    public void A_quoted_sentence_signed_with_a_name_and_date_is_still_a_statement()
    {
        var statements = Find("\"We shall never surrender our harbours.\" — Premier Alma Reyes, June 4, 1990");
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Speaker!.Text.Should().Contain("Alma Reyes");
    }

    [Fact]
    public void A_label_before_a_scare_quote_inside_a_headline_is_not_a_speaker()
    {
        Find("Reports: 'simplified' visa process to replace interviews for some applicants").Should().BeEmpty();
        var statements = Find("Okafor: \"We will rebuild every school.\"");
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Speaker!.Text.Should().Be("Okafor");
    }

    [Theory]
    [InlineData("At the ceremony, the agency chief announced the sites that would receive the three retired aircraft.")]
    [InlineData("The gallery owner described a portrait that had hung in the lobby for decades.")]
    [InlineData("The museum's newest acquisition is a lithograph called \"Desert Horses\" from 1979.")]
    [InlineData("Which dishes would you recommend that go well with the new cocktail?")]
    [InlineData("How can you tell whether the votes were counted fairly?")]
    public void Objects_names_and_questions_are_not_statements(string text)
    {
        var statements = Find(text);
        statements.Should().BeEmpty(Describe(statements));
    }

    [Fact]
    public void A_question_keeps_a_reported_statement_with_an_uninverted_subject()
    {
        var statements = Find("Engineers said the bridge was safe, so why did the city close it?");
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Speaker!.Text.Should().Be("Engineers");
    }

    [Fact]
    public void I_mean_in_an_interview_answer_reports_the_speakers_own_claim()
    {
        var statements = Find("Well, I mean the treaty was never designed to cover cyber attacks.");
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Speaker!.Text.Should().Be("I");
        statements[0].Content.Text.Should().Be("the treaty was never designed to cover cyber attacks");
    }

    [Theory]
    [InlineData("The new rule means that most landlords will have to replace their boilers.")]
    [InlineData("Rents rose again in March, meaning that most tenants now pay more than a third of their income.")]
    public void Means_as_inference_is_not_speech(string text)
    {
        var statements = Find(text);
        statements.Should().BeEmpty(Describe(statements));
    }

    [Fact]
    public void Continued_is_a_cue_next_to_a_quote()
    {
        var statements = Find("The shadow minister continued: \"We have a plan to clear the backlog within a year.\"");
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Direct);
        statements[0].Cue!.Lemma.Should().Be("continue");

        var after = Find("\"We are not finished yet,\" she continued.");
        after.Should().ContainSingle(Describe(after));
        after[0].Speaker!.Text.Should().Be("she");
    }

    [Fact]
    public void Continued_without_a_quote_is_not_a_cue()
    {
        var statements = Find("Shelling continued through the night and the water supply failed again.");
        statements.Should().BeEmpty(Describe(statements));
    }

    [Theory]
    [InlineData("Senator Maria Lopez met with dairy farmers in Wisconsin and said the new tariffs would hurt their exports.", "Maria Lopez", "the new tariffs would hurt their exports")]
    [InlineData("The bank cut its forecast on Friday and warned that inflation could stay high until next year.", "The bank", "inflation could stay high until next year")]
    public void A_cue_conjoined_to_an_earlier_verb_phrase_takes_the_clause_subject(string text, string speaker, string content)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Indirect);
        statements[0].Speaker!.Text.Should().Contain(speaker);
        statements[0].Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The driver was stopped at the border and told to turn back.")]
    [InlineData("The protesters marched to the square and shouted slogans.")]
    public void A_passive_or_objectless_conjoined_cue_is_not_a_statement(string text)
    {
        var statements = Find(text);
        statements.Should().BeEmpty(Describe(statements));
    }

    [Theory]
    [InlineData("The auditor, Mark Levin, wrote that the trend was unsustainable.", "The auditor", "the trend was unsustainable")]
    [InlineData("The study, published in Nature on Monday, found that bees exposed to the pesticide foraged less.", "The study", "bees exposed to the pesticide foraged less")]
    [InlineData("The governor's office, which oversees state grants, said it was reviewing the request.", "The governor's office", "it was reviewing the request")]
    public void A_common_noun_subject_before_an_appositive_or_relative_clause_is_the_speaker(string text, string speaker, string content)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Speaker!.Text.Should().Be(speaker);
        statements[0].Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_framed_quote_is_not_taken_by_the_next_sentence_s_frame()
    {
        const string text = "Kim, who spoke by phone from Boston, said, \"It surprised all of us.\" She explained the team had repeated the experiment twice.";
        var statements = Find(text);
        statements.Should().HaveCount(2, Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Direct);
        statements[0].Content.Text.Should().Be("\"It surprised all of us.\"");
        statements[0].Speaker!.Text.Should().Be("Kim");
        statements[1].Content.Text.Should().Be("the team had repeated the experiment twice");
    }

    [Fact]
    public void A_cue_word_after_a_singular_noun_is_a_noun_and_the_participle_frame_keeps_the_quote()
    {
        const string text = "One reader joined the protest, writing in a blog post \"We will not be silenced by anyone.\"";
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Content.Text.Should().Be("\"We will not be silenced by anyone.\"");
        statements[0].Speaker!.Text.Should().Be("One reader");
    }

    [Theory]
    [InlineData("Coach Ray Dunn joined the club in 2004 and announced his retirement last month.")]
    [InlineData("The museum confirmed the loan last week.")]
    public void An_object_followed_by_a_time_phrase_is_not_a_reported_clause(string text)
    {
        var statements = Find(text);
        statements.Should().BeEmpty(Describe(statements));
    }

    [Theory]
    [InlineData("The consumer group TechWatch, has said that most smart doorbells it tested were easy to hack.", "most smart doorbells it tested were easy to hack")]
    [InlineData("The findings of the national water survey published in the Lancet this week, revealed that one in five wells was contaminated.", "one in five wells was contaminated")]
    [InlineData("Dana Ortiz for the Northern Rail Authority, says they are reviewing the timetable before the winter.", "they are reviewing the timetable before the winter")]
    public void A_subject_cut_off_from_its_cue_by_a_stray_comma_is_still_the_speaker(string text, string content)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Indirect);
        statements[0].Content.Text.Should().Be(content);
        statements[0].Speaker.Should().NotBeNull();
    }

    [Fact]
    public void A_parenthetical_inverted_frame_does_not_make_the_opening_phrase_a_speaker()
    {
        var statements = Find("Institutional lenders, said Mauer, are required to report their holdings every ten years.");
        statements.Should().NotContain(s => s.Speaker != null && s.Speaker.Text == "Institutional lenders", Describe(statements));
    }

    [Fact]
    public void A_named_frame_inside_reported_content_is_kept_beside_the_outer_statement()
    {
        const string text = "According to the Valley Chronicle, fire chief Ana Ruiz said the blaze had started in a kitchen on the second floor.";
        var statements = Find(text);
        statements.Should().HaveCount(2, Describe(statements));
        statements[0].Speaker!.Text.Should().Contain("Valley Chronicle");
        statements[0].Content.Text.Should().StartWith("fire chief Ana Ruiz said");
        statements[1].Speaker!.Text.Should().Contain("Ana Ruiz");
        statements[1].Content.Text.Should().Be("the blaze had started in a kitchen on the second floor");
    }

    [Fact]
    public void A_quote_after_a_nested_statement_continues_the_outer_speaker()
    {
        const string text = "Professor Lena Hart noted the new figures show rural clinics are closing faster. \"We cannot keep losing doctors at this rate.\"";
        var statements = Find(text);
        statements.Should().HaveCount(3, Describe(statements));
        statements[^1].Kind.Should().Be(StatementKind.Direct);
        statements[^1].Speaker!.Text.Should().Contain("Lena Hart");
    }

    [Fact]
    public void A_possessive_noun_phrase_inside_reported_content_is_not_a_nested_speaker()
    {
        var statements = Find("He says regulators are ignoring his repeated calls for a ban on the pesticide.");
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Speaker!.Text.Should().Be("He");
    }
    [Theory]
    [InlineData("The health ministry said, in a statement, that three clinics would close by June.", "three clinics would close by June", "The health ministry")]
    [InlineData("The researchers explain, in a new report, that the river has lost half its fish.", "the river has lost half its fish", "The researchers")]
    [InlineData("The mayor said, however, that the tunnel would open on schedule.", "the tunnel would open on schedule", "The mayor")]
    [InlineData("Police added, separately, that two suspects had been released.", "two suspects had been released", "Police")]
    public void An_adjunct_set_off_by_commas_between_the_cue_and_that_keeps_the_reported_clause(string text, string content, string speaker)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Indirect);
        statements[0].Content.Text.Should().Be(content);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_comma_adjunct_after_a_non_speech_verb_does_not_make_a_statement()
    {
        var statements = Find("The council built, in a single summer, the bridge that crosses the river.");
        statements.Should().BeEmpty(Describe(statements));
    }
    [Theory]
    [InlineData("The senator said that was the worst budget she had seen in years.", "that was the worst budget she had seen in years")]
    [InlineData("Officials warned that could delay the launch by several months.", "that could delay the launch by several months")]
    [InlineData("The senator said that the budget was the worst she had seen in years.", "the budget was the worst she had seen in years")]
    public void A_that_before_an_auxiliary_is_the_subject_of_the_reported_clause(string text, string content)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Content.Text.Should().Be(content);
    }
    [Theory]
    [InlineData("The video drew thousands of replies, with one user writing \"This is the best thing I have seen all year.\"", "one user")]
    [InlineData("The column angered fans, with one commenter saying \"Nobody asked for this change.\"", "one commenter")]
    [InlineData("Readers were divided, with one reader writing \"The paper has lost its way.\"", "one reader")]
    public void Online_posters_and_readers_speak_in_a_with_phrase(string text, string speaker)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Direct);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }
    [Theory]
    [InlineData("The lawyer stated Moreno left the company in March after a dispute over pay.", "Moreno left the company in March after a dispute over pay", "The lawyer")]
    [InlineData("Police confirmed Okafor went to the station voluntarily on Sunday.", "Okafor went to the station voluntarily on Sunday", "Police")]
    public void A_name_before_an_irregular_past_opens_a_bare_reported_clause(string text, string content, string speaker)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Content.Text.Should().Be(content);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_name_without_a_verb_after_a_cue_is_not_a_reported_clause()
    {
        var statements = Find("The mayor announced Main Street closures for the whole weekend.");
        statements.Should().BeEmpty(Describe(statements));
    }
}

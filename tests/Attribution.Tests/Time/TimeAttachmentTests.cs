using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Time;

public class TimeAttachmentTests
{
    private static readonly DateOnly Published = new(2024, 9, 27);

    [Fact]
    public void A_time_after_the_addressee_in_the_frame_attaches_without_its_preposition()
    {
        var scenario = new StatementScenario("“I have no reason not to speak with him,” Guterres told Reuters in an interview published on Thursday.", Published);
        scenario.Add("“I have no reason not to speak with him,”", speaker: "Guterres", cue: "told", addressee: "Reuters");
        scenario.ResolveEntities();
        scenario.TimeText(0).Should().Be("Thursday");
        scenario.TimeValue(0).Should().Be("2024-09-26");
    }

    [Theory]
    [InlineData("On Aug. 29, Guterres called on Israel to cease its operations.", "Israel to cease its operations", "called on", "Aug. 29", "2024-08-29")]
    [InlineData("In March, the minister said the plan had failed.", "the plan had failed", "said", "March", "2024-03")]
    [InlineData("The mayor said at a press conference on Tuesday that the plan had failed.", "the plan had failed", "said", "Tuesday", "2024-09-24")]
    [InlineData("The mayor said yesterday that the plan had failed.", "the plan had failed", "said", "yesterday", "2024-09-26")]
    [InlineData("Earlier this month, the mayor said the plan had failed.", "the plan had failed", "said", "Earlier this month", "2024-09")]
    [InlineData("The mayor said in January 2023 that the plan had failed.", "the plan had failed", "said", "January 2023", "2023-01")]
    [InlineData("The mayor said on Sept. 5, 2024, that the plan had failed.", "the plan had failed", "said", "Sept. 5, 2024", "2024-09-05")]
    [InlineData("Last week the mayor said the plan had failed.", "the plan had failed", "said", "Last week", "2024-W38")]
    public void Time_phrases_of_the_frame_attach_to_the_statement(string text, string content, string cue, string time, string value)
    {
        var scenario = new StatementScenario(text, Published);
        scenario.Add(content, cue: cue, kind: StatementKind.Indirect);
        scenario.ResolveEntities();
        scenario.TimeText(0).Should().Be(time);
        scenario.TimeValue(0).Should().Be(value);
    }

    [Fact]
    public void A_date_inside_the_content_or_naming_an_event_is_not_the_time_of_saying()
    {
        var scenario = new StatementScenario(
            "Guterres said that he has not spoken to Netanyahu since the Oct. 7 massacre. Critics said the U.N. has shown no empathy for the victims of Hamas’s Oct. 7 assault.",
            Published);
        scenario.Add("he has not spoken to Netanyahu since the Oct. 7 massacre", speaker: "Guterres", cue: "said", kind: StatementKind.Indirect);
        scenario.Add("the U.N. has shown no empathy for the victims of Hamas’s Oct. 7 assault", speaker: "Critics", cue: "said", kind: StatementKind.Indirect);
        scenario.ResolveEntities();
        scenario.Drafts[0].Time.Should().BeNull();
        scenario.Drafts[1].Time.Should().BeNull();
    }

    [Fact]
    public void Since_and_until_phrases_in_the_frame_are_not_the_time_of_saying()
    {
        var scenario = new StatementScenario("The secretary-general, who has been in office since January, said the talks would go on.", Published);
        scenario.Add("the talks would go on", speaker: "The secretary-general", cue: "said", kind: StatementKind.Indirect);
        scenario.ResolveEntities();
        scenario.Drafts[0].Time.Should().BeNull();
    }

    [Fact]
    public void A_time_inside_the_quote_is_not_the_time_of_saying()
    {
        var scenario = new StatementScenario("“On Monday we will vote,” Smith said.", Published);
        scenario.Add("“On Monday we will vote,”", speaker: "Smith", cue: "said");
        scenario.ResolveEntities();
        scenario.Drafts[0].Time.Should().BeNull();
    }

    [Fact]
    public void The_phrase_nearest_the_cue_wins_over_one_in_a_relative_clause()
    {
        var scenario = new StatementScenario(
            "Guterres made the same complaint in January to Al Jazeera, the Qatar-based news outlet whose journalists had their press cards revoked by Israel on Thursday for incitement.",
            Published);
        scenario.Add("the same complaint", speaker: "Guterres", cue: "made", addressee: "Al Jazeera", kind: StatementKind.Indirect);
        scenario.ResolveEntities();
        scenario.TimeText(0).Should().Be("January");
        scenario.TimeValue(0).Should().Be("2024-01");
    }

    [Fact]
    public void A_frame_without_time_carries_the_time_of_the_sentence_before_about_the_same_speaker()
    {
        var scenario = new StatementScenario(
            "Guterres made the same complaint in January to Al Jazeera.\nGuterres told the broadcaster that he has “asked to speak to Prime Minister Netanyahu.”",
            Published);
        scenario.Add("he has “asked to speak to Prime Minister Netanyahu.”", speaker: "Guterres", cue: "told", addressee: "the broadcaster", kind: StatementKind.Mixed);
        scenario.ResolveEntities();
        scenario.TimeText(0).Should().Be("January");
    }

    [Fact]
    public void A_frame_without_time_does_not_carry_a_time_from_a_sentence_about_someone_else()
    {
        var scenario = new StatementScenario(
            "Parliament voted on the budget in January.\nGuterres told the broadcaster that the vote was a mistake.",
            Published);
        scenario.Add("the vote was a mistake", speaker: "Guterres", cue: "told", addressee: "the broadcaster", kind: StatementKind.Indirect);
        scenario.ResolveEntities();
        scenario.Drafts[0].Time.Should().BeNull();
    }

    [Fact]
    public void A_bare_continuation_quote_takes_no_time_but_an_adding_clause_shares_its_sentence()
    {
        var scenario = new StatementScenario(
            "On Oct. 24, Guterres told the U.N. Security Council, “It is important to recognize the attacks did not happen in a vacuum,” adding that “the people have been subjected to occupation.”\n“We must act,” he said. “Now.”",
            Published);
        scenario.Add("“It is important to recognize the attacks did not happen in a vacuum,”", speaker: "Guterres", cue: "told", addressee: "the U.N. Security Council");
        scenario.Add("“the people have been subjected to occupation.”", cue: "adding", carriedFrom: 0, kind: StatementKind.Mixed);
        scenario.Add("“We must act,”", speaker: "he", cue: "said");
        scenario.Add("“Now.”", carriedFrom: 2);
        scenario.ResolveEntities();
        scenario.TimeValue(0).Should().Be("2023-10-24");
        scenario.TimeValue(1).Should().Be("2023-10-24");
        scenario.Drafts[3].Time.Should().BeNull();
    }

    [Fact]
    public void A_time_span_chosen_by_the_frame_stage_loses_its_preposition()
    {
        var scenario = new StatementScenario("Smith said on Thursday that the plan had failed.", Published);
        var draft = scenario.Add("the plan had failed", speaker: "Smith", cue: "said", kind: StatementKind.Indirect);
        draft.Time = scenario.Find("on Thursday");
        scenario.ResolveEntities();
        scenario.TimeText(0).Should().Be("Thursday");
    }

    [Fact]
    public void May_the_modal_and_a_name_are_not_months()
    {
        var scenario = new StatementScenario("Theresa May said the vote may come in May.", Published);
        scenario.Add("the vote may come in May", speaker: "Theresa May", cue: "said", kind: StatementKind.Indirect);
        scenario.ResolveEntities();
        scenario.Drafts[0].Time.Should().BeNull();
    }

    [Theory]
    [InlineData("Critics called the plan “a disaster” on Tuesday.", "the plan “a disaster”", "Tuesday", "2024-09-24")]
    [InlineData("The senator said the bill was “dead on arrival” last week.", "the bill was “dead on arrival”", "last week", "2024-W38")]
    public void A_time_after_the_last_quotation_of_a_mixed_content_is_the_time_of_saying(string text, string content, string time, string value)
    {
        var statement = AttributionExtractor.CreateDefault().Extract(text, Published).Statements.Should().ContainSingle().Subject;

        statement.Content.Text.Should().Be(content);
        statement.Time!.Text.Should().Be(time);
        statement.Time.Value.Should().Be(value);
    }

    [Fact]
    public void A_time_at_the_end_of_an_unquoted_reported_clause_stays_in_the_content()
    {
        var statement = AttributionExtractor.CreateDefault().Extract("The mayor said the bridge would reopen on Tuesday.", Published).Statements.Should().ContainSingle().Subject;

        statement.Content.Text.Should().Be("the bridge would reopen on Tuesday");
        statement.Time.Should().BeNull();
    }

    [Fact]
    public void A_pronoun_inside_a_sentence_that_names_its_speaker_takes_no_time_from_the_paragraph_before()
    {
        var result = AttributionExtractor.CreateDefault().Extract(
            "Most economists see output growing 2 percent in 2025.\n\nPowell, 71, insisted the labor market remains strong, though he conceded that hiring has slowed.",
            Published);
        var conceded = result.Statements.Should().ContainSingle(s => s.Cue != null && s.Cue.Text == "conceded").Subject;
        conceded.Time.Should().BeNull();
    }

    [Fact]
    public void A_time_in_a_relative_clause_dates_that_clause_and_not_the_main_statement()
    {
        var statements = Extracted.Find("Corvane Motors, which said on Monday that orders had bottomed out, expects revenue to fall about 4% this year.");

        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements.Single(s => s.Cue!.Text == "said").Time!.Text.Should().Be("Monday");
        statements.Single(s => s.Cue!.Text == "expects").Time.Should().BeNull();
    }

    [Fact]
    public void A_time_in_a_relative_clause_that_frames_nothing_stays_the_time_of_the_main_frame()
    {
        var statement = Extracted.Single("The mayor, who spoke to reporters on Tuesday, said the bridge would reopen.");

        statement.Time!.Text.Should().Be("Tuesday");
    }

    [Theory]
    [InlineData("Dana Whitlock, who was appointed on Monday, said the agency would review every contract.")]
    [InlineData("The airline, which was founded in 1998, said it would add ten routes next spring.")]
    public void A_time_in_a_passive_relative_clause_dates_that_event_and_not_the_statement(string text)
    {
        var statement = Extracted.Single(text);

        statement.Time.Should().BeNull();
    }
}

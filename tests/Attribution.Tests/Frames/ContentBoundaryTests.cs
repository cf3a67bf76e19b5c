using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames;

/// <summary>
/// Where a content ends when another statement follows in the same sentence: a participle cue after a quote
/// whose comma sits inside the quote marks, and an absolute clause with a speaker of its own.
/// </summary>
public sealed class ContentBoundaryTests
{
    [Fact]
    public void A_participle_after_a_quote_ending_in_a_comma_starts_a_new_statement()
    {
        var statements = Extracted.Find("Zandi told CNBC the labor market “is clearly softening,” adding: “You can see it in the hiring numbers.”");

        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("the labor market “is clearly softening,”");
        statements[1].Cue!.Text.Should().Be("adding");
        statements[1].Content.Text.Should().Be("“You can see it in the hiring numbers.”");
        statements[1].Speaker!.Entity!.Name.Should().Be("Zandi");
    }

    [Fact]
    public void An_absolute_clause_with_its_own_speaker_ends_the_content_before_it()
    {
        var statements = Extracted.Find(
            "The senator said the Fed was moving too slowly, with the panel's chairman saying in a letter that families could not wait.");

        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("the Fed was moving too slowly");
        statements[1].Speaker!.Text.Should().Be("the panel's chairman");
        statements[1].Content.Text.Should().Be("families could not wait");
    }

    [Theory]
    [InlineData("The data suggest hiring is slowing, said Maria Okafor, chief economist at Lakeshore Bank.", "The data", "suggest", "Maria Okafor")]
    [InlineData("Early polls show the race tightening sharply, says the campaign's pollster.", "Early polls", "show", "the campaign's pollster")]
    public void An_inverted_frame_after_an_embedded_cue_ends_that_cue_s_content(string text, string innerSource, string innerCue, string speaker)
    {
        var statements = Extracted.Find(text);

        statements.Should().Contain(s => s.Speaker != null && s.Speaker.Text == speaker, Extracted.Describe(statements));
        var inner = statements.Should().ContainSingle(s => s.Cue != null && s.Cue.Text == innerCue, Extracted.Describe(statements)).Subject;
        inner.Speaker!.Text.Should().Be(innerSource);
        inner.Content.Text.Should().NotContain(speaker);
    }

    [Fact]
    public void A_repeated_cue_with_its_own_that_clause_ends_the_first_content()
    {
        var statements = Extracted.Find("Residents who met the mayor know that she is sincere, know that she listens, and trust her.");

        statements.Should().NotBeEmpty();
        statements[0].Speaker!.Text.Should().Be("Residents");
        statements[0].Content.Text.Should().Be("she is sincere");
    }

    [Fact]
    public void A_with_phrase_without_a_speaker_stays_in_the_content()
    {
        var statements = Extracted.Find("The mayor said the bridge would reopen in May, with traffic limited to one lane.");

        statements.Should().ContainSingle(Extracted.Describe(statements))
            .Which.Content.Text.Should().Be("the bridge would reopen in May, with traffic limited to one lane");
    }

    [Theory]
    [InlineData("Harbor Savings said its quarterly profit fell 31%, and it warned that the next quarter would also be weak.",
        "its quarterly profit fell 31%", "it", "the next quarter would also be weak")]
    [InlineData("The governor said the dam was safe, but engineers told lawmakers that cracks had widened.",
        "the dam was safe", "engineers", "cracks had widened")]
    [InlineData("The league said ticket sales rose and its owners believe attendance will keep climbing.",
        "ticket sales rose", "its owners", "attendance will keep climbing")]
    public void A_coordinated_clause_with_its_own_speaker_and_cue_is_a_second_statement(string text, string first, string speaker, string second)
    {
        var found = FrameProbe.Find(text);

        found.Select(s => s.Content).Should().Equal([first, second], FrameProbe.Describe(found));
        found[1].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The bank said profits rose and analysts know it.", "profits rose and analysts know it")]
    [InlineData("The union said its members voted to reject the offer, and that a strike could begin on Monday.",
        "its members voted to reject the offer, and that a strike could begin on Monday")]
    [InlineData("Officials said the fire spread quickly and crews were told to pull back.", "the fire spread quickly and crews were told to pull back")]
    public void A_coordinated_clause_without_a_frame_of_its_own_stays_in_the_content(string text, string content)
    {
        var found = FrameProbe.Find(text);

        found.Should().ContainSingle(FrameProbe.Describe(found)).Which.Content.Should().Be(content);
    }

    [Theory]
    [InlineData("Police said the driver, you know, had fled across the state line.", "the driver, you know, had fled across the state line")]
    [InlineData("The coach said the team, I mean, had given everything.", "the team, I mean, had given everything")]
    public void A_filler_set_off_by_commas_does_not_end_the_content(string text, string content)
    {
        var found = FrameProbe.Find(text);

        found.Should().ContainSingle(FrameProbe.Describe(found)).Which.Content.Should().Be(content);
    }

    [Theory]
    [InlineData("Ms. Ferreira, who said the audit was flawed, resigned from the board on Monday.", "the audit was flawed")]
    [InlineData("The senator, who has long argued that the tax is unfair, voted against the bill.", "the tax is unfair")]
    [InlineData("Ms. Ferreira, who said last month that the audit was flawed, now leads the review panel.", "the audit was flawed")]
    public void A_frame_in_a_relative_clause_ends_before_the_main_clause_resumes(string text, string content)
    {
        var found = FrameProbe.Find(text);

        found.Should().ContainSingle(FrameProbe.Describe(found)).Which.Content.Should().Be(content);
    }

    [Theory]
    [InlineData("The inspector who said the wiring was unsafe retired in the spring.", "the wiring was unsafe")]
    [InlineData("Parents who fear the school will close have started a petition.", "the school will close")]
    [InlineData("The trader who predicted the slump would deepen is now buying shares.", "the slump would deepen")]
    public void A_frame_in_a_restrictive_relative_clause_ends_where_the_main_predicate_resumes(string text, string content)
    {
        var statements = Extracted.Find(text);

        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The attorney who argued the appeal told the judges the verdict was unsound.", "told", "the verdict was unsound", "The attorney")]
    [InlineData("The strategist who forecast the downturn said bond yields would fall again.", "said", "bond yields would fall again", "The strategist")]
    public void A_cue_in_a_restrictive_relative_clause_before_the_main_cue_reports_nothing(string text, string cue, string content, string speaker)
    {
        var statements = Extracted.Find(text);

        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Cue!.Text.Should().Be(cue);
        statements[0].Content.Text.Should().Be(content);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_cue_in_a_restrictive_relative_clause_after_the_object_keeps_its_whole_content()
    {
        var statements = Extracted.Find("Police questioned a neighbour who said the car had been parked there for a week.");

        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Content.Text.Should().Be("the car had been parked there for a week");
    }

    [Fact]
    public void A_main_cue_after_an_adverb_past_a_relative_clause_frames_its_own_statement()
    {
        const string text = "Senator Ruth Ogden, who said on Monday that the talks had stalled, now thinks a brief shutdown cannot be avoided.";
        var found = FrameProbe.Find(text);

        found.Select(s => s.Content).Should().BeEquivalentTo(["the talks had stalled", "a brief shutdown cannot be avoided"], FrameProbe.Describe(found));
    }

    [Fact]
    public void A_relative_clause_inside_the_content_keeps_the_predicate_after_it()
    {
        const string text = "The agency said the mill, which employs 300 people, plans to close in June.";

        FrameProbe.Find(text).Should().ContainSingle().Which.Content.Should().Be("the mill, which employs 300 people, plans to close in June");
    }

    [Theory]
    [InlineData("Powell insisted the labor market remains “strong,” though he conceded that job growth has slowed.", "the labor market remains “strong,”", "job growth has slowed")]
    [InlineData("The minister said the talks were “constructive,” while her deputy warned that a deal was weeks away.", "the talks were “constructive,”", "a deal was weeks away")]
    public void A_clause_with_its_own_frame_after_a_quote_ending_in_a_comma_ends_the_content(string text, string first, string second)
    {
        var statements = Extracted.Find(text);

        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be(first);
        statements[1].Content.Text.Should().Be(second);
    }

    [Theory]
    [InlineData("The sheriff said only three people were hurt in the crash.", "only three people were hurt in the crash")]
    [InlineData("The central bank said further cuts would depend on the data.", "further cuts would depend on the data")]
    [InlineData("The minister said even small businesses would pay the new levy.", "even small businesses would pay the new levy")]
    [InlineData("The sheriff said again the plan was flawed.", "the plan was flawed")]
    [InlineData("The spokesman said only that the talks would continue.", "the talks would continue")]
    public void A_focusing_adverb_before_the_subject_belongs_to_the_content(string text, string content)
    {
        Extracted.Single(text).Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The state auditor said the agency would run out of money by March, and she declined to say whether layoffs were planned.",
        "the agency would run out of money by March")]
    [InlineData("Ortega said the mine would stay shut through the winter, but the company would not comment on its insurance claim.",
        "the mine would stay shut through the winter")]
    [InlineData("Prosecutors said the two men had fled to Spain, and their lawyer refused to say where they were staying.",
        "the two men had fled to Spain")]
    public void A_coordinated_clause_whose_subject_declines_to_speak_ends_the_content(string text, string content)
    {
        var statements = Extracted.Find(text);

        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Content.Text.Should().Be(content);
        Extracted.Result(text).Declines.Should().ContainSingle();
    }

    [Theory]
    [InlineData("County health officials said on Monday that measles cases had doubled, and they urged parents to check their children's records.",
        "measles cases had doubled", "they", "to check their children's records")]
    [InlineData("The harbour master said the channel would reopen on Friday, and he told the ship owners that pilots would be on duty.",
        "the channel would reopen on Friday", "he", "pilots would be on duty")]
    [InlineData("The senator said the vote would be close, and she vowed to keep lobbying her colleagues.",
        "the vote would be close", "she", "to keep lobbying her colleagues")]
    public void A_coordinated_request_or_told_clause_is_a_second_statement(string text, string first, string speaker, string second)
    {
        var found = FrameProbe.Find(text);

        found.Select(s => s.Content).Should().Equal([first, second], FrameProbe.Describe(found));
        found[1].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Early polls show the race tightening: the two candidates are tied at 46 percent in the latest survey.", "the race tightening")]
    [InlineData("The port authority said traffic was slowing: volumes at the main terminal fell 6 percent in October.", "traffic was slowing")]
    public void A_clause_after_a_colon_ends_the_content(string text, string content)
    {
        var statements = Extracted.Find(text);

        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The finance minister said the budget had a single aim: to halve the deficit by 2028.",
        "the budget had a single aim: to halve the deficit by 2028")]
    [InlineData("Officials said the plan had three parts: higher fuel taxes, lower subsidies and new borrowing.",
        "the plan had three parts: higher fuel taxes, lower subsidies and new borrowing")]
    public void A_phrase_or_list_after_a_colon_stays_in_the_content(string text, string content)
    {
        var statements = Extracted.Find(text);

        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The space agency said in a statement that, despite the delays, the launch would go ahead in June.",
        "despite the delays, the launch would go ahead in June")]
    [InlineData("The bank said that, although profits had fallen, the dividend would be maintained.",
        "although profits had fallen, the dividend would be maintained")]
    public void An_adjunct_right_after_the_complementizer_opens_the_content(string text, string content)
    {
        var statements = Extracted.Find(text);

        statements.Should().ContainSingle(Extracted.Describe(statements)).Which.Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_postposed_told_frame_with_its_addressee_ends_an_earlier_content()
    {
        var statements = Extracted.Find("The auditors reached the conclusion that the ledgers had been altered, a former clerk told The Daily Ledger.");

        var belief = statements.Should().ContainSingle(s => s.Cue != null && s.Cue.Lemma == "reach the conclusion", Extracted.Describe(statements)).Subject;
        belief.Content.Text.Should().Be("the ledgers had been altered");
        var told = statements.Should().ContainSingle(s => s.Cue != null && s.Cue.Text == "told", Extracted.Describe(statements)).Subject;
        told.Speaker!.Text.Should().Be("a former clerk");
        told.Content.Text.Should().StartWith("The auditors reached the conclusion");
    }
}

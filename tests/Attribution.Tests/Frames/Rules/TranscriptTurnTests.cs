namespace Attribution.Tests.Frames.Rules;

/// <summary>Transcript and interview turns: <c>WALLACE: …</c>, <c>Q: … A: …</c> at a paragraph start (issue 18).</summary>
public sealed class TranscriptTurnTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    private static AttributionResult Extract(string text) => Extractor.Extract(text);

    private static string Describe(System.Collections.Immutable.ImmutableArray<Statement> statements) =>
        string.Join(" | ", statements.Select(s => $"{s.Kind} «{s.Content.Text}» by {s.Speaker?.Text}"));

    [Fact]
    public void A_surname_label_is_the_person_named_before_and_the_rest_of_the_paragraph_is_what_they_said()
    {
        const string text = "Fox News host Chris Wallace interviewed Sen. Lindsey Graham on Sunday.\n\n"
            + "WALLACE: Will you vote for the bill when it comes to the floor?\n\n"
            + "GRAHAM: I will not. It spends too much and fixes too little.";
        var statements = Extract(text).Statements;
        statements.Should().HaveCount(2, Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Direct);
        statements[0].Content.Text.Should().Be("Will you vote for the bill when it comes to the floor?");
        statements[0].Speaker!.Entity!.Name.Should().Be("Chris Wallace");
        statements[0].Cue.Should().BeNull();
        statements[1].Content.Text.Should().Be("I will not. It spends too much and fixes too little.");
        statements[1].Speaker!.Entity!.Name.Should().Contain("Lindsey Graham");
    }

    [Fact]
    public void Question_and_answer_labels_make_one_statement_per_turn()
    {
        const string text = "Novelist Jane Doe spoke to the Courier about her new book.\n\n"
            + "Q: Why did you write it now?\n\n"
            + "A: Because nobody else was going to, and the story mattered to me.";
        var statements = Extract(text).Statements;
        statements.Should().HaveCount(2, Describe(statements));
        statements[0].Content.Text.Should().Be("Why did you write it now?");
        statements[0].Speaker!.Text.Should().Be("Q");
        statements[1].Content.Text.Should().Be("Because nobody else was going to, and the story mattered to me.");
        statements[1].Speaker!.Text.Should().Be("A");
    }

    [Theory]
    [InlineData("The bridge closed on Monday after inspectors found cracks.\n\nUPDATE: The bridge reopened to light traffic on Wednesday.")]
    [InlineData("Prices rose again in March.\n\nNOTE: All figures are in U.S. dollars and adjusted for inflation.")]
    [InlineData("Chris Wallace hosted the debate.\n\nThe candidates were asked: Will you accept the result?")]
    [InlineData("UPDATE: The bridge reopened to light traffic on Wednesday.\n\nThe council said nothing more.\n\nUPDATE: Trucks may use it again from Friday.")]
    [InlineData("UPDATE: The bridge reopened to light traffic on Wednesday.\n\nNOTE: All times are local.")]
    public void A_rubric_or_a_colon_inside_a_sentence_is_not_a_turn(string text)
    {
        var statements = Extract(text).Statements;
        statements.Should().BeEmpty(Describe(statements));
    }

    [Fact]
    public void One_word_labels_that_take_turns_are_speakers_even_when_the_text_never_named_them()
    {
        const string text = "TRUMP: We are going to win this state, and we are going to win it big.\n\n"
            + "HOLT: Will you accept the result if you lose?\n\n"
            + "TRUMP: I will look at it at the time.";
        var statements = Extract(text).Statements;
        statements.Should().HaveCount(3, Describe(statements));
        statements.Select(s => s.Speaker!.Text).Should().Equal("TRUMP", "HOLT", "TRUMP");
        statements[2].Content.Text.Should().Be("I will look at it at the time.");
        statements[2].Speaker!.Entity.Should().BeSameAs(statements[0].Speaker!.Entity);
    }

    [Fact]
    public void A_single_surname_label_is_the_person_the_story_names_further_on()
    {
        const string text = "MERRICK: We will not sign anything until the water is safe to drink.\n\n"
            + "That was the message on Monday from Governor Paula Merrick, who toured the treatment plant with engineers.";
        var statements = Extract(text).Statements;
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Content.Text.Should().Be("We will not sign anything until the water is safe to drink.");
        statements[0].Speaker!.Text.Should().Be("MERRICK", "the label is the source written at the turn; the entity is where the story names her");
        statements[0].Speaker!.Entity!.Name.Should().Be("Paula Merrick");
    }

    [Theory]
    [InlineData("WASHINGTON: The Senate passed the spending bill late on Tuesday.\n\nLawmakers left Washington for the holidays a day later.")]
    [InlineData("CORRECTION: An earlier version of this story misstated the size of the loan.\n\nThe company, Correction Partners, did not respond.")]
    public void A_single_label_that_is_no_one_s_surname_is_not_a_turn(string text)
    {
        var statements = Extract(text).Statements;
        statements.Should().BeEmpty(Describe(statements));
    }

    [Fact]
    public void A_surname_label_after_a_full_name_label_is_the_same_person()
    {
        const string text = "The interview has been edited for length.\n\n"
            + "DANA OKORO: Thanks for making the time.\n\n"
            + "LEON PRICE: Happy to be here.\n\n"
            + "OKORO: Will the plant close?";
        var statements = Extract(text).Statements;
        statements.Should().HaveCount(3, Describe(statements));
        statements[2].Content.Text.Should().Be("Will the plant close?");
        statements[2].Speaker!.Entity.Should().BeSameAs(statements[0].Speaker!.Entity);
        statements[2].Speaker!.Entity!.Name.Should().Be("DANA OKORO");
    }

    [Theory]
    [InlineData("NEW DELHI: India’s central bank left interest rates unchanged on Friday, citing sticky food prices.\n\nThe decision was widely expected.")]
    [InlineData("Rate decision\n\nKUALA LUMPUR: Malaysia’s central bank held its key rate at 3 percent on Thursday.\n\nEconomists had expected the pause.")]
    public void A_two_word_place_label_opening_the_story_is_a_dateline_not_a_turn(string text)
    {
        var statements = Extract(text).Statements;
        statements.Should().BeEmpty(Describe(statements));
    }

    [Fact]
    public void A_two_word_dateline_leaves_the_reported_clause_after_it()
    {
        var statements = Extract("NEW DELHI: India’s economy will grow 7 percent this year, the finance ministry said on Friday.").Statements;
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Content.Text.Should().Be("India’s economy will grow 7 percent this year");
        statements[0].Speaker!.Text.Should().Be("the finance ministry");
    }

    [Fact]
    public void A_label_is_the_written_speaker_and_names_one_person_of_the_pair_the_intro_joined()
    {
        const string text = "What follows is a transcript of the Sunday interview between anchor Ruth Halloran and Senator Dev Patil.\n\n"
            + "HALLORAN: Senator, will you back the farm bill?\n\n"
            + "PATIL: Not in its current form. It cuts crop insurance.\n\n"
            + "HALLORAN: Even if the leadership insists?";
        var statements = Extract(text).Statements;
        statements.Should().HaveCount(3, Describe(statements));
        statements.Select(s => s.Speaker!.Text).Should().Equal("HALLORAN", "PATIL", "HALLORAN");
        statements[0].Speaker!.Entity!.Name.Should().Be("Ruth Halloran");
        statements[1].Speaker!.Entity!.Name.Should().Be("Dev Patil");
        statements[1].Speaker!.Entity!.Kind.Should().Be(EntityKind.Person);
    }

    [Theory]
    [InlineData("Health reporter Owen Marsh spoke with Dr. Lucia Ferrante, the state epidemiologist, about the measles outbreak.", "Lucia Ferrante", "Owen Marsh")]
    [InlineData("The Ledger interviewed Mayor Carla Boyd on Monday, a week before the budget vote.", "Carla Boyd", null)]
    [InlineData("Novelist Greta Lindqvist spoke to the Ledger about her first book in a decade.", "Greta Lindqvist", null)]
    [InlineData("This is an edited transcript of an interview with Ian Kerrigan, the club's new manager.", "Ian Kerrigan", null)]
    [InlineData("The historian Nadia Petrov spoke to us last week about her biography of the tsar's last minister.", "Nadia Petrov", null)]
    [InlineData("Last month the Herald had the chance to interview Tomas Rivera, who has coached the team for a decade.", "Tomas Rivera", null)]
    public void Answer_labels_are_the_person_the_introduction_says_was_interviewed(string intro, string interviewee, string? interviewer)
    {
        string text = intro + "\n\nQ: How bad is it going to get?\n\nA: Worse before it gets better. The next two weeks will decide a lot.\n\nQ: What happens next?";
        var statements = Extract(text).Statements;
        statements.Should().HaveCount(3, Describe(statements));
        statements.Select(s => s.Speaker!.Text).Should().Equal("Q", "A", "Q");
        statements[1].Speaker!.Entity!.Name.Should().EndWith(interviewee);
        if (interviewer is not null)
        {
            statements[0].Speaker!.Entity!.Name.Should().EndWith(interviewer);
            statements[2].Speaker!.Entity.Should().BeSameAs(statements[0].Speaker!.Entity);
        }
    }

    [Fact]
    public void An_answer_that_reports_speech_of_its_own_is_still_the_interviewees_turn()
    {
        const string text = "Trade Minister Hana Sato spoke to the Ledger about the tariff talks.\n\n"
            + "Q: Will Tokyo retaliate?\n\n"
            + "A: We have told Washington that we will answer in kind. Nobody wants that.\n\n"
            + "Q: And the farmers?\n\n"
            + "A: They say the talks have already cost them a season.";
        var statements = Extract(text).Statements;
        var turns = statements.Where(s => s.Cue is null).ToList();
        turns.Select(s => s.Speaker!.Text).Should().Equal(["Q", "A", "Q", "A"], Describe(statements));
        turns[1].Content.Text.Should().Be("We have told Washington that we will answer in kind. Nobody wants that.");
        turns[1].Speaker!.Entity!.Name.Should().EndWith("Hana Sato");
        turns[3].Content.Text.Should().Be("They say the talks have already cost them a season.");
        statements.Should().Contain(s => s.Cue != null && s.Cue.Text == "told" && s.Speaker!.Text == "We", "the report inside the answer is kept beside it");
        statements.Should().Contain(s => s.Cue != null && s.Cue.Text == "say" && s.Speaker!.Text == "They");
    }

    [Theory]
    [InlineData("The New York Times spoke to the minister's office about the plan.")]
    [InlineData("The Ledger talked to readers about the paper's future.")]
    public void An_outlet_named_with_an_article_is_not_the_interviewee(string intro)
    {
        string text = intro + "\n\nQ: Why now?\n\nA: Because the money ran out.";
        var statements = Extract(text).Statements;
        statements.Should().HaveCount(2, Describe(statements));
        statements[1].Speaker!.Text.Should().Be("A");
        statements[1].Speaker!.Entity?.Kind.Should().NotBe(EntityKind.Person);
    }

    [Fact]
    public void Unnamed_answer_labels_are_one_speaker_through_the_interview()
    {
        const string text = "The interview has been edited for length and clarity.\n\nQ: Why now?\n\nA: Because the money ran out.\n\n"
            + "Q: And after that?\n\nA: We start again, smaller.";
        var statements = Extract(text).Statements;
        statements.Select(s => s.Speaker!.Text).Should().Equal(["Q", "A", "Q", "A"], Describe(statements));
        statements[3].Speaker!.Entity.Should().NotBeNull().And.BeSameAs(statements[1].Speaker!.Entity);
        statements[2].Speaker!.Entity.Should().NotBeNull().And.BeSameAs(statements[0].Speaker!.Entity);
        statements[1].Speaker!.Entity.Should().NotBeSameAs(statements[0].Speaker!.Entity);
        statements[3].Speaker!.Span.Start.Should().Be(text.LastIndexOf("A:", StringComparison.Ordinal), "the written source is the label at the turn");
    }

    [Fact]
    public void Answer_labels_with_no_one_named_as_interviewed_stay_labels()
    {
        const string text = "The interview has been edited for length and clarity.\n\nQ: Why now?\n\nA: Because the money ran out.";
        var statements = Extract(text).Statements;
        statements.Should().HaveCount(2, Describe(statements));
        statements[1].Speaker!.Text.Should().Be("A");
        statements[1].Speaker!.Entity?.Kind.Should().NotBe(EntityKind.Person);
    }
}

namespace Attribution.Tests.Granularity;

/// <summary>
/// Speaker spans in both granularities: never a sentence adverb or a time before the subject, never the verb
/// after it; the rest of a real noun phrase stays.
/// </summary>
public sealed class SpeakerSpanTests
{
    private static readonly AttributionExtractor[] Extractors =
    [
        AttributionExtractor.CreateDefault(),
        new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build(),
    ];

    [Theory]
    [InlineData("Now Ryan says the plan is dead.", "Ryan")]
    [InlineData("Last week Hope Hicks told reporters that the memo was accurate.", "Hope Hicks")]
    [InlineData("Meanwhile the ministry said the border would reopen on Monday.", "the ministry")]
    [InlineData("Elias laid out the case on Monday, saying that the campaign had broken no rules.", "Elias")]
    [InlineData("Ryan now says the plan is dead.", "Ryan")]
    [InlineData("Ryan, however, says the plan is dead.", "Ryan")]
    [InlineData("The ministry, meanwhile, said the border would reopen on Monday.", "The ministry")]
    public void A_speaker_span_leaves_out_adverbs_times_and_verbs(string text, string speaker)
    {
        foreach (var extractor in Extractors)
        {
            var statement = extractor.Extract(text).Statements.Should().ContainSingle().Subject;
            statement.Speaker!.Text.Should().Be(speaker);
            statement.Speaker.Entity!.Name.Should().Be(speaker);
        }
    }

    [Theory]
    [InlineData("The ministry on Tuesday said the border crossing would stay closed.", "The ministry", "the border crossing would stay closed")]
    [InlineData("Sanchez last week told reporters that the budget was balanced.", "Sanchez", "the budget was balanced")]
    [InlineData("Officials in Brussels earlier this month said the tariffs would stay.", "Officials in Brussels", "the tariffs would stay")]
    [InlineData("Theresa May said the agreement was the best available.", "Theresa May", "the agreement was the best available")]
    public void A_time_between_the_subject_and_the_cue_is_not_the_speaker(string text, string speaker, string content)
    {
        foreach (var extractor in Extractors)
        {
            var statement = extractor.Extract(text).Statements.Should().ContainSingle().Subject;
            statement.Speaker!.Text.Should().Be(speaker);
            statement.Content.Text.Should().EndWith(content);
        }
    }

    [Theory]
    [InlineData("A leaked internal memo seen by The Guardian says that 300 posts will go.", "A leaked internal memo seen by The Guardian")]
    [InlineData("A new study tracking sleep patterns in American teenagers found that most slept under seven hours.", "A new study tracking sleep patterns in American teenagers")]
    [InlineData("Posts on a forum for former employees claimed that the audit had been rigged.", "Posts on a forum for former employees")]
    public void In_act_mode_a_subject_keeps_its_post_modifiers(string text, string speaker)
    {
        var statement = Extractors[1].Extract(text).Statements.Should().ContainSingle().Subject;
        statement.Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("A two-year study tracking commuters found that most drove alone.", "A two-year study", "A two-year study tracking commuters")]
    [InlineData("A new survey tracking voters found that most had made up their minds.", "A new survey", "A new survey tracking voters")]
    public void A_subject_whose_last_words_are_a_modifiers_object_is_its_head(string text, string head, string actSpan)
    {
        Extractors[0].Extract(text).Statements.Should().ContainSingle().Which.Speaker!.Text.Should().Be(head, "a person noun as the participle's object is no subject");
        Extractors[1].Extract(text).Statements.Should().ContainSingle().Which.Speaker!.Text.Should().Be(actSpan, "act mode keeps the post-modifier with its head");
    }

    [Fact]
    public void In_act_mode_a_source_after_according_to_is_not_widened_to_the_cue()
    {
        var statement = Extractors[1].Extract("Exports fell 4% in May, according to the trade ministry.").Statements.Should().ContainSingle().Subject;
        statement.Speaker!.Text.Should().Be("the trade ministry");
    }

    [Theory]
    [InlineData("Many Israeli civil society groups said the law would silence them.", "Many Israeli civil society groups")]
    [InlineData("Last year's winner Maria Lopez said the course was harder than ever.", "Last year's winner Maria Lopez")]
    [InlineData("Apple shareholders said the vote was rushed.", "Apple shareholders")]
    public void A_real_noun_phrase_keeps_its_words(string text, string speaker)
    {
        var statement = Extractors[0].Extract(text).Statements.Should().ContainSingle().Subject;
        statement.Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Civil Defense Authority director Suleiman al-Amr, in remarks to state television, said all the wounded had been taken to hospital.", "Civil Defense Authority director Suleiman al-Amr")]
    [InlineData("Malaysia's Prime Minister, Najib Razak said the country was in contact with all parties.", "Malaysia's Prime Minister, Najib Razak")]
    [InlineData("Speaking after the summit, Malaysia's Prime Minister, Najib Razak said the country was in contact with all parties.", "Malaysia's Prime Minister, Najib Razak")]
    [InlineData("Rep. Jane Doe, a Democrat from Ohio, said the bill would fail.", "Rep. Jane Doe, a Democrat from Ohio")]
    public void An_act_speaker_phrase_takes_a_title_set_off_before_the_name_but_not_an_adjunct_after_it(string text, string phrase)
    {
        var statement = Extractors[1].Extract(text).Statements.Should().ContainSingle().Subject;

        statement.Speaker!.Text.Should().Be(phrase);
    }

    [Fact]
    public void In_act_mode_a_relative_clause_with_its_own_cue_stays_out_of_the_next_speaker_span()
    {
        const string text = "Corvane Motors, which said in May that orders had bottomed out, expects revenue to fall about 4% this year.";
        var statements = Extractors[1].Extract(text).Statements;

        statements.Should().HaveCount(2);
        var expects = statements.Should().ContainSingle(s => s.Cue!.Text == "expects").Subject;
        expects.Speaker!.Text.Should().Be("Corvane Motors");
    }

    [Fact]
    public void In_act_mode_a_relative_clause_whose_cue_frames_nothing_stays_in_the_speaker_span()
    {
        const string text = "Two aides to the governor, who asked not to be named because the talks are private, said the offer had been withdrawn.";
        var statement = Extractors[1].Extract(text).Statements.Should().ContainSingle().Subject;

        statement.Speaker!.Text.Should().Be("Two aides to the governor, who asked not to be named because the talks are private");
    }
}

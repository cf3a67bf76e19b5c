using System.Collections.Immutable;

namespace Attribution.Tests.Granularity;

/// <summary>
/// Quote and act granularity: the statements of one attribution act share <see cref="Statement.Act"/> in quote
/// mode and are one statement with fragments in act mode; a new paragraph starts a new act in both.
/// </summary>
public sealed class GranularityTests
{
    private static readonly AttributionExtractor QuoteMode = AttributionExtractor.CreateDefault();

    private static readonly AttributionExtractor ActMode = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build();

    private static string Describe(ImmutableArray<Statement> statements) =>
        string.Join(" | ", statements.Select(s => $"[{s.Act}] {s.Kind} «{s.Content.Text}» by {s.Speaker?.Text}"));

    [Fact]
    public void Quote_is_the_default_granularity()
    {
        new AttributionOptions().Granularity.Should().Be(AttributionGranularity.Quote);
        AttributionExtractor.CreateDefault().Options.Granularity.Should().Be(AttributionGranularity.Quote);
        QuoteMode.Options.Granularity.Should().Be(AttributionGranularity.Quote);
        ActMode.Options.Granularity.Should().Be(AttributionGranularity.Act);
    }

    [Fact]
    public void An_undefined_granularity_is_refused_by_the_builder()
    {
        var builder = new AttributionPipelineBuilder();
        builder.Invoking(b => b.WithGranularity((AttributionGranularity)7)).Should().Throw<ArgumentOutOfRangeException>();
        builder.Invoking(b => b.WithOptions(new AttributionOptions { Granularity = (AttributionGranularity)(-1) })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void In_quote_mode_a_second_quote_after_the_frame_is_its_own_statement_of_the_same_act()
    {
        const string text = "“We will not back down,” Mayor Ana Ruiz said on Tuesday. “The city deserves better than this.”\n\n"
            + "The council meets again next week.";
        var statements = QuoteMode.Extract(text).Statements;

        statements.Should().HaveCount(2, Describe(statements));
        statements[0].Content.Text.Should().Be("“We will not back down,”");
        statements[1].Content.Text.Should().Be("“The city deserves better than this.”");
        statements[1].Cue.Should().BeNull();
        statements[1].Speaker!.Entity!.Name.Should().Be("Ana Ruiz");
        statements[1].Act.Should().Be(statements[0].Act);
    }

    [Fact]
    public void In_act_mode_the_quotes_of_one_act_are_one_statement_whose_fragments_list_every_piece()
    {
        const string text = "“We will not back down,” Mayor Ana Ruiz said on Tuesday. “The city deserves better than this.”";
        var statements = ActMode.Extract(text).Statements;

        var act = statements.Should().ContainSingle(Describe(statements)).Subject;
        act.Content.Span.Should().Be(new TextSpan(0, text.Length));
        act.Content.Text.Should().Be(text, "the content runs from the first piece to the last, frame included");
        act.Fragments.Select(f => f.Text).Should().Equal("“We will not back down,”", "“The city deserves better than this.”");
        act.Cue!.Text.Should().Be("said");
        act.Speaker!.Entity!.Name.Should().Be("Ana Ruiz");
        act.Time!.Text.Should().Be("Tuesday");
        act.Act.Should().Be(0);
    }

    [Fact]
    public void An_interrupted_quote_is_two_statements_of_one_act_in_quote_mode_and_one_with_two_fragments_in_act_mode()
    {
        const string text = "“The talks failed,” the envoy said, “and nobody in this building is surprised.”";
        var quote = QuoteMode.Extract(text).Statements;
        quote.Select(s => s.Content.Text).Should().Equal(["“The talks failed,”", "“and nobody in this building is surprised.”"], Describe(quote));
        quote.Should().OnlyContain(s => s.Fragments.IsEmpty && s.Speaker!.Text == "the envoy" && s.Act == 0);
        quote[0].Cue!.Text.Should().Be("said");
        quote[1].Cue.Should().BeNull("the second piece has no cue of its own");

        var act = ActMode.Extract(text).Statements;
        var statement = act.Should().ContainSingle(Describe(act)).Subject;
        statement.Fragments.Select(f => f.Text).Should().Equal("“The talks failed,”", "“and nobody in this building is surprised.”");
        statement.Cue!.Text.Should().Be("said");
    }

    [Fact]
    public void A_new_quote_after_a_paragraph_break_stays_its_own_statement_and_act_in_both_modes()
    {
        const string text = "“The talks failed,” the envoy said, “and nobody in this building is surprised.”\n\n"
            + "“Next year will be different.”";
        foreach (var extractor in new[] { QuoteMode, ActMode })
        {
            var statements = extractor.Extract(text).Statements;
            var last = statements[^1];
            last.Content.Text.Should().Be("“Next year will be different.”", Describe(statements));
            last.Fragments.Should().BeEmpty();
            last.Speaker!.Text.Should().Be("the envoy");
            statements.Select(s => s.Act).Should().Equal(extractor == QuoteMode ? [0, 0, 1] : [0, 1], "the interrupted quote is one act, its two pieces two statements in quote mode");
        }
    }

    [Fact]
    public void A_later_frame_with_its_own_cue_is_a_new_act_not_a_continuation()
    {
        const string text = "The minister said the budget would be balanced by spring, adding that taxes would not rise.";
        var quote = QuoteMode.Extract(text).Statements;
        var act = ActMode.Extract(text).Statements;

        quote.Should().HaveCount(2, Describe(quote));
        quote.Select(s => s.Act).Should().Equal(0, 1);
        act.Should().HaveCount(2, Describe(act));
        act.Should().OnlyContain(s => s.Fragments.IsEmpty);
    }

    [Theory]
    [InlineData("The ambassador said that the talks had failed.", "that the talks had failed", "the talks had failed")]
    [InlineData("Officials asked whether the vote would go ahead.", "whether the vote would go ahead", "whether the vote would go ahead")]
    [InlineData("The senator told reporters that she would vote against the bill.", "that she would vote against the bill", "she would vote against the bill")]
    [InlineData("The regulator said that, after a two-year review, the merger could proceed.", "that, after a two-year review, the merger could proceed",
        "after a two-year review, the merger could proceed")]
    public void In_act_mode_a_reported_clause_starts_at_its_complementizer(string text, string act, string quote)
    {
        ActMode.Extract(text).Statements.Should().ContainSingle().Which.Content.Text.Should().Be(act);
        QuoteMode.Extract(text).Statements.Should().ContainSingle().Which.Content.Text.Should().Be(quote);
    }

    [Fact]
    public void A_that_before_a_postposed_frame_is_not_taken_as_a_complementizer()
    {
        const string text = "Not all of that money reached the clinics, the auditor said.";
        var statement = ActMode.Extract(text).Statements.Should().ContainSingle().Subject;
        statement.Content.Text.Should().StartWith("Not all of that money");
    }

    [Fact]
    public void In_act_mode_the_speaker_span_is_the_whole_source_phrase_but_the_entity_is_the_person()
    {
        const string text = "Rep. Jane Doe, a Democrat from Ohio and a close ally of the governor, said that the bill would pass easily.";
        var act = ActMode.Extract(text).Statements.Should().ContainSingle().Subject;
        var quote = QuoteMode.Extract(text).Statements.Should().ContainSingle().Subject;

        act.Speaker!.Text.Should().Be("Rep. Jane Doe, a Democrat from Ohio and a close ally of the governor");
        act.Speaker.Span.Slice(text).Should().Be(act.Speaker.Text);
        act.Speaker.Entity!.Name.Should().Be("Jane Doe");
        quote.Speaker!.Text.Should().Be("Rep. Jane Doe");
        quote.Speaker.Entity!.Name.Should().Be("Jane Doe");
    }

    [Theory]
    [InlineData("Ana Ng, formerly an adviser to the board, said the merger would be delayed.", "Ana Ng, formerly an adviser to the board")]
    [InlineData("Ana Ng, however, said the merger would be delayed.", "Ana Ng")]
    public void In_act_mode_an_appositive_opening_with_an_adverb_stays_but_a_lone_sentence_adverb_does_not(string text, string speaker)
    {
        ActMode.Extract(text).Statements.Should().ContainSingle().Subject.Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void In_act_mode_a_speaker_after_the_cue_takes_its_appositive_to_the_sentence_end()
    {
        const string text = "“We are studying the offer,” said Tom Reyes, a longtime adviser to the governor.";
        var act = ActMode.Extract(text).Statements.Should().ContainSingle().Subject;
        act.Speaker!.Text.Should().Be("Tom Reyes, a longtime adviser to the governor");
        act.Speaker.Entity!.Name.Should().Be("Tom Reyes");
        QuoteMode.Extract(text).Statements.Should().ContainSingle().Which.Speaker!.Text.Should().Be("Tom Reyes");
    }

    [Fact]
    public void In_act_mode_a_document_source_keeps_its_reduced_relative_clause()
    {
        const string text = "The documents released by the committee show that the payments continued until March.";
        var act = ActMode.Extract(text).Statements.Should().ContainSingle().Subject;
        act.Speaker!.Text.Should().Be("The documents released by the committee");
        act.Content.Text.Should().Be("that the payments continued until March");
    }

    [Fact]
    public void An_appositive_is_not_taken_when_a_time_follows_the_speaker()
    {
        const string text = "“The bridge is safe,” said Tomas Berg, the city engineer, on Friday.";
        var act = ActMode.Extract(text).Statements.Should().ContainSingle().Subject;
        act.Speaker!.Text.Should().NotContain("Friday");
    }

    [Fact]
    public void Act_numbers_count_up_in_document_order_and_act_mode_has_one_statement_per_act()
    {
        const string text = "“Prices will keep rising,” the economist said. “Wages will not.”\n\n"
            + "The central bank said rates would stay on hold. “We are watching closely,” its governor said.";
        var quote = QuoteMode.Extract(text).Statements;
        var act = ActMode.Extract(text).Statements;

        quote.Select(s => s.Act).Should().BeInAscendingOrder();
        quote.Select(s => s.Act).Distinct().Should().HaveCount(act.Length, Describe(quote) + " vs " + Describe(act));
        act.Select(s => s.Act).Should().Equal(Enumerable.Range(0, act.Length));
    }
}

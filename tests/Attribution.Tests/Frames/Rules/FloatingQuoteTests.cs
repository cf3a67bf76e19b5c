namespace Attribution.Tests.Frames.Rules;

/// <summary>A quoted paragraph with no frame takes its speaker from the paragraph before (issue 18, floating quotes).</summary>
public sealed class FloatingQuoteTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    private static System.Collections.Immutable.ImmutableArray<Statement> Find(string text) => Extractor.Extract(text).Statements;

    private static string Describe(System.Collections.Immutable.ImmutableArray<Statement> statements) =>
        string.Join(" | ", statements.Select(s => $"{s.Kind} «{s.Content.Text}» by {s.Speaker?.Text} ({s.Confidence})"));

    [Fact]
    public void A_quoted_paragraph_after_a_paragraph_about_a_named_person_is_that_persons()
    {
        const string text = "Mike Weir finished the season third on the money list, his best year since 2003.\n\n"
            + "“We’re all proud to represent Canada. It means a lot to every one of us.”";
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        var s = statements[0];
        s.Kind.Should().Be(StatementKind.Direct);
        s.Content.Text.Should().StartWith("“We’re all proud").And.EndWith("us.”");
        s.Speaker!.Text.Should().Be("Mike Weir");
        s.Cue.Should().BeNull();
        s.Confidence.Should().BeLessThan(0.7, "a floating quote is a guess from the paragraph before");
    }

    [Fact]
    public void A_quoted_paragraph_after_a_quoted_speaker_and_a_line_of_narration_carries_that_speaker()
    {
        const string text = "“The water came up in minutes,” said baker Ana Ruiz, 54. Her shop on Front Street lost its ovens and two freezers.\n\n"
            + "“We will rebuild, but not this year.”";
        var statements = Find(text);
        statements.Should().HaveCount(2, Describe(statements));
        statements[1].Content.Text.Should().Be("“We will rebuild, but not this year.”");
        statements[1].Speaker!.Text.Should().Contain("Ana Ruiz");
        statements[1].Speaker!.Entity.Should().Be(statements[0].Speaker!.Entity);
        statements[1].Confidence.Should().BeLessThan(statements[0].Confidence);
    }

    [Fact]
    public void A_quoted_title_alone_in_a_paragraph_is_not_a_statement()
    {
        const string text = "Director Lena Park showed her new film in Toronto on Friday.\n\n“The Long Night”\n\nIt runs for two hours.";
        Find(text).Should().BeEmpty();
    }

    [Fact]
    public void A_quoted_paragraph_after_a_paragraph_that_names_nobody_stays_unattributed()
    {
        const string text = "The storm knocked out power to 40,000 homes across the county overnight.\n\n“Stay indoors and keep away from windows.”";
        Find(text).Should().BeEmpty();
    }

    [Fact]
    public void A_quote_inside_a_paragraph_of_narration_does_not_float()
    {
        const string text = "Senator Alan Brooks spent the morning at the shipyard.\n\n"
            + "Workers there still call the dry dock “the old lady,” a name older than most of them.";
        Find(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The coach was furious after the final whistle. “That was never a penalty. The referee got it wrong.”", "The coach")]
    [InlineData("Maria Lopez has run the bakery for 30 years. “I have never seen a winter like this one.”", "Maria Lopez")]
    [InlineData("Olena Marchuk shook her head. “We will rebuild. We always do.”", "Olena Marchuk")]
    [InlineData("The plant manager, Peter Kovacs, arrived at the gate before dawn.\n\nKovacs sat back in his chair. “Nobody told us the plant would close.”", "Kovacs")]
    public void A_quote_closing_a_paragraph_after_a_sentence_about_a_person_is_that_persons(string text, string speaker)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Direct);
        statements[0].Speaker!.Text.Should().Be(speaker);
        statements[0].Cue.Should().BeNull();
        statements[0].Confidence.Should().BeLessThan(0.7, "the speaker is a guess from the sentence before");
    }

    [Theory]
    [InlineData("The storm reached the coast before dawn. “Stay indoors and keep away from the windows.”")]
    [InlineData("The coach was furious after the final whistle. “That was never a penalty,” the captain said.")]
    [InlineData("Prices rose for the third month running. “Inflation is back, and it is here to stay.”")]
    [InlineData("Rents rose again in March.\n\nDemand fell in the suburbs. “Nobody can afford to move any more.”")]
    public void A_quote_after_narration_about_no_person_or_with_its_own_frame_does_not_float(string text)
    {
        Find(text).Where(s => s.Cue is null).Should().BeEmpty(Describe(Find(text)));
    }

    [Theory]
    [InlineData("The head coach did not hold back after the 3-0 home defeat on Saturday.\n\n“We were soft in midfield and we paid for it. Nobody in that dressing room can hide from this.”", "The head coach")]
    [InlineData("The company’s chief executive struck a defiant tone on the call with analysts.\n\n“We have been through worse quarters than this one, and we came out stronger every time.”", "The company’s chief executive")]
    public void A_quoted_paragraph_after_a_paragraph_about_a_person_named_by_role_is_that_persons(string text, string speaker)
    {
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Speaker!.Text.Should().Be(speaker);
        statements[0].Cue.Should().BeNull();
        statements[0].Confidence.Should().BeLessThan(0.7);
    }

    [Fact]
    public void A_quotation_over_two_paragraphs_after_a_paragraph_about_a_person_floats_as_one_quote()
    {
        const string text = "The union’s general secretary did not mince her words at the rally.\n\n"
            + "“This government has broken every promise it made to nurses.\n\n"
            + "“We will strike in March, and we will keep striking until they listen.”";
        var statements = Find(text);
        statements.Should().ContainSingle(Describe(statements));
        statements[0].Speaker!.Text.Should().Be("The union’s general secretary");
        statements[0].Content.Text.Should().StartWith("“This government").And.EndWith("until they listen.”");
    }

    [Theory]
    [InlineData("Coach Ellen Grant faced reporters on Monday.\n\nGrant was firm when asked about a second term. “No.”", "Grant", "“No.”")]
    [InlineData("The minister was asked on Tuesday whether she would resign. “Absolutely not.”", "The minister", "“Absolutely not.”")]
    [InlineData("Senator Ruth Alvarez was asked if the bill would pass before the recess.\n\n“Never!”", "Senator Ruth Alvarez", "“Never!”")]
    public void A_one_word_reply_after_a_sentence_about_a_person_is_that_persons(string text, string speaker, string content)
    {
        var statements = Find(text).Where(s => s.Cue is null).ToList();
        statements.Should().ContainSingle(Describe(Find(text)));
        statements[0].Speaker!.Text.Should().Be(speaker);
        statements[0].Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Mayor Dana Cole called the budget “reckless.”")]
    [InlineData("Mayor Dana Cole reviewed the budget on Monday. Her verdict was a single word, “reckless.”")]
    [InlineData("Mayor Dana Cole sat through the budget debate on Monday.\n\n“Reckless”\n\nThat was the headline on Tuesday.")]
    [InlineData("The storm reached the coast before dawn.\n\n“Evacuate.”")]
    [InlineData("Residents of the valley packed the town hall on Monday night.\n\n“We have waited three years for this bridge, and we are still waiting for it.”")]
    public void A_short_quoted_word_or_a_quote_after_no_single_person_is_not_a_floating_quote(string text)
    {
        Find(text).Where(s => s.Cue is null).Should().BeEmpty(Describe(Find(text)));
    }
}

using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Mentions;

/// <summary>Plural, group, anonymous and common-noun sources, and speakers with party labels (issue 18).</summary>
public sealed class GroupAndAnonymousSourceTests
{
    [Theory]
    [InlineData("A person familiar with the talks said the two sides remained far apart on tariffs.", "A person familiar with the talks", "the two sides remained far apart on tariffs")]
    [InlineData("Those close to him say he has been weighing the decision for months.", "Those close to him", "he has been weighing the decision for months")]
    [InlineData("Officials briefed on the plan said it would cost at least $4 billion.", "Officials briefed on the plan", "it would cost at least $4 billion")]
    [InlineData("Two people with knowledge of the matter said the bank would cut 3,000 jobs.", "Two people with knowledge of the matter", "the bank would cut 3,000 jobs")]
    [InlineData("Sources close to the investigation said the suspect had no criminal record.", "Sources close to the investigation", "the suspect had no criminal record")]
    public void An_unnamed_source_with_what_it_knows_is_the_speaker(string text, string speaker, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Indirect);
        statements[0].Speaker!.Text.Should().Be(speaker);
        statements[0].Speaker!.Kind.Should().Be(MentionKind.Anonymous);
        statements[0].Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Diplomats familiar with the negotiations, who spoke on condition of anonymity, said a draft was agreed shortly before dawn.", "Diplomats familiar with the negotiations", "a draft was agreed shortly before dawn")]
    [InlineData("Two people close to the coach, who asked not to be named because the talks are private, said he had turned down the offer.", "Two people close to the coach", "he had turned down the offer")]
    public void An_unnamed_source_with_a_relative_clause_is_the_speaker_not_the_object_of_its_modifier(string text, string speaker, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be(speaker);
        statements[0].Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The acting director said the agency would appeal the ruling.", "The acting director")]
    [InlineData("The Ohio bank holding company said it would cut 400 jobs by March.", "The Ohio bank holding company")]
    [InlineData("The embattled lender said its deposits were safe.", "The embattled lender")]
    public void A_participle_between_the_determiner_and_the_head_is_part_of_the_speaker(string text, string speaker)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void An_unnamed_source_after_the_quote_keeps_its_modifier()
    {
        var statements = Extracted.Find("“There is no deal yet, and there may not be one this month,” said a person familiar with the talks.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be("a person familiar with the talks");
    }

    [Theory]
    [InlineData("His aides say the senator will not seek a fourth term.", "His aides")]
    [InlineData("Officials said the bridge would reopen on Friday.", "Officials")]
    [InlineData("Critics argue that the tax cut mostly favors the wealthy.", "Critics")]
    public void A_plural_common_noun_is_a_source(string text, string speaker)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The chairman told stockholders on Thursday that the dividend was safe.", "stockholders", "the dividend was safe")]
    [InlineData("The finance minister told bondholders last week that Argentina would pay in full.", "bondholders", "Argentina would pay in full")]
    public void A_holder_of_shares_or_bonds_is_the_addressee_before_a_time(string text, string addressee, string content)
    {
        var s = Extracted.Single(text);
        s.Addressee!.Text.Should().Be(addressee);
        s.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The insurer said claims from the hurricane would exceed $2 billion.", "The insurer")]
    [InlineData("Creditors argue that the restructuring plan undervalues the company.", "Creditors")]
    public void A_business_role_or_company_noun_is_a_source(string text, string speaker)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Fact]
    public void A_quantified_relative_speaks_for_its_antecedent()
    {
        var statements = Extracted.Find("The hospital employs 4,000 nurses, many of whom say they are exhausted after the winter surge.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be("4,000 nurses");
        statements[0].Content.Text.Should().Be("they are exhausted after the winter surge");
    }

    [Fact]
    public void A_party_label_and_an_appositive_before_the_cue_leave_the_lawmaker_the_speaker()
    {
        var statements = Extracted.Find("Rep. Jane Doe (D-Ohio), a member of the oversight panel, said the hearing would resume next week.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().StartWith("Rep. Jane Doe");
        statements[0].Speaker!.Entity!.Name.Should().Contain("Jane Doe");
        statements[0].Content.Text.Should().Be("the hearing would resume next week");
    }

    [Theory]
    [InlineData("Sen. Ana Ruiz (D-N.M.) said the bill would not survive the recess.", "Sen. Ana Ruiz (D-N.M.)")]
    [InlineData("Sen. Ana Ruiz (D-N.M.), who chairs the subcommittee, called the proposal “a giveaway to the oil industry.”", "Sen. Ana Ruiz (D-N.M.), who chairs the subcommittee")]
    public void A_party_label_with_an_abbreviated_state_stays_in_one_sentence_with_its_lawmaker(string text, string actSpeaker)
    {
        var statements = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build().Extract(text).Statements;
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be(actSpeaker);
        statements[0].Speaker!.Entity!.Name.Should().Contain("Ana Ruiz");
    }

    [Theory]
    [InlineData("The airline's finance chief told analysts on a conference call that bookings had recovered.", "analysts", "bookings had recovered")]
    [InlineData("Park said in a phone call that margins would improve.", null, "margins would improve")]
    public void A_compound_noun_ending_in_a_cue_word_is_part_of_the_frame_s_adjunct(string text, string? addressee, string content)
    {
        var statement = Extracted.Single(text);
        statement.Content.Text.Should().Be(content);
        (statement.Addressee?.Text).Should().Be(addressee);
    }

    [Fact]
    public void A_party_label_after_the_quote_stays_out_of_the_content()
    {
        var statements = Extracted.Find("“We have the votes,” said Sen. John Smith (R-Texas), the committee chairman.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be("“We have the votes,”");
        statements[0].Speaker!.Text.Should().Be("Sen. John Smith");
    }

    [Theory]
    [InlineData("The village is close to the river and floods most springs.")]
    [InlineData("Fans familiar with the band's early records packed the small hall on Saturday.")]
    public void Close_to_and_familiar_with_outside_a_frame_are_not_sources(string text)
    {
        Extracted.Find(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Those close to the senator say he is weighing another run. She has said she will not stand in his way.")]
    [InlineData("Some in the caucus argue the vote should wait. She has said she wants it held this month.")]
    public void A_group_opened_by_those_or_some_is_plural_and_never_the_antecedent_of_she(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        statements[1].Speaker!.Text.Should().Be("She");
        statements[1].Speaker!.Entity.Should().NotBeSameAs(statements[0].Speaker!.Entity, "a plural source is never \"she\"");
    }

    [Theory]
    [InlineData("Some in the caucus argue the vote should wait until after the recess.", "Some in the caucus", "Some in the caucus", "the vote should wait until after the recess")]
    [InlineData("Many on Wall Street believe the central bank will cut rates in March.", "Many on Wall Street", "Many on Wall Street", "the central bank will cut rates in March")]
    [InlineData("Those at the public hearing said the chairman left early.", "Those at the public hearing", "Those at the public hearing", "the chairman left early")]
    [InlineData("Those close to the senator say he is weighing another run.", "Those close to the senator", "Those close to the senator", "he is weighing another run")]
    [InlineData("Reporters at Tuesday's briefing said the spokesman walked out.", "Reporters at Tuesday's briefing", "Reporters at Tuesday's briefing", "the spokesman walked out")]
    public void A_quantifier_or_noun_with_a_place_or_event_after_it_is_the_source_and_the_verb_agrees_with_it(string text, string speaker, string actSpeaker, string content)
    {
        var statement = Extracted.Single(text);
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Content.Text.Should().Be(content);
        var act = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build().Extract(text).Statements;
        act.Should().ContainSingle(Extracted.Describe(act));
        act[0].Speaker!.Text.Should().Be(actSpeaker);
    }

    [Theory]
    [InlineData("The lawsuit claims the developer misled buyers about flood risk.", "The lawsuit", "the developer misled buyers about flood risk")]
    [InlineData("An affidavit filed Monday states that the deputy fired first.", "An affidavit", "the deputy fired first")]
    [InlineData("The audit found the agency could not account for $2 billion in grants.", "The audit", "the agency could not account for $2 billion in grants")]
    public void A_court_or_audit_document_is_a_source_and_its_cue_is_a_verb(string text, string speaker, string content)
    {
        var statement = Extracted.Single(text);
        statement.Speaker!.Text.Should().Be(speaker);
        statement.Content.Text.Should().Be(content);
    }
}

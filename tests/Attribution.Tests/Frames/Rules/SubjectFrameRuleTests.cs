using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="SubjectFrameRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class SubjectFrameRuleTests
{
    [Theory]
    [InlineData("The minister said that the budget would balance by next spring.", "the budget would balance by next spring", "The minister")]
    [InlineData("Ito told reporters: \"We are done with this.\"", "\"We are done with this.\"", "Ito")]
    [InlineData("Officials say the road will reopen on Monday.", "the road will reopen on Monday", "Officials")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<SubjectFrameRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The government then said the document was not sensitive.", "the document was not sensitive", "The government")]
    [InlineData("When the files turned up on a street, the ministry then said they were not secret.", "they were not secret", "the ministry")]
    [InlineData("He then told reporters that the deal was off.", "the deal was off", "He")]
    public void Then_between_the_subject_and_the_cue_is_an_adverb(string text, string content, string speaker)
    {
        var found = FrameProbe.By<SubjectFrameRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Fact]
    public void Then_after_a_conjunction_still_joins_the_verb_to_the_subject_before_it()
    {
        const string text = "If the talks fail, then the union said it would strike.";
        var found = FrameProbe.By<SubjectFrameRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be("the union");
    }

    [Theory]
    [InlineData("Her family said the boy was safe and well.", "the boy was safe and well", "Her family")]
    [InlineData("The daily said the mayor had resigned on Sunday.", "the mayor had resigned on Sunday", "The daily")]
    [InlineData("A close ally of the governor said the bill was dead.", "the bill was dead", "A close ally of the governor")]
    [InlineData("A teacher mistakenly thought the clock was a bomb.", "the clock was a bomb", "A teacher")]
    [InlineData("But media have said the forms are too long for most applicants.", "the forms are too long for most applicants", "media")]
    public void A_subject_ending_in_ly_or_with_a_stance_adverb_is_still_read(string text, string content, string speaker)
    {
        var found = FrameProbe.By<SubjectFrameRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The minister said nothing.")]
    [InlineData("He announced the start of the season.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<SubjectFrameRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Belief_verb_needs_a_clause_and_is_not_speech()
    {
        var s = Extracted.Single("Analysts believe the central bank will raise rates in June.");
        s.IsSpeech.Should().BeFalse();
        s.Cue!.Lemma.Should().Be("believe");
        Extracted.Find("Analysts believe in the central bank.").Should().BeEmpty();
    }

    [Fact]
    public void First_person_outside_quotes_is_a_low_confidence_speaker()
    {
        var s = Extracted.Single("I think the market will recover next year.");
        s.Confidence.Should().BeLessThan(0.6);
        s.IsSpeech.Should().BeFalse();
    }

    [Fact]
    public void A_plural_subject_before_a_base_form_cue_is_a_speaker()
    {
        var statements = Extracted.Find("The latest results show unemployment has fallen for a third straight month.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be("The latest results");
        statements[0].Content.Text.Should().Be("unemployment has fallen for a third straight month");
    }

    [Theory]
    [InlineData("The auditor, Mark Levin, wrote that the trend was unsustainable.", "The auditor", "the trend was unsustainable")]
    [InlineData("The study, published in Nature on Monday, found that bees exposed to the pesticide foraged less.", "The study", "bees exposed to the pesticide foraged less")]
    [InlineData("The governor's office, which oversees state grants, said it was reviewing the request.", "The governor's office", "it was reviewing the request")]
    public void A_common_noun_subject_before_an_appositive_or_relative_clause_is_the_speaker(string text, string speaker, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be(speaker);
        statements[0].Content.Text.Should().Be(content);
    }

    [Fact]
    public void A_possessive_noun_phrase_inside_reported_content_is_not_a_nested_speaker()
    {
        var statements = Extracted.Find("He says regulators are ignoring his repeated calls for a ban on the pesticide.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be("He");
    }

    [Theory]
    [InlineData("The principal also said she believed the school would reopen in May.", "she", "believed", "the school would reopen in May")]
    [InlineData("The mayor said he told the council that the budget was short.", "he", "told", "the budget was short")]
    public void A_personal_pronoun_frame_inside_reported_content_is_a_nested_statement(string text, string speaker, string cue, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        var inner = statements.Single(s => s.Speaker!.Text == speaker);
        inner.Cue!.Text.Should().Be(cue);
        inner.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("Their lawyers believe the verdict will be overturned on appeal, a family spokesman said.", "Their lawyers", "believe", "the verdict will be overturned on appeal")]
    [InlineData("His advisers expect the race to tighten after the first debate, according to two people close to the campaign.", "His advisers", "expect", "the race to tighten after the first debate")]
    public void A_possessive_subject_opening_reported_content_is_a_nested_source(string text, string speaker, string cue, string content)
    {
        var statements = Extracted.Find(text);
        statements.Should().HaveCount(2, Extracted.Describe(statements));
        var inner = statements.Single(s => s.Speaker!.Text == speaker);
        inner.Cue!.Text.Should().Be(cue);
        inner.Content.Text.Should().Be(content);
    }

    [Fact]
    public void An_it_frame_inside_reported_content_is_not_a_nested_statement()
    {
        var statements = Extracted.Find("The minister said it showed that the plan had failed.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
    }

    [Theory]
    [InlineData("At the ceremony, the agency chief announced the sites that would receive the three retired aircraft.")]
    [InlineData("The gallery owner described a portrait that had hung in the lobby for decades.")]
    public void An_object_after_the_cue_is_not_a_statement(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }

    [Theory]
    [InlineData("Rep. Ana Lucero, D-Calif., said the bill would clear the committee by June.", "Rep. Ana Lucero", "the bill would clear the committee by June")]
    [InlineData("Dana Whitford, D-N.Y., said Tuesday that the votes were there.", "Dana Whitford", "the votes were there")]
    public void A_subject_with_a_party_and_state_label_before_the_cue_is_the_name(string text, string speaker, string content)
    {
        var s = Extracted.Single(text);
        s.Speaker!.Text.Should().Be(speaker);
        s.Content.Text.Should().Be(content);
    }

    [Theory]
    [InlineData("The chancellor said during a visit to Freiburg that the euro was safe.", null)]
    [InlineData("The senator said on a two-day trip to Ohio that the plant would stay open.", null)]
    [InlineData("The chancellor told reporters during a visit to Freiburg that the euro was safe.", "reporters")]
    [InlineData("The company said in a statement to Reuters that the plant would stay open.", "Reuters")]
    public void A_to_phrase_inside_a_visit_is_a_place_not_the_addressee(string text, string? addressee)
    {
        var found = FrameProbe.Find(text);
        found.Should().ContainSingle(FrameProbe.Describe(found)).Which.Addressee.Should().Be(addressee);
    }
}

using Attribution.Entities;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Entities;

public class EntityResolverTests
{
    private static Entity SpeakerOf(StatementScenario scenario, EntityResolution resolution, int draft) => scenario.SpeakerEntity(resolution, draft);

    [Fact]
    public void A_surname_merges_with_the_full_name_and_the_title_becomes_a_title()
    {
        var scenario = new StatementScenario(
            "United Nations Secretary-General António Guterres said that he has not spoken to Prime Minister Benjamin Netanyahu.\n“I have no reason not to speak with him,” Guterres told Reuters.");
        scenario.Add("he has not spoken to Prime Minister Benjamin Netanyahu", speaker: "United Nations Secretary-General António Guterres", cue: "said", kind: StatementKind.Indirect);
        scenario.Add("“I have no reason not to speak with him,”", speaker: "Guterres", cue: "told", addressee: "Reuters");
        var resolution = scenario.ResolveEntities();

        var guterres = SpeakerOf(scenario, resolution, 0);
        SpeakerOf(scenario, resolution, 1).Should().BeSameAs(guterres);
        guterres.Name.Should().Be("António Guterres");
        guterres.Kind.Should().Be(EntityKind.Person);
        guterres.Titles.Should().Equal("United Nations Secretary-General");
        guterres.Aliases.Should().Contain(["Guterres", "United Nations Secretary-General António Guterres"]).And.OnlyHaveUniqueItems();
        var reuters = resolution.EntityOf(scenario.Drafts[1].Addressee)!;
        reuters.Name.Should().Be("Reuters");
        reuters.Kind.Should().Be(EntityKind.Organization);
        resolution.Entities.Select(e => e.Name).Should().Equal("António Guterres", "Reuters");
        resolution.Entities.Select(e => e.Id).Should().Equal(0, 1);
        guterres.Mentions.Should().BeInAscendingOrder(m => m.Start);
    }

    [Fact]
    public void A_full_name_found_outside_any_frame_gives_the_surname_speaker_its_name()
    {
        var scenario = new StatementScenario(
            "The talks were led by Foreign Minister Ursula Wong of Australia. “We made progress,” Wong said.");
        scenario.Add("“We made progress,”", speaker: "Wong", cue: "said");
        var resolution = scenario.ResolveEntities();
        var wong = SpeakerOf(scenario, resolution, 0);
        wong.Name.Should().Be("Ursula Wong");
        wong.Titles.Should().Contain("Foreign Minister");
        wong.Gender.Should().Be(Gender.Female);
        resolution.Entities.Should().ContainSingle("only speakers and addressees become entities");
    }

    [Fact]
    public void A_speaker_with_a_possessive_title_maps_to_the_name_and_keeps_the_title()
    {
        var scenario = new StatementScenario(
            "Israel’s U.N. Ambassador Danny Danon defended Israel’s actions, noting that Iran has been working to smuggle explosives.");
        scenario.Add("Iran has been working to smuggle explosives", speaker: "Israel’s U.N. Ambassador Danny Danon", cue: "noting", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        var danon = SpeakerOf(scenario, resolution, 0);
        danon.Name.Should().Be("Danny Danon");
        danon.Titles.Should().Equal("Israel’s U.N. Ambassador");
        danon.Gender.Should().Be(Gender.Unknown, "Danny is in both first-name lists");
    }

    [Theory]
    [InlineData("European Commission President Ursula von der Leyen said the deal was fair.", "European Commission President Ursula von der Leyen", "Ursula von der Leyen", Gender.Female)]
    [InlineData("Jean-Luc Mélenchon said the deal was fair.", "Jean-Luc Mélenchon", "Jean-Luc Mélenchon", Gender.Unknown)]
    [InlineData("Ms. Okonjo-Iweala said the deal was fair.", "Ms. Okonjo-Iweala", "Okonjo-Iweala", Gender.Female)]
    [InlineData("Biologist Nick Bos said the deal was fair.", "Biologist Nick Bos", "Nick Bos", Gender.Male)]
    public void Names_with_particles_hyphens_diacritics_and_honorifics(string text, string speaker, string name, Gender gender)
    {
        var scenario = new StatementScenario(text);
        scenario.Add("the deal was fair", speaker: speaker, cue: "said", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        var entity = SpeakerOf(scenario, resolution, 0);
        entity.Name.Should().Be(name);
        entity.Kind.Should().Be(EntityKind.Person);
        entity.Gender.Should().Be(gender);
    }

    [Fact]
    public void A_pronoun_never_resolves_to_a_name_inside_a_quote()
    {
        var scenario = new StatementScenario(
            "Senator Tom Harris spoke after the vote. “I told Mr. Brown we would win, and Brown agreed,” he said.");
        scenario.Add("“I told Mr. Brown we would win, and Brown agreed,”", speaker: "he", cue: "said", speakerKind: MentionKind.Pronoun);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("Tom Harris");
    }

    [Fact]
    public void A_pronoun_prefers_the_subject_over_a_nearer_object()
    {
        var scenario = new StatementScenario(
            "Mayor John Smith criticised Governor Tom Jones on Monday. “This is a disgrace,” he said.");
        scenario.Add("“This is a disgrace,”", speaker: "he", cue: "said", speakerKind: MentionKind.Pronoun);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("John Smith");
    }

    [Fact]
    public void A_pronoun_prefers_the_current_speaker()
    {
        var scenario = new StatementScenario(
            "Speaking to Reuters, Guterres accused Israel of violations.\n“What’s happening in Gaza is totally unacceptable,” he said.",
            new DateOnly(2024, 9, 27));
        scenario.Add("Israel of violations", speaker: "Guterres", cue: "accused", addressee: "Reuters", kind: StatementKind.Indirect);
        scenario.Add("“What’s happening in Gaza is totally unacceptable,”", speaker: "he", cue: "said", speakerKind: MentionKind.Pronoun);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 1).Should().BeSameAs(SpeakerOf(scenario, resolution, 0));
        SpeakerOf(scenario, resolution, 1).Gender.Should().Be(Gender.Male, "he tells the gender");
        SpeakerOf(scenario, resolution, 1).Aliases.Should().Contain("he");
    }

    [Fact]
    public void She_skips_a_nearer_man()
    {
        var scenario = new StatementScenario(
            "Ms. Lee met Mr. Park in Seoul. “We agreed on everything,” she said.");
        scenario.Add("“We agreed on everything,”", speaker: "she", cue: "said", speakerKind: MentionKind.Pronoun);
        var resolution = scenario.ResolveEntities();
        var lee = SpeakerOf(scenario, resolution, 0);
        lee.Name.Should().Be("Lee");
        lee.Gender.Should().Be(Gender.Female);
    }

    [Fact]
    public void Two_people_of_one_surname_stay_apart_and_the_surname_means_the_last_named()
    {
        var scenario = new StatementScenario(
            "Bill Clinton said the campaign was over. Hillary Clinton said it had only begun. “We will win,” Clinton added.");
        scenario.Add("the campaign was over", speaker: "Bill Clinton", cue: "said", kind: StatementKind.Indirect);
        scenario.Add("it had only begun", speaker: "Hillary Clinton", cue: "said", kind: StatementKind.Indirect);
        scenario.Add("“We will win,”", speaker: "Clinton", cue: "added");
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("Bill Clinton");
        SpeakerOf(scenario, resolution, 1).Name.Should().Be("Hillary Clinton");
        SpeakerOf(scenario, resolution, 2).Should().BeSameAs(SpeakerOf(scenario, resolution, 1));
        resolution.Entities.Should().HaveCount(2);
    }

    [Fact]
    public void An_organisation_speaks_and_is_referred_to_by_its_head_noun_and_by_it()
    {
        var scenario = new StatementScenario(
            "The Ministry of Health said on Tuesday that 40 people had died. The ministry said the toll could rise. It said aid was blocked.");
        scenario.Add("40 people had died", speaker: "The Ministry of Health", cue: "said", speakerKind: MentionKind.Organization, kind: StatementKind.Indirect);
        scenario.Add("the toll could rise", speaker: "The ministry", cue: "said", speakerKind: MentionKind.Nominal, kind: StatementKind.Indirect);
        scenario.Add("aid was blocked", speaker: "It", cue: "said", speakerKind: MentionKind.Pronoun, kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        var ministry = SpeakerOf(scenario, resolution, 0);
        ministry.Name.Should().Be("the Ministry of Health");
        ministry.Kind.Should().Be(EntityKind.Organization);
        SpeakerOf(scenario, resolution, 1).Should().BeSameAs(ministry);
        SpeakerOf(scenario, resolution, 2).Should().BeSameAs(ministry);
    }

    [Fact]
    public void A_media_nominal_resolves_to_the_news_outlet_an_appositive_describes()
    {
        var scenario = new StatementScenario(
            "Guterres made the same complaint in January to Al Jazeera, the Qatar-based news outlet whose journalists had their press cards revoked.\nGuterres told the broadcaster that he has “asked to speak to Prime Minister Netanyahu.”");
        scenario.Add("he has “asked to speak to Prime Minister Netanyahu.”", speaker: "Guterres", cue: "told", addressee: "the broadcaster", kind: StatementKind.Mixed);
        var resolution = scenario.ResolveEntities();
        var outlet = resolution.EntityOf(scenario.Drafts[0].Addressee)!;
        outlet.Name.Should().Be("Al Jazeera");
        outlet.Kind.Should().Be(EntityKind.Organization);
        outlet.Titles.Should().Contain("Qatar-based news outlet");
        outlet.Aliases.Should().Contain("the broadcaster");
    }

    [Fact]
    public void A_title_nominal_resolves_to_the_person_with_that_title()
    {
        var scenario = new StatementScenario(
            "United Nations Secretary-General António Guterres visited Kyiv. The secretary-general said the war must end.");
        scenario.Add("the war must end", speaker: "The secretary-general", cue: "said", speakerKind: MentionKind.Nominal, kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("António Guterres");
    }

    [Fact]
    public void Groups_and_anonymous_sources()
    {
        var scenario = new StatementScenario(
            "Israeli officials said the strike was precise. A senior official who asked not to be named said more strikes were planned. Many Israeli civil society groups and U.S. Jewish organizations said the U.N. was biased. Officials said the talks would resume.");
        scenario.Add("the strike was precise", speaker: "Israeli officials", cue: "said", speakerKind: MentionKind.Nominal, kind: StatementKind.Indirect);
        scenario.Add("more strikes were planned", speaker: "A senior official who asked not to be named", cue: "said", speakerKind: MentionKind.Anonymous, kind: StatementKind.Indirect);
        scenario.Add("the U.N. was biased", speaker: "Many Israeli civil society groups and U.S. Jewish organizations", cue: "said", speakerKind: MentionKind.Nominal, kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        var officials = SpeakerOf(scenario, resolution, 0);
        officials.Kind.Should().Be(EntityKind.Group);
        officials.Name.Should().Be("Israeli officials");
        SpeakerOf(scenario, resolution, 1).Kind.Should().Be(EntityKind.Anonymous);
        var groups = SpeakerOf(scenario, resolution, 2);
        groups.Kind.Should().Be(EntityKind.Group);
        groups.Name.Should().Be("Israeli civil society groups and U.S. Jewish organizations");
    }

    [Fact]
    public void A_speaker_for_an_organisation_is_not_the_organisation()
    {
        var scenario = new StatementScenario("A spokesman for Hamas said the offer was rejected.");
        scenario.Add("the offer was rejected", speaker: "A spokesman for Hamas", cue: "said", speakerKind: MentionKind.Nominal, kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        var speaker = SpeakerOf(scenario, resolution, 0);
        speaker.Name.Should().Be("A spokesman for Hamas");
        speaker.Kind.Should().Be(EntityKind.Anonymous);
    }

    [Fact]
    public void A_carried_speaker_keeps_its_entity()
    {
        var scenario = new StatementScenario(
            "“The State of Israel cannot sit idly by,” Danny Danon said. “The activity of the IDF forces is intended to thwart attacks.”");
        scenario.Add("“The State of Israel cannot sit idly by,”", speaker: "Danny Danon", cue: "said");
        scenario.Add("“The activity of the IDF forces is intended to thwart attacks.”", carriedFrom: 0);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 1).Should().BeSameAs(SpeakerOf(scenario, resolution, 0));
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("Danny Danon");
    }

    [Fact]
    public void A_sentence_initial_word_is_a_name_only_with_evidence()
    {
        var scenario = new StatementScenario(
            "Speaking to reporters, Guterres said the talks had failed. Guterres said they would resume.");
        scenario.Add("the talks had failed", speaker: "Guterres", cue: "said", kind: StatementKind.Indirect);
        scenario.Add("they would resume", speaker: "Guterres", cue: "said", occurrence: 0, kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        resolution.Entities.Should().ContainSingle().Which.Name.Should().Be("Guterres");
    }

    [Fact]
    public void I_inside_a_quote_is_the_speaker_of_the_quote()
    {
        var scenario = new StatementScenario(
            "“I suspect they won’t do that,” said Mayor Ann Kelly.");
        scenario.Add("“I suspect they won’t do that,”", speaker: "Mayor Ann Kelly", cue: "said");
        var inner = scenario.Add("they won’t do that", kind: StatementKind.Indirect);
        inner.Cue = scenario.Find("suspect");
        inner.Speaker = scenario.Find("I");
        inner.SpeakerKind = MentionKind.Pronoun;
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 1).Should().BeSameAs(SpeakerOf(scenario, resolution, 0));
        SpeakerOf(scenario, resolution, 1).Name.Should().Be("Ann Kelly");
    }

    [Fact]
    public void I_outside_quotes_in_an_interview_is_the_person_it_is_about()
    {
        var scenario = new StatementScenario(
            "Wikinews interviews biologist Nick Bos about ants\n\nWhat did you find?\n\nI think the ants medicate themselves.");
        scenario.Add("the ants medicate themselves", speaker: "I", cue: "think", speakerKind: MentionKind.Pronoun, kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("Nick Bos");
    }

    [Fact]
    public void I_in_an_interview_is_not_the_photographer_credited_under_the_guest_picture()
    {
        var scenario = new StatementScenario(
            "The road to a water treaty\n\nTeodor Wirsang image: Michael Carter.\n\nMinister, is a treaty still possible?\n\n"
            + "I believe the treaty will be signed within a year.");
        scenario.Add("the treaty will be signed within a year", speaker: "I", cue: "believe", speakerKind: MentionKind.Pronoun, kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("Teodor Wirsang");
    }

    [Fact]
    public void I_in_an_interview_stays_with_the_named_guest_over_a_name_of_unknown_kind_after_the_opening()
    {
        var scenario = new StatementScenario(
            "Wikinews interviews biologist Nick Bos about ants\n\nWhat did you find?\n\nThe colony sat near a farm. The farm belongs to Orvan Tesk. "
            + "It was dry. Rain came late. The ants moved. Workers died.\n\nI think the ants medicate themselves.");
        scenario.Add("the ants medicate themselves", speaker: "I", cue: "think", speakerKind: MentionKind.Pronoun, kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("Nick Bos");
    }

    [Fact]
    public void I_in_narration_before_anyone_is_named_is_the_author_not_a_person_named_later()
    {
        var scenario = new StatementScenario(
            "Markets opened quietly on Monday. I think the deal will collapse before the vote.\n\n"
            + "Later in the day, Maria Lopez, a trader at a Chicago firm, said prices fell.");
        scenario.Add("the deal will collapse before the vote", speaker: "I", cue: "think", speakerKind: MentionKind.Pronoun, kind: StatementKind.Indirect);
        scenario.Add("prices fell", speaker: "Maria Lopez", cue: "said", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        resolution.EntityOf(scenario.Drafts[0].Speaker).Should().BeNull("the author of the piece is nobody the text names");
        SpeakerOf(scenario, resolution, 1).Name.Should().Be("Maria Lopez");
    }

    [Fact]
    public void He_can_stand_for_a_full_name_whose_first_name_no_list_has_but_not_over_a_nearer_subject()
    {
        var scenario = new StatementScenario(
            "Talks resumed in Geneva on Monday. And the head of the alliance, Oyelaran Bakare, he explained that members must pay more.");
        scenario.Add("members must pay more", speaker: "he", cue: "explained", speakerKind: MentionKind.Pronoun, kind: StatementKind.Indirect);
        SpeakerOf(scenario, scenario.ResolveEntities(), 0).Name.Should().Be("Oyelaran Bakare");

        var trap = new StatementScenario("Talks resumed on Monday. John Miller met Teodor Wirsang in Oslo. He said the deal was close.");
        trap.Add("the deal was close", speaker: "He", cue: "said", speakerKind: MentionKind.Pronoun, kind: StatementKind.Indirect);
        SpeakerOf(trap, trap.ResolveEntities(), 0).Name.Should().Be("John Miller");
    }

    [Fact]
    public void Two_people_joined_by_and_are_a_group()
    {
        var scenario = new StatementScenario("George Bush and James Baker promised that NATO would not expand.");
        scenario.Add("NATO would not expand", speaker: "George Bush and James Baker", cue: "promised", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        var group = SpeakerOf(scenario, resolution, 0);
        group.Kind.Should().Be(EntityKind.Group);
        group.Name.Should().Be("George Bush and James Baker");
    }

    [Fact]
    public void A_bare_organisation_head_names_the_body_named_before()
    {
        var scenario = new StatementScenario(
            "Paris worked for the Church of Scientology for years. The Church said her claims were false.");
        scenario.Add("her claims were false", speaker: "The Church", cue: "said", speakerKind: MentionKind.Organization, kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("the Church of Scientology");
    }

    [Fact]
    public void An_honorific_inside_a_title_starts_the_name()
    {
        var scenario = new StatementScenario("Undersecretary for Education Mr. Toccafondi said the schools must pay.");
        scenario.Add("the schools must pay", speaker: "Undersecretary for Education Mr. Toccafondi", cue: "said", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        var entity = SpeakerOf(scenario, resolution, 0);
        entity.Name.Should().Be("Toccafondi");
        entity.Gender.Should().Be(Gender.Male);
    }

    [Fact]
    public void Without_drafts_or_text_there_are_no_entities()
    {
        new StatementScenario("").ResolveEntities().Entities.Should().BeEmpty();
        new StatementScenario("Guterres said nothing.").ResolveEntities().Entities.Should().BeEmpty();
    }
}

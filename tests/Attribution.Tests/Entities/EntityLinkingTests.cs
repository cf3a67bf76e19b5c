using Attribution.Entities;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Entities;

public class EntityLinkingTests
{
    private static Entity SpeakerOf(StatementScenario scenario, EntityResolution resolution, int draft) => scenario.SpeakerEntity(resolution, draft);

    [Fact]
    public void An_acronym_after_the_spelled_out_name_is_the_same_organisation()
    {
        var scenario = new StatementScenario(
            "The World Health Organisation (WHO) recommends that every country should iodise salt. Doctors agree.\n\nWHO says iodine deficiency is the most preventable cause of brain damage.");
        scenario.Add("iodine deficiency is the most preventable cause of brain damage", speaker: "WHO", cue: "says", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        var who = SpeakerOf(scenario, resolution, 0);
        who.Name.Should().Be("the World Health Organisation");
        who.Kind.Should().Be(EntityKind.Organization);
    }

    [Fact]
    public void A_spelled_out_name_after_the_acronym_names_the_body_and_dotted_acronyms_match()
    {
        var scenario = new StatementScenario(
            "The NHS said waiting lists had grown. A spokesman for the National Health Service added that staff were stretched.\n\n"
            + "Separately, the United Nations warned of famine. The U.N. said aid was blocked.");
        scenario.Add("waiting lists had grown", speaker: "The NHS", cue: "said", kind: StatementKind.Indirect);
        scenario.Add("aid was blocked", speaker: "The U.N.", cue: "said", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("the National Health Service");
        var un = SpeakerOf(scenario, resolution, 1);
        un.Name.Should().EndWith("United Nations");
        un.Kind.Should().Be(EntityKind.Organization);
    }

    [Fact]
    public void A_first_name_spelled_two_ways_with_one_surname_is_one_person_under_the_first_spelling()
    {
        var scenario = new StatementScenario(
            "The show was curated by Kristin Holloway of the city museum.\n\n"
            + "The prints were donated to the museum, according to Kristen Holloway, its curator.\n\n"
            + "Holloway said the collection would tour next year.");
        scenario.Add("the collection would tour next year", speaker: "Holloway", cue: "said", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("Kristin Holloway");
    }

    [Fact]
    public void Two_people_of_one_surname_with_different_first_names_stay_apart()
    {
        var scenario = new StatementScenario(
            "Maria Lopez runs the clinic with her brother Carlos Lopez.\n\nLopez said the clinic would stay open.");
        scenario.Add("the clinic would stay open", speaker: "Lopez", cue: "said", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("Carlos Lopez");
    }

    [Fact]
    public void A_nominal_speaker_followed_by_a_name_in_apposition_is_that_person()
    {
        var scenario = new StatementScenario(
            "Teams competed in pairs. According to the Kenyan team's coach, Amina Wanjiru, the robot scored twice in the first round.\n\n"
            + "Wanjiru said the girls had trained for months.");
        scenario.Add("the robot scored twice in the first round", speaker: "the Kenyan team's coach", cue: "According to", kind: StatementKind.Indirect);
        scenario.Add("the girls had trained for months", speaker: "Wanjiru", cue: "said", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        var coach = SpeakerOf(scenario, resolution, 0);
        coach.Name.Should().Be("Amina Wanjiru");
        coach.Kind.Should().Be(EntityKind.Person);
        coach.Titles.Should().Contain("Kenyan team's coach");
        SpeakerOf(scenario, resolution, 1).Should().BeSameAs(coach);
    }

    [Fact]
    public void A_nominal_followed_by_a_country_or_an_unclosed_name_is_not_linked_to_it()
    {
        var scenario = new StatementScenario(
            "According to the ministry, Israel, which denies the claim, has closed the crossing.");
        scenario.Add("Israel, which denies the claim, has closed the crossing", speaker: "the ministry", cue: "According to", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("the ministry");
    }

    [Fact]
    public void A_lower_case_masthead_word_is_no_news_outlet()
    {
        var scenario = new StatementScenario(
            "The Daily Telegraph first reported the attack on Monday.\n\n"
            + "\u201cThe site is down,\u201d said the post by an anonymous author on a forum.");
        scenario.Add("\u201cThe site is down,\u201d", speaker: "the post", cue: "said");
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("the post");
    }

    [Fact]
    public void A_headline_description_takes_the_name_the_story_gives_it_next()
    {
        var scenario = new StatementScenario(
            "Kenyan farmer says drought destroyed his harvest\n\nMonday, March 4, 2024\n\n"
            + "Joseph Kamau, a Kenyan farmer from Machakos, says the drought destroyed his entire maize harvest this year.");
        scenario.Add("drought destroyed his harvest", speaker: "Kenyan farmer", cue: "says", kind: StatementKind.Indirect);
        scenario.Add("the drought destroyed his entire maize harvest this year", speaker: "Joseph Kamau, a Kenyan farmer from Machakos", cue: "says", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        var farmer = SpeakerOf(scenario, resolution, 0);
        farmer.Name.Should().Be("Joseph Kamau");
        SpeakerOf(scenario, resolution, 1).Should().BeSameAs(farmer);
        resolution.Entities.Should().ContainSingle();
    }

    [Fact]
    public void A_title_nominal_before_any_name_takes_the_next_name_with_that_title()
    {
        var scenario = new StatementScenario(
            "The prime minister said the budget would be balanced by 2026. Opposition parties were sceptical.\n\n"
            + "Prime Minister Anna Lindqvist told parliament that spending cuts would follow.");
        scenario.Add("the budget would be balanced by 2026", speaker: "The prime minister", cue: "said", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("Anna Lindqvist");
    }

    [Fact]
    public void A_description_is_not_named_by_a_later_name_with_another_description()
    {
        var scenario = new StatementScenario(
            "The farmer said the rains came too late. Prices rose in the capital.\n\n"
            + "Peter Otieno, a trader in Nairobi, said maize had doubled in price.");
        scenario.Add("the rains came too late", speaker: "The farmer", cue: "said", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("The farmer");
    }

    [Fact]
    public void The_report_refers_to_the_study_named_last()
    {
        var scenario = new StatementScenario(
            "The findings of the National Household Water Survey, published on Tuesday, show that one in five homes lacks clean water.\n\n"
            + "The report says the problem is worst in rural districts.");
        scenario.Add("the problem is worst in rural districts", speaker: "The report", cue: "says", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        var report = SpeakerOf(scenario, resolution, 0);
        report.Name.Should().EndWith("National Household Water Survey");
        report.Kind.Should().Be(EntityKind.Organization);
    }

    [Fact]
    public void A_report_with_no_named_study_before_it_stays_a_description()
    {
        var scenario = new StatementScenario(
            "Officials from the Ministry of Health met on Monday.\n\nThe report says clinics ran out of vaccines in March.");
        scenario.Add("clinics ran out of vaccines in March", speaker: "The report", cue: "says", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("The report");
    }

    [Fact]
    public void A_demonym_before_a_lone_organisation_noun_stays_in_the_name()
    {
        var scenario = new StatementScenario("The Canadian Press reported that the documents were found on a street.");
        scenario.Add("the documents were found on a street", speaker: "The Canadian Press", cue: "reported", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("the Canadian Press");
    }

    [Fact]
    public void The_city_refers_to_the_place_named_last_and_speaks_as_a_body()
    {
        var scenario = new StatementScenario(
            "Two private schools in Bergamo were told to pay 90,000 euros in back taxes.\n\n"
            + "The city argued that the schools charge fees like any business.");
        scenario.Add("the schools charge fees like any business", speaker: "The city", cue: "argued", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        var city = SpeakerOf(scenario, resolution, 0);
        city.Name.Should().Be("Bergamo");
        city.Kind.Should().Be(EntityKind.Organization);
    }

    [Fact]
    public void The_city_with_no_place_named_before_it_stays_a_description()
    {
        var scenario = new StatementScenario("The city argued that the schools charge fees like any business.");
        scenario.Add("the schools charge fees like any business", speaker: "The city", cue: "argued", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("The city");
    }

    [Fact]
    public void A_person_named_before_for_or_of_an_organisation_is_the_person_and_a_spokesman_for_a_body_is_not_the_body()
    {
        var scenario = new StatementScenario(
            "Iodine levels in children have fallen.\n\nMartha Kellerman for the Water Quality Board says the board is reviewing its guidelines. "
            + "She said a decision was due in May.\n\nGeorge Hammond of Pacific Mining Corp said the company would comply. "
            + "A spokesman for the Water Quality Board declined to comment.\n\nTavita Oloapu of the Pacific Islands Forum said talks would resume.");
        scenario.Add("the board is reviewing its guidelines", speaker: "Martha Kellerman for the Water Quality Board", cue: "says", kind: StatementKind.Indirect);
        scenario.Add("a decision was due in May", speaker: "She", cue: "said", kind: StatementKind.Indirect);
        scenario.Add("the company would comply", speaker: "George Hammond of Pacific Mining Corp", cue: "said", kind: StatementKind.Indirect);
        scenario.Add("talks would resume", speaker: "Tavita Oloapu of the Pacific Islands Forum", cue: "said", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        var kellerman = SpeakerOf(scenario, resolution, 0);
        kellerman.Name.Should().Be("Martha Kellerman");
        kellerman.Kind.Should().Be(EntityKind.Person);
        SpeakerOf(scenario, resolution, 1).Name.Should().Be("Martha Kellerman");
        SpeakerOf(scenario, resolution, 2).Name.Should().Be("George Hammond");
        SpeakerOf(scenario, resolution, 3).Name.Should().Be("Tavita Oloapu");
    }

    [Fact]
    public void An_organisation_whose_name_holds_for_or_of_stays_the_organisation()
    {
        var scenario = new StatementScenario(
            "The Centers for Disease Control and Prevention said cases were rising. The Bank of England said rates would hold.");
        scenario.Add("cases were rising", speaker: "The Centers for Disease Control and Prevention", cue: "said", kind: StatementKind.Indirect);
        scenario.Add("rates would hold", speaker: "The Bank of England", cue: "said", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().EndWith("Centers for Disease Control and Prevention");
        SpeakerOf(scenario, resolution, 1).Name.Should().EndWith("Bank of England");
    }

    [Fact]
    public void A_surname_misspelt_by_a_letter_or_two_is_the_person_named_in_full_before()
    {
        var scenario = new StatementScenario(
            "Rachel Brightmann, a spokeswoman for the agency, said the rules were under review.\n\n"
            + "Ms Brightman said a decision was due in May. Later, Dennis Falkner of the port authority said ships were waiting. Falkne said delays would ease.");
        scenario.Add("a decision was due in May", speaker: "Ms Brightman", cue: "said", kind: StatementKind.Indirect);
        scenario.Add("delays would ease", speaker: "Falkne", cue: "said", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("Rachel Brightmann");
        SpeakerOf(scenario, resolution, 1).Name.Should().Be("Dennis Falkner");
    }

    [Fact]
    public void A_surname_close_to_two_people_or_short_or_far_from_any_is_not_taken_for_a_misspelling()
    {
        var scenario = new StatementScenario(
            "Carl Hansen and his neighbour Maria Hanson both farm near the river. Peter Lee runs the mill.\n\n"
            + "Hansan said the river had flooded twice. Lew said the mill was dry. Hartmann said the town would help.");
        scenario.Add("the river had flooded twice", speaker: "Hansan", cue: "said", kind: StatementKind.Indirect);
        scenario.Add("the mill was dry", speaker: "Lew", cue: "said", kind: StatementKind.Indirect);
        scenario.Add("the town would help", speaker: "Hartmann", cue: "said", kind: StatementKind.Indirect);
        var resolution = scenario.ResolveEntities();
        SpeakerOf(scenario, resolution, 0).Name.Should().Be("Hansan");
        SpeakerOf(scenario, resolution, 1).Name.Should().Be("Lew");
        SpeakerOf(scenario, resolution, 2).Name.Should().Be("Hartmann");
    }
}

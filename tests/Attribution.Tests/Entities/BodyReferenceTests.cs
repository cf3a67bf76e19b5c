namespace Attribution.Tests.Entities;

/// <summary>
/// A body named once and then referred to as <c>it</c> or by its kind (<c>the company</c>, <c>the group</c>): the later
/// statements resolve to the named body, which becomes an organisation; a name after <c>the</c> is a body's.
/// </summary>
public sealed class BodyReferenceTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Fact]
    public void It_after_a_lone_company_name_speaks_for_the_company()
    {
        var result = Extractor.Extract("Boeing said on Friday that deliveries would resume in March. It added that the fix had been approved by regulators.");

        result.Statements.Should().HaveCount(2);
        var boeing = result.Statements[0].Speaker!.Entity!;
        boeing.Name.Should().Be("Boeing");
        boeing.Kind.Should().Be(EntityKind.Organization);
        result.Statements[1].Speaker!.Entity.Should().Be(boeing);
    }

    [Theory]
    [InlineData("Royal Caribbean said on Monday it would suspend sailings from Miami until March. It added that passengers would receive full refunds.", "Royal Caribbean")]
    [InlineData("Morgan Stanley told clients to sell bonds. It said yields would climb as the deficit grew.", "Morgan Stanley")]
    public void It_speaking_after_a_name_that_only_looks_like_a_person_s_makes_it_a_body(string text, string name)
    {
        var result = Extractor.Extract(text);

        result.Statements.Should().HaveCountGreaterThan(0);
        var body = result.Statements[^1].Speaker!.Entity!;
        body.Name.Should().Be(name);
        body.Kind.Should().Be(EntityKind.Organization);
    }

    [Fact]
    public void It_does_not_turn_a_person_called_she_into_a_body()
    {
        var result = Extractor.Extract("Lisa Chen said the plan was sound. She said it was overdue. It added that costs would fall.");

        var chen = result.Entities.Should().ContainSingle(e => e.Name == "Lisa Chen").Subject;
        chen.Kind.Should().Be(EntityKind.Person);
        result.Statements[^1].Speaker!.Entity.Should().NotBe(chen);
    }

    [Theory]
    [InlineData("Novartis said its new drug cut relapses by a third. The company said it would seek approval next year.", "Novartis")]
    [InlineData("Hezbollah said two of its fighters were killed in the strike. The group vowed to respond.", "Hezbollah")]
    [InlineData("Passenger numbers rose 12 percent at budget carrier Ryanair in May. The airline said summer fares would stay high.", "Ryanair")]
    [InlineData("Unilever said prices would rise again. The consumer goods company said costs were still climbing.", "Unilever")]
    public void A_kind_noun_refers_back_to_the_body_named_before(string text, string name)
    {
        var result = Extractor.Extract(text);

        var named = result.Entities.Should().ContainSingle(e => e.Name == name).Subject;
        named.Kind.Should().Be(EntityKind.Organization);
        result.Statements[^1].Speaker!.Entity.Should().Be(named);
    }

    [Fact]
    public void A_kind_noun_does_not_reach_back_past_the_pronoun_window()
    {
        var result = Extractor.Extract(
            "Siemens said orders rose. Analysts were surprised. Shares climbed 4 percent. Traders bought the stock. Volumes doubled. "
            + "The company said it would hire 2,000 engineers.");

        result.Statements[^1].Speaker!.Entity!.Name.Should().NotBe("Siemens");
    }

    [Fact]
    public void A_person_named_in_full_is_not_what_the_company_refers_to()
    {
        var result = Extractor.Extract("Maria Lopez said the plant would close. The company said 300 jobs would go.");

        result.Statements[1].Speaker!.Entity!.Name.Should().NotBe("Maria Lopez");
    }

    [Fact]
    public void He_after_a_lone_name_makes_it_a_person_and_it_does_not_follow()
    {
        var result = Extractor.Extract("Okonkwo said the election was rigged. He said he would appeal.");

        var okonkwo = result.Statements[0].Speaker!.Entity!;
        okonkwo.Kind.Should().Be(EntityKind.Person);
        result.Statements[1].Speaker!.Entity.Should().Be(okonkwo);
    }

    [Theory]
    [InlineData("The Federal Reserve said it would keep rates on hold.", "the Federal Reserve")]
    [InlineData("The Taliban said the talks had been postponed.", "the Taliban")]
    [InlineData("Officials at the Vatican said the pope would travel in May. The Vatican said the visit would last three days.", "the Vatican")]
    public void A_name_after_the_is_an_organisation(string text, string name)
    {
        var speaker = Extractor.Extract(text).Statements[^1].Speaker!;

        speaker.Entity!.Name.Should().Be(name);
        speaker.Entity.Kind.Should().Be(EntityKind.Organization);
    }

    [Fact]
    public void A_titled_name_after_the_stays_a_person()
    {
        var speaker = Extractor.Extract("The Rev. Thomas Achebe said the church would stay open.").Statements.Should().ContainSingle().Subject.Speaker!;

        speaker.Entity!.Kind.Should().Be(EntityKind.Person);
    }
}

namespace Attribution.Tests.Entities;

/// <summary>
/// Company and body names the first-name lists cannot type: a name of several words whose first is no known first name
/// (<c>Goldman Sachs</c>, <c>Exxon Mobil</c>) stays untyped until <c>it</c> or a kind noun makes it a body; company-name
/// endings (<c>General Motors</c>); demonyms inside a body's name (<c>the British Medical Association</c>); a lone
/// unknown name opening a sentence with a description in apposition (<c>Ryanair, Europe's largest carrier,</c>).
/// </summary>
public sealed class CompanyNameTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Theory]
    [InlineData("Credit Suisse said on Monday it would shed 9,000 jobs. The bank said the cuts would save $1 billion a year.", "Credit Suisse")]
    [InlineData("Kraft Heinz said volumes had recovered. The food company said it expected higher sales. It added that prices would rise.", "Kraft Heinz")]
    [InlineData("Exxon Mobil warned that lower prices would hurt earnings. The oil major said margins had narrowed.", "Exxon Mobil")]
    public void A_kind_noun_or_it_after_a_two_word_company_name_speaks_for_it(string text, string name)
    {
        var result = Extractor.Extract(text);

        var company = result.Entities.Should().ContainSingle(e => e.Name == name).Subject;
        company.Kind.Should().Be(EntityKind.Organization);
        result.Statements.Should().OnlyContain(s => s.Speaker!.Entity == company);
    }

    [Fact]
    public void A_foreign_leader_named_in_full_stays_a_person_for_he()
    {
        var result = Extractor.Extract("Xi Jinping said China would open its markets further. He said tariffs would fall next year.");

        var xi = result.Statements[0].Speaker!.Entity!;
        xi.Name.Should().Be("Xi Jinping");
        xi.Kind.Should().Be(EntityKind.Person);
        result.Statements[1].Speaker!.Entity.Should().Be(xi);
    }

    [Theory]
    [InlineData("General Motors said it would recall 48,000 pickup trucks.", "General Motors")]
    [InlineData("General Electric said its power unit would be spun off next year.", "General Electric")]
    [InlineData("Teva Pharmaceuticals said the generic drug would reach pharmacies in May.", "Teva Pharmaceuticals")]
    public void A_company_name_ending_makes_a_body_even_after_a_title_word(string text, string name)
    {
        var speaker = Extractor.Extract(text).Statements.Should().ContainSingle().Subject.Speaker!;

        speaker.Entity!.Name.Should().Be(name);
        speaker.Entity.Kind.Should().Be(EntityKind.Organization);
    }

    [Fact]
    public void A_demonym_after_the_is_part_of_a_body_name_and_the_shorter_name_is_the_same_body()
    {
        var result = Extractor.Extract(
            "The British Medical Association said junior doctors would strike for five days. "
            + "Later the Medical Association said talks with ministers had broken down.");

        result.Statements.Should().HaveCount(2);
        var body = result.Statements[0].Speaker!.Entity!;
        body.Name.Should().Be("the British Medical Association");
        body.Kind.Should().Be(EntityKind.Organization);
        result.Statements[1].Speaker!.Entity.Should().Be(body);
    }

    [Fact]
    public void A_demonym_in_a_with_clause_stays_in_the_speaker()
    {
        var statement = Extractor.Extract("Shoppers cut back in March, with the British Retail Consortium saying sales fell 2 percent.")
            .Statements.Should().ContainSingle().Subject;

        statement.Speaker!.Text.Should().Be("the British Retail Consortium");
    }

    [Theory]
    [InlineData("The Sunday Times said the minister would resign before the summer.", "The Sunday Times")]
    [InlineData("The minister would resign before the summer, the Sunday Telegraph reported.", "the Sunday Telegraph")]
    public void A_weekday_before_a_newspaper_head_is_part_of_its_name(string text, string speaker)
    {
        var statement = Extractor.Extract(text).Statements.Should().ContainSingle().Subject;

        statement.Speaker!.Text.Should().Be(speaker);
        statement.Speaker.Entity!.Kind.Should().Be(EntityKind.Organization);
    }

    [Fact]
    public void A_weekday_before_an_ordinary_capitalised_word_is_still_a_date()
    {
        var statement = Extractor.Extract("On Sunday Mayor Grace Otieno said the bridge would reopen.").Statements.Should().ContainSingle().Subject;

        statement.Speaker!.Entity!.Name.Should().Be("Grace Otieno");
        statement.Time!.Text.Should().Be("Sunday");
    }

    [Fact]
    public void A_lone_name_opening_a_sentence_with_an_appositive_is_what_the_kind_noun_refers_to()
    {
        var result = Extractor.Extract(
            "General Motors said it would cut output. Ryanair, Europe's biggest budget carrier, reported a 10 percent drop in profit. "
            + "The airline said fares had fallen.");

        var airline = result.Statements[^1].Speaker!.Entity!;
        airline.Name.Should().Be("Ryanair");
        airline.Kind.Should().Be(EntityKind.Organization);
    }

    [Fact]
    public void A_holiday_is_no_body_a_kind_noun_could_refer_to()
    {
        var result = Extractor.Extract(
            "Aldi, the German discounter, said last month that it had its best Christmas ever. The company said it would open 30 new stores this year.");

        result.Statements.Should().HaveCount(2);
        var aldi = result.Statements[0].Speaker!.Entity!;
        aldi.Name.Should().Be("Aldi");
        aldi.Kind.Should().Be(EntityKind.Organization);
        result.Statements[1].Speaker!.Entity.Should().Be(aldi);
        result.Entities.Should().NotContain(e => e.Name == "Christmas");
    }

    [Theory]
    [InlineData("Ofcom said it had fined the broadcaster 200,000 pounds. The regulator said the programme had misled viewers.", "Ofcom")]
    [InlineData("Glencore said copper output would fall this year. The miner said Chinese demand had weakened.", "Glencore")]
    [InlineData("Carlsberg said profit would beat its outlook. The brewer said a hot summer had lifted beer sales.", "Carlsberg")]
    public void Industry_kind_nouns_refer_back_to_the_company(string text, string name)
    {
        var result = Extractor.Extract(text);

        var speaker = result.Statements[^1].Speaker!.Entity!;
        speaker.Name.Should().Be(name);
        speaker.Kind.Should().Be(EntityKind.Organization);
    }

    [Fact]
    public void An_unknown_word_opening_a_sentence_without_an_appositive_is_not_a_name()
    {
        var result = Extractor.Extract("Speaking to reporters, Maria Lopez said the plant would close.");

        result.Entities.Should().NotContain(e => e.Name.StartsWith("Speaking", StringComparison.Ordinal));
        result.Statements.Should().ContainSingle().Which.Speaker!.Entity!.Name.Should().Be("Maria Lopez");
    }
}

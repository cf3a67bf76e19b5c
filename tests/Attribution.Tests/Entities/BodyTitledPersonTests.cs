namespace Attribution.Tests.Entities;

/// <summary>
/// A person whose title names the body they lead (<c>Bank of England Governor Andrew Bailey</c>, <c>Federal Reserve Bank of
/// New York President John Williams</c>): the run of capitalised words is the person's, with the body and role as the
/// title, so a later <c>he</c> or <c>she</c> finds them. A body's own name with a title word inside and no first name after
/// it stays the body's.
/// </summary>
public sealed class BodyTitledPersonTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Theory]
    [InlineData("Bank of England Governor Andrew Bailey told a conference in Washington that inflation was falling faster than expected. He did not say when rates would be cut.", "Andrew Bailey", "Bank of England Governor")]
    [InlineData("Federal Reserve Bank of New York President John Williams said policy was in a good place. He said inflation would ease.", "John Williams", "Federal Reserve Bank of New York President")]
    [InlineData("World Health Organization Director-General Tedros Adhanom Ghebreyesus said the outbreak was under control. He urged countries to share data.", "Tedros Adhanom Ghebreyesus", "World Health Organization Director-General")]
    public void A_title_naming_a_body_opens_a_person(string text, string name, string title)
    {
        var result = Extractor.Extract(text);

        var person = result.Statements[0].Speaker!.Entity!;
        person.Name.Should().Be(name);
        person.Kind.Should().Be(EntityKind.Person);
        person.Titles.Should().Contain(title);
        result.Statements.Should().HaveCount(2).And.OnlyContain(s => s.Speaker!.Entity == person);
    }

    [Fact]
    public void A_body_named_with_a_title_word_inside_stays_a_body()
    {
        var result = Extractor.Extract("The Association of Chief Police Officers said crime was down. It said the trend would continue.");

        var body = result.Statements[0].Speaker!.Entity!;
        body.Kind.Should().Be(EntityKind.Organization);
        result.Statements[1].Speaker!.Entity.Should().Be(body);
    }
}

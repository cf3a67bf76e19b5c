namespace Attribution.Tests.Entities;

/// <summary>A lone surname given an age (<c>Morrow, 61,</c>) is a person everywhere in the article, so a pronoun can refer to it.</summary>
public sealed class AgeAppositiveTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Fact]
    public void A_pronoun_after_a_lone_surname_refers_to_the_person_the_age_reveals_later()
    {
        const string text = "“Nobody should be singing,” one fan, who gave only his first name, said outside the stadium.\n\n"
            + "Asked if he feared for his job, Morrow smiled. “Every coach does,” he said.\n\n"
            + "Morrow, 61, has coached the club since 2019.";
        var statements = Extractor.Extract(text).Statements;
        var answer = statements.Should().ContainSingle(s => s.Content.Text == "“Every coach does,”").Subject;
        answer.Speaker!.Entity!.Name.Should().Be("Morrow");
        answer.Speaker.Entity.Kind.Should().Be(EntityKind.Person);
    }
}

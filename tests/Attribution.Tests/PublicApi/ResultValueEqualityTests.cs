using System.Collections.Immutable;
using Attribution.Tests.TestSupport;
using Attribution.Text;

namespace Attribution.Tests.PublicApi;

public sealed class ResultValueEqualityTests
{
    private const string Article =
        "“The ceasefire must hold,” Foreign Minister Ana Ruiz told reporters in Geneva on Tuesday. " +
        "Ruiz said the talks would resume next week. Officials in Madrid believe the deal is close.";

    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Fact]
    public void Two_extractions_of_the_same_text_are_equal_and_hash_alike()
    {
        var first = Extractor.Extract(Article, new DateOnly(2024, 9, 27));
        var second = AttributionExtractor.CreateDefault().Extract(new string(Article.AsSpan()), new DateOnly(2024, 9, 27));

        first.Statements.Should().NotBeEmpty();
        first.Entities.Should().NotBeEmpty();
        second.Should().NotBeSameAs(first);
        second.Should().Be(first);
        (second == first).Should().BeTrue();
        second.GetHashCode().Should().Be(first.GetHashCode());
        second.Statements[0].Should().Be(first.Statements[0]);
        second.Entities[0].Should().Be(first.Entities[0]);
    }

    [Fact]
    public void Results_that_differ_in_one_statement_or_entity_member_are_not_equal()
    {
        var result = Extractor.Extract(Article, new DateOnly(2024, 9, 27));
        var entity = result.Entities[0];
        var renamed = result with { Entities = result.Entities.SetItem(0, entity with { Aliases = entity.Aliases.Add("the minister") }) };
        var fewer = result with { Statements = result.Statements.RemoveAt(result.Statements.Length - 1) };
        var otherDate = Extractor.Extract(Article, new DateOnly(2025, 1, 10));

        renamed.Should().NotBe(result);
        fewer.Should().NotBe(result);
        otherDate.Should().NotBe(result, "the resolved time values differ");
    }

    [Fact]
    public void A_default_array_equals_an_empty_one()
    {
        var withDefault = new Entity(0, "Ana Ruiz", EntityKind.Person, Gender.Female, default, [], [new TextSpan(0, 8)]);
        var withEmpty = withDefault with { Aliases = ImmutableArray<string>.Empty };

        withDefault.Should().Be(withEmpty);
        withDefault.GetHashCode().Should().Be(withEmpty.GetHashCode());
        withDefault.ToString().Should().Contain("Aliases = []");
    }

    [Fact]
    public void ToString_lists_the_array_items_instead_of_the_array_type()
    {
        var result = SeedArticleResult.Build();
        var guterres = result.Entities[0];

        guterres.ToString().Should().Be(
            "Entity { Id = 0, Name = António Guterres, Kind = Person, Gender = Male, Aliases = [Guterres], " +
            "Titles = [United Nations Secretary-General], Mentions = [" + string.Join(", ", guterres.Mentions) + "] }");
        string printed = result.ToString();
        printed.Should().NotContain("ImmutableArray").And.Contain("Statements = [Statement { Kind = ").And.Contain("Entities = [Entity { Id = 0");
        result.Statements[0].ToString().Should().Contain("Fragments = [").And.NotContain("ImmutableArray");
    }

    [Fact]
    public void Segmentations_of_the_same_text_are_equal_and_print_their_spans()
    {
        var first = Extractor.Segment(Article);
        var second = Extractor.Segment(new string(Article.AsSpan()));

        second.Should().Be(first);
        second.GetHashCode().Should().Be(first.GetHashCode());
        first.Sentences.Should().HaveCount(3);
        first.ToString().Should().StartWith("TextSegmentation { Sentences = [[0..").And.NotContain("ImmutableArray");
        Extractor.Segment("One sentence only.").Should().NotBe(first);
    }

    [Fact]
    public void A_result_equals_itself_and_not_null()
    {
        var result = Extractor.Extract(Article);
        var statement = result.Statements[0];

        result.Equals(result).Should().BeTrue();
        result.Equals((AttributionResult?)null).Should().BeFalse();
        statement.Equals((Statement?)null).Should().BeFalse();
        new TextSegmentation([], []).Equals(null).Should().BeFalse();
    }
}

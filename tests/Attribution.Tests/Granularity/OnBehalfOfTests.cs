namespace Attribution.Tests.Granularity;

/// <summary><c>a spokesman for the ministry said</c>: the speaker is the spokesman, the ministry is <see cref="Statement.OnBehalfOf"/>.</summary>
public sealed class OnBehalfOfTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    [Theory]
    [InlineData("A spokesman for the ministry said the talks would resume next month.", "A spokesman for the ministry", "the ministry")]
    [InlineData("A spokeswoman for the Interior Ministry said the border would stay closed.", "A spokeswoman for the Interior Ministry", "the Interior Ministry")]
    [InlineData("A lawyer for Northwind Shipping said the company had broken no rules.", "A lawyer for Northwind Shipping", "Northwind Shipping")]
    public void A_spokesperson_speaks_on_behalf_of_the_organisation_named_after_for(string text, string speaker, string organisation)
    {
        var result = Extractor.Extract(text);
        var statement = result.Statements.Should().ContainSingle().Subject;

        statement.Speaker!.Text.Should().Be(speaker);
        statement.OnBehalfOf!.Text.Should().Be(organisation);
        statement.OnBehalfOf.Span.Slice(text).Should().Be(organisation);
        statement.OnBehalfOf.Entity!.Kind.Should().Be(EntityKind.Organization);
        result.Entities.Should().Contain(statement.OnBehalfOf.Entity);
        statement.Speaker.Entity.Should().NotBe(statement.OnBehalfOf.Entity);
    }

    [Fact]
    public void A_declining_spokesperson_has_it_too()
    {
        var decline = Extractor.Extract("A spokesman for the Port Authority declined to comment.").Declines.Should().ContainSingle().Subject;
        decline.Speaker!.Text.Should().Be("A spokesman for the Port Authority");
        decline.OnBehalfOf!.Text.Should().Be("the Port Authority");
    }

    [Theory]
    [InlineData("Maria Lopez, a friend of the family, said the couple had moved abroad.")]
    [InlineData("Hassan, a senior spokesman, said the border would stay closed.")]
    [InlineData("The head of the agency said the audit was complete.")]
    public void Other_roles_and_titles_have_no_on_behalf_of(string text)
    {
        Extractor.Extract(text).Statements.Should().ContainSingle().Which.OnBehalfOf.Should().BeNull();
    }

    [Theory]
    [InlineData("Interior Ministry spokesman Ali Hassan said the border would stay closed.", "Interior Ministry")]
    [InlineData("A Pentagon spokeswoman said the strikes were defensive.", "Pentagon")]
    [InlineData("White House spokeswoman Karine Dupree said the president had been briefed.", "White House")]
    [InlineData("The ministry's spokesman said the talks would continue.", "The ministry")]
    [InlineData("John Kirby, a spokesman for the National Security Council, said the strikes were defensive.", "the National Security Council")]
    [InlineData("“We are ready,” said Anna Berg, a spokeswoman for the city.", "the city")]
    public void The_body_before_the_role_or_in_an_appositive_is_named_too(string text, string organisation)
    {
        var statement = Extractor.Extract(text).Statements.Should().ContainSingle().Subject;
        statement.OnBehalfOf!.Text.Should().Be(organisation);
        statement.OnBehalfOf.Span.Slice(text).Should().Be(organisation);
    }
}

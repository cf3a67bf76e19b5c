namespace Attribution.Tests.Entities;

/// <summary>
/// A role with its complement before a name (<c>CEO of the Refugee Council Enver Solomon</c>, <c>Ambassador to the
/// United Nations Linda Thomas-Greenfield</c>, <c>the chief executive of the charity, Jane Moss,</c>): the speaker is the
/// person, whole phrase in the speaker span, and the body in the complement is not the speaker.
/// </summary>
public sealed class RoleComplementNameTests
{
    private static readonly AttributionExtractor Quote = AttributionExtractor.CreateDefault();
    private static readonly AttributionExtractor Act = new AttributionPipelineBuilder().WithGranularity(AttributionGranularity.Act).Build();

    [Theory]
    [InlineData("CEO of the Refugee Council Enver Solomon told Sky News the new questionnaire was flawed.", "CEO of the Refugee Council Enver Solomon", "Enver Solomon")]
    [InlineData("U.S. Ambassador to the United Nations Linda Thomas-Greenfield said the council had to act before the winter.", "U.S. Ambassador to the United Nations Linda Thomas-Greenfield", "Linda Thomas-Greenfield")]
    [InlineData("Executive director of the Dallas chapter Alia Salem said the boy wanted to use his fame for good causes.", "Executive director of the Dallas chapter Alia Salem", "Alia Salem")]
    [InlineData("The editor of the Sydney Morning Herald said the paper would appeal the ruling.", "The editor of the Sydney Morning Herald", "The editor of the Sydney Morning Herald")]
    public void A_role_and_its_complement_before_the_name_make_one_speaker(string text, string phrase, string entity)
    {
        foreach (var extractor in new[] { Quote, Act })
        {
            var statement = extractor.Extract(text).Statements.Should().ContainSingle().Subject;
            statement.Speaker!.Text.Should().Be(phrase);
            statement.Speaker.Entity!.Name.Should().Be(entity);
        }
    }

    [Fact]
    public void A_role_with_a_complement_in_apposition_to_a_name_is_that_person()
    {
        var result = Quote.Extract("The chief executive of the Refugee Council, Jane Moss, said the backlog was the result of years of neglect.");

        var statement = result.Statements.Should().ContainSingle().Subject;
        statement.Speaker!.Entity!.Name.Should().Be("Jane Moss");
        statement.Speaker.Entity.Kind.Should().Be(EntityKind.Person);
    }

    [Fact]
    public void A_body_in_the_complement_of_a_spokesman_stays_the_complement()
    {
        var result = Quote.Extract("A spokesman for the Ministry of Health said the clinics would stay open over the holidays.");

        var statement = result.Statements.Should().ContainSingle().Subject;
        statement.Speaker!.Text.Should().Be("A spokesman for the Ministry of Health");
        statement.Speaker.Entity!.Name.Should().NotBe("the Ministry of Health");
    }

    [Theory]
    [InlineData("Cynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville, said the images were a record of daily life.", "Cynthia Thompson")]
    [InlineData("Professor Cres Eastman, director of the National Iodine Nutrition Study, and chairman of the Australian Centre for Control of Iodine Deficiency Disorders, says it is crucial that children get enough iodine.", "Cres Eastman")]
    [InlineData("Tom Reyes, a longtime adviser to the governor, said the budget would pass before June.", "Tom Reyes")]
    public void A_name_before_an_appositive_holding_a_place_or_body_is_the_speaker(string text, string entity)
    {
        var statement = Quote.Extract(text).Statements.Should().ContainSingle().Subject;

        statement.Speaker!.Entity!.Name.Should().Be(entity);
    }

    [Theory]
    [InlineData("Human Rights Watch researcher Omar Shakir said the findings were damning.", "Omar Shakir")]
    [InlineData("Apple CEO Tim Cook said the company would keep its prices.", "Tim Cook")]
    public void A_body_name_before_a_role_title_still_gives_the_person(string text, string entity)
    {
        var statement = Quote.Extract(text).Statements.Should().ContainSingle().Subject;

        statement.Speaker!.Entity!.Name.Should().Be(entity);
    }

    [Theory]
    [InlineData("Republicans on the House Financial Services Committee said the Fed was moving too slowly.", "Republicans on the House Financial Services Committee")]
    [InlineData("Members of the Senate Banking Committee said the rules would be rewritten.", "Members of the Senate Banking Committee")]
    [InlineData("Officials at the Interior Ministry said the border would stay closed.", "Officials at the Interior Ministry")]
    public void People_of_a_body_are_a_group_not_the_body(string text, string phrase)
    {
        var statement = Quote.Extract(text).Statements.Should().ContainSingle().Subject;

        statement.Speaker!.Text.Should().Be(phrase);
        statement.Speaker.Entity!.Kind.Should().BeOneOf(EntityKind.Group, EntityKind.Anonymous);
        statement.Speaker.Entity.Name.Should().Be(phrase, "the people speak, not the body they belong to");
    }

    [Fact]
    public void She_does_not_refer_back_to_unnamed_officials()
    {
        var result = Quote.Extract("Officials said the border would stay closed. She told reporters that the plan was dead.");

        result.Statements.Should().HaveCount(2);
        result.Statements[1].Speaker!.Entity.Should().NotBeSameAs(result.Statements[0].Speaker!.Entity);
    }
}

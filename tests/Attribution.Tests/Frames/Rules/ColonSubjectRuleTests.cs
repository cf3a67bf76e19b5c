using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="ColonSubjectRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class ColonSubjectRuleTests
{
    [Theory]
    [InlineData("Union leader Sam Okafor was defiant: “We will stay out as long as it takes.”", "“We will stay out as long as it takes.”", "Union leader Sam Okafor")]
    [InlineData("Smith, the union's lawyer, put it bluntly: “They broke the law first.”", "“They broke the law first.”", "Smith")]
    [InlineData("The transport minister struck a different tone: “We remain at the table, and so should they.”", "“We remain at the table, and so should they.”", "The transport minister")]
    [InlineData("On Wednesday, Sunak defended the government's record: “We are bringing the numbers down month by month.”", "“We are bringing the numbers down month by month.”", "Sunak")]
    [InlineData("She was blunter still: “Nobody in this building is surprised.”", "“Nobody in this building is surprised.”", "She")]
    [InlineData("One longtime customer, Rosa Delgado, was more pointed: “He should be ashamed of himself.”", "“He should be ashamed of himself.”", "One longtime customer")]
    [InlineData("A neighbour, retired teacher Paul Grant, was less diplomatic: “They lied to us for years.”", "“They lied to us for years.”", "A neighbour")]
    [InlineData("Another regular, Tomas Grieve, was more pointed: “Shame on the landlord.”", "“Shame on the landlord.”", "Another regular")]
    [InlineData("The county's health department released a statement on Friday: “We are testing every well within two miles of the site.”", "“We are testing every well within two miles of the site.”", "The county's health department")]
    [InlineData("The team posted a message on its website: “Our thoughts are with the family tonight.”", "“Our thoughts are with the family tonight.”", "The team")]
    [InlineData("Ruiz sent a letter to the developer last week: “Your plan ignores the families who live here.”", "“Your plan ignores the families who live here.”", "Ruiz")]
    [InlineData("Her neighbour, Lars Berg, was even shorter: “Shame on them.”", "“Shame on them.”", "Her neighbour")]
    [InlineData("OTTAWA (Reuters) - Finance Minister Anita Roy defended the budget on Tuesday while promising relief for renters before winter: “We have made hard choices, and they are working.”",
        "“We have made hard choices, and they are working.”", "Finance Minister Anita Roy")]
    [InlineData("The chairman of the committee, Senator Paul Dunmore, defended his decision to hold the vote before the recess despite objections from members of his own party:\n\n“I would rather lose a vote than dodge one. The public deserves to know where each of us stands.”",
        "“I would rather lose a vote than dodge one. The public deserves to know where each of us stands.”", "The chairman of the committee")]
    [InlineData("Chancellor Ruth Amsel defended the spending plan while promising a \"full review\" of the rail budget: \"We will not cut a single line before the review reports.\"",
        "\"We will not cut a single line before the review reports.\"", "Chancellor Ruth Amsel")]
    [InlineData("The coach shrugged off talk of a “crisis” at the club: “We lost two games. That is all that happened.”",
        "“We lost two games. That is all that happened.”", "The coach")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<ColonSubjectRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
        found[0].Kind.Should().Be(StatementKind.Direct);
    }

    [Theory]
    [InlineData("The rules are clear: “No phones in class, no exceptions.”")]
    [InlineData("Police found a note in the car: “I am sorry for everything.”")]
    [InlineData("He had one message for voters: “Turn out on Tuesday.”")]
    [InlineData("The workers were told: “The plant closes at the end of the month.”")]
    [InlineData("It was simple: “Pay us what you owe us.”")]
    [InlineData("The tenants were sent a letter in March: “Your lease will not be renewed.”")]
    [InlineData("The family received a letter from the council: “Your claim has been rejected.”")]
    [InlineData("The front page of the tabloid read: “Minister Quits Over Leaked Tapes.”")]
    [InlineData("The old mill, a landmark since 1880, was quiet: “Closed until further notice.”")]
    [InlineData("The band released a new album: “Songs for the Drowned.”")]
    [InlineData("Okafor was defiant: “We will stay out,” he said, before leaving the hall.")]
    [InlineData("The minister said “we will see. Maybe” about the deal: “It depends on the vote in the Senate next week.”")]
    [InlineData("Voters in the district were asked a single question on the ballot:\n\n“Should the city sell its water utility to a private company?”")]
    [InlineData("The mayor, Jo Hart, was defiant:\n\n“We will not close the library.” The council voted to close it anyway.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<ColonSubjectRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void A_verb_of_saying_before_the_colon_stays_with_its_own_rule()
    {
        var found = FrameProbe.Find("The mayor said: “We will rebuild every house on this street.”");
        found.Should().ContainSingle().Which.Rule.Should().NotBe(nameof(ColonSubjectRule));
    }

    [Theory]
    [InlineData("Asked whether the strike would end this week, union leader Sam Okafor was blunt: “No.”", "union leader Sam Okafor", "“No.”")]
    [InlineData("The defence minister was just as clear: “Never!”", "The defence minister", "“Never!”")]
    public void A_one_word_reply_after_the_colon_is_the_subjects(string text, string speaker, string content)
    {
        var found = FrameProbe.By<ColonSubjectRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("The band released a new single on Friday: “Drowned.”")]
    [InlineData("The mayor had one word for the plan: “reckless”.")]
    [InlineData("The minister picked a title for the review: “Renewal”")]
    public void A_one_word_title_or_term_after_the_colon_is_not_a_reply(string text)
    {
        FrameProbe.By<ColonSubjectRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary>The shapes <see cref="BareClauseRule"/> is for, and the near misses it must leave alone (news sentences).</summary>
public sealed class BareClauseRuleTests
{
    [Theory]
    [InlineData("Officials say the road will reopen on Monday.", "the road will reopen on Monday", "Officials")]
    [InlineData("She said it was true.", "it was true", "She")]
    [InlineData("He asked whether the vote would count.", "whether the vote would count", "He")]
    [InlineData("The army said no civilians were hurt in the strike.", "no civilians were hurt in the strike", "The army")]
    [InlineData("The spokeswoman said no decision had been made.", "no decision had been made", "The spokeswoman")]
    [InlineData("The group said at least 80 reporters had been killed since October.", "at least 80 reporters had been killed since October", "The group")]
    [InlineData("Firefighters said more than 200 homes were destroyed overnight.", "more than 200 homes were destroyed overnight", "Firefighters")]
    [InlineData("The union said as many as 4,000 members voted to strike.", "as many as 4,000 members voted to strike", "The union")]
    public void Frames_the_shapes_it_is_for(string text, string content, string speaker)
    {
        var found = FrameProbe.By<BareClauseRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("They denied these allegations.")]
    [InlineData("He announced the start of the season.")]
    [InlineData("She said nothing.")]
    [InlineData("Photos released of the scene showed numerous bloodied bodies and scattered debris.")]
    [InlineData("The footage showed the damaged hull of the ferry.")]
    [InlineData("Asked whether he would stand again, he said no.")]
    [InlineData("Whether you believe it or not, the vote is on Tuesday.")]
    [InlineData("You cannot repeat mistakes because the world is not built on repetition.")]
    [InlineData("The auditors noticed and alerted the audit committee in March.")]
    [InlineData("A little-known militant group claimed responsibility for the bombing on Sunday.")]
    [InlineData("The incumbent conceded defeat shortly after midnight.")]
    [InlineData("The ministry claimed full responsibility for the outage.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<BareClauseRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Theory]
    [InlineData("A little-known militant group claimed responsibility for the bombing on Sunday.")]
    [InlineData("The incumbent conceded defeat shortly after midnight.")]
    public void An_act_noun_as_the_object_makes_no_statement(string text)
    {
        var found = FrameProbe.Find(text);
        found.Should().BeEmpty(FrameProbe.Describe(found));
    }

    /// <summary>
    /// claim, concede, agree, boast and reiterate take a won prize, a lost race or a deal as their object as often as a clause
    /// (they are not <c>+clausal</c>): a bare complement needs a verb to be reported.
    /// </summary>
    [Theory]
    [InlineData("The crash claimed the lives of three people.")]
    [InlineData("Sweden claimed the title after a late goal.")]
    [InlineData("Nadal claimed his 14th French Open crown on Sunday.")]
    [InlineData("The rebels claimed control of the town.")]
    [InlineData("The senator conceded the race on Wednesday night.")]
    [InlineData("The two sides agreed a ceasefire on Sunday.")]
    [InlineData("The ministry reiterated its support for the plan.")]
    [InlineData("The resort boasts a private beach and two pools.")]
    public void An_object_of_a_cue_that_also_names_an_act_is_no_clause(string text)
    {
        var found = FrameProbe.Find(text);
        found.Should().BeEmpty(FrameProbe.Describe(found));
    }

    [Theory]
    [InlineData("Critics claim officials lied about the cost.", "officials lied about the cost")]
    [InlineData("The company conceded the plan had flaws.", "the plan had flaws")]
    [InlineData("Most economists agree the recession is over.", "the recession is over")]
    [InlineData("The mayor boasted the city had never been safer.", "the city had never been safer")]
    [InlineData("The ministry reiterated the plan would go ahead.", "the plan would go ahead")]
    public void The_same_cues_still_report_a_clause_with_a_verb(string text, string content)
    {
        var found = FrameProbe.By<BareClauseRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
    }

    [Fact]
    public void An_act_noun_that_opens_a_clause_leaves_it_a_clause()
    {
        var s = Extracted.Single("The campaign manager conceded defeat was now all but certain.");
        s.Content.Text.Should().Be("defeat was now all but certain");
    }

    [Fact]
    public void Indirect_without_that()
    {
        var s = Extracted.Single("Researchers say almost half of all primary school children are iodine deficient.");
        s.Content.Text.Should().Be("almost half of all primary school children are iodine deficient");
        s.Speaker!.Text.Should().Be("Researchers");
    }

    [Theory]
    [InlineData("The minister said on Monday, the budget will be balanced by next spring.", "the budget will be balanced by next spring", "The minister")]
    [InlineData("As the inspector told the inquiry, the wiring had failed twice before the fire.", "the wiring had failed twice before the fire", "the inspector")]
    [InlineData("Economists estimated by 2030, rising demand would push water prices up by a third.", "rising demand would push water prices up by a third", "Economists")]
    public void A_comma_after_the_frames_adjuncts_opens_the_reported_clause(string text, string content, string speaker)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Indirect);
        statements[0].Content.Text.Should().Be(content);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The port authority said in a statement it was reviewing the dredging contract.", "it was reviewing the dredging contract", "The port authority")]
    [InlineData("Police said in a brief statement the two men had been released without charge.", "the two men had been released without charge", "Police")]
    [InlineData("The senator said in an interview she would not seek a fourth term.", "she would not seek a fourth term", "The senator")]
    [InlineData("The coach told a news conference on Monday his captain would miss the final.", "his captain would miss the final", "The coach")]
    [InlineData("The governor said in an interview with WFAA he had no plans to call a special session.", "he had no plans to call a special session", "The governor")]
    public void A_clause_after_a_statement_or_an_occasion_of_speaking_needs_no_that(string text, string content, string speaker)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Kind.Should().Be(StatementKind.Indirect);
        statements[0].Content.Text.Should().Be(content);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The mayor talked about the plan the council adopted in May.")]
    [InlineData("The minister spoke at the meeting his party held in May.")]
    public void A_clause_after_another_adjunct_object_is_left_alone(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }

    [Fact]
    public void A_relative_clause_after_the_addressee_is_not_the_content()
    {
        var statements = Extracted.Find("The governor told reporters, who had waited outside for hours, very little.");
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }

    [Theory]
    [InlineData("Coach Ray Dunn joined the club in 2004 and announced his retirement last month.")]
    [InlineData("The museum confirmed the loan last week.")]
    public void An_object_followed_by_a_time_phrase_is_not_a_reported_clause(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }

    [Theory]
    [InlineData("The lawyer stated Moreno left the company in March after a dispute over pay.", "Moreno left the company in March after a dispute over pay", "The lawyer")]
    [InlineData("Police confirmed Okafor went to the station voluntarily on Sunday.", "Okafor went to the station voluntarily on Sunday", "Police")]
    public void A_name_before_an_irregular_past_opens_a_bare_reported_clause(string text, string content, string speaker)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be(content);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The survey found demand rose by a tenth in the autumn.", "demand rose by a tenth in the autumn", "The survey")]
    [InlineData("Customs data released on Friday show exports fell for a fourth month.", "exports fell for a fourth month", "Customs data")]
    [InlineData("The auditors concluded the fund grew faster than its rivals.", "the fund grew faster than its rivals", "The auditors")]
    public void A_noun_before_a_past_only_form_opens_a_bare_reported_clause(string text, string content, string speaker)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be(content);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The researchers found the number of nesting birds fell by a third between 2010 and 2020.", "the number of nesting birds fell by a third between 2010 and 2020", "The researchers")]
    [InlineData("The survey found the share of first-time buyers has fallen for a third year.", "the share of first-time buyers has fallen for a third year", "The survey")]
    [InlineData("Inspectors found the number of unlicensed taxis declined after the crackdown.", "the number of unlicensed taxis declined after the crackdown", "Inspectors")]
    public void A_bare_plural_after_a_preposition_in_the_subject_still_opens_a_clause(string text, string content, string speaker)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be(content);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The club announced the start of spring training next week.")]
    [InlineData("The minister announced the sale of state land near the airport.")]
    public void A_bare_plural_after_a_preposition_with_no_verb_is_still_an_object(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }

    [Theory]
    [InlineData("Critics argue the law goes too far.", "the law goes too far", "Critics")]
    [InlineData("Opponents argue the plan costs taxpayers $2 billion.", "the plan costs taxpayers $2 billion", "Opponents")]
    [InlineData("Farm groups argue the tax hurts small producers.", "the tax hurts small producers", "Farm groups")]
    [InlineData("Critics claim the ban punishes drivers who cannot afford new cars.", "the ban punishes drivers who cannot afford new cars", "Critics")]
    [InlineData("The report suggests the agency needs more inspectors.", "the agency needs more inspectors", "The report")]
    public void A_singular_noun_before_a_present_in_s_opens_a_bare_reported_clause(string text, string content, string speaker)
    {
        var statements = Extracted.Find(text);
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Content.Text.Should().Be(content);
        statements[0].Speaker!.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The company confirmed the job cuts at its plant in Ohio.")]
    [InlineData("The minister announced the tax cuts last week.")]
    [InlineData("The union welcomed the pay rises.")]
    [InlineData("The mayor announced the bus routes serving the new stadium.")]
    public void A_compound_plural_object_is_no_clause(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }

    [Theory]
    [InlineData("The governor announced a fund for families hurt by the storm.")]
    [InlineData("The minister announced grants for farmers struck by the drought.")]
    public void A_participle_with_its_agent_modifies_the_object_and_opens_no_clause(string text)
    {
        var statements = Extracted.Find(text);
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }

    [Fact]
    public void A_name_without_a_verb_after_a_cue_is_not_a_reported_clause()
    {
        var statements = Extracted.Find("The mayor announced Main Street closures for the whole weekend.");
        statements.Should().BeEmpty(Extracted.Describe(statements));
    }

    [Fact]
    public void A_conjunction_after_a_belief_verb_joins_another_verb_and_opens_no_clause()
    {
        var statements = Extracted.Find("Board members suspect the chairman knew but did nothing about the losses.");
        statements.Should().ContainSingle(Extracted.Describe(statements));
        statements[0].Speaker!.Text.Should().Be("Board members");
        statements[0].Content.Text.Should().Be("the chairman knew but did nothing about the losses");
    }

    [Theory]
    [InlineData("The chief executive acknowledged the restructuring \"will be painful for our people.\"", "the restructuring \"will be painful for our people.\"", "The chief executive")]
    [InlineData("Pichai conceded the new assistant \"still makes mistakes\" but said it was improving.", "the new assistant \"still makes mistakes\"", "Pichai")]
    [InlineData("The defense lawyer argued the judge \"ignored the evidence\" at the first trial.", "the judge \"ignored the evidence\" at the first trial", "The defense lawyer")]
    public void A_noun_phrase_whose_verb_opens_a_quotation_is_a_mixed_clause(string text, string content, string speaker)
    {
        var found = FrameProbe.By<BareClauseRule>(text).Where(s => s.Kind == StatementKind.Mixed).ToList();
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The coach thanked the volunteers \"for everything.\"")]
    [InlineData("The senator announced the bill \"Protecting Our Rivers Act.\"")]
    public void A_quotation_that_opens_with_no_verb_is_no_predicate(string text)
    {
        FrameProbe.By<BareClauseRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Theory]
    [InlineData("The governor warned the death toll could rise further.", "the death toll could rise further", "The governor")]
    [InlineData("The treasurer assured lawmakers the pension money was safe.", "the pension money was safe", "The treasurer")]
    [InlineData("The ministry warned it could take years to rebuild the bridge.", "it could take years to rebuild the bridge", "The ministry")]
    public void A_noun_phrase_before_an_auxiliary_is_the_clause_subject_not_the_addressee(string text, string content, string speaker)
    {
        var found = FrameProbe.By<BareClauseRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
        found[0].Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The defense lawyer argued the appeal for two hours before the panel recessed.")]
    [InlineData("Lawyers for the city argued the motion in federal court on Monday.")]
    public void Argue_with_a_noun_phrase_object_reports_nothing(string text)
    {
        FrameProbe.By<BareClauseRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Theory]
    [InlineData("Defense lawyers argued the search of the warehouse was illegal.", "the search of the warehouse was illegal")]
    [InlineData("Greer argued his client had relied on an outside billing firm.", "his client had relied on an outside billing firm")]
    public void Argue_with_a_clause_is_a_statement(string text, string content)
    {
        var found = FrameProbe.By<BareClauseRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("She felt sick after the meal at the summit dinner.")]
    [InlineData("Many members felt betrayed by the party leadership.")]
    [InlineData("The striker said he felt better on the ball after the break.")]
    public void A_linking_verb_s_predicate_is_no_reported_clause(string text)
    {
        FrameProbe.Find(text).Should().NotContain(s => s.Cue == "felt", FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Theory]
    [InlineData("Some economists feel inflation will ease next year.", "inflation will ease next year")]
    [InlineData("The governor felt prices were too high for most families.", "prices were too high for most families")]
    [InlineData("The minister feels the plan is flawed.", "the plan is flawed")]
    public void A_linking_verb_still_reports_a_bare_clause(string text, string content)
    {
        var found = FrameProbe.By<BareClauseRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("The minister said she would not rule it out.", "rule")]
    [InlineData("Asked about a tax rise, the chancellor ruled it out.", "ruled")]
    [InlineData("The bank wrote it off as a loss last year.", "wrote")]
    public void A_pronoun_object_and_its_particle_are_no_reported_clause(string text, string cue)
    {
        FrameProbe.Find(text).Should().NotContain(s => s.Cue == cue, FrameProbe.Describe(FrameProbe.Find(text)));
    }
}

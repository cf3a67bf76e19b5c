using Attribution.Frames.Rules;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames.Rules;

/// <summary><see cref="PurposeInfinitiveRule"/>: a cue in an infinitive of purpose speaks for the main clause's subject (news sentences).</summary>
public sealed class PurposeInfinitiveRuleTests
{
    [Theory]
    [InlineData("He went to Iowa to announce that he would run for president.", "He", "announce", "he would run for president")]
    [InlineData("The senator held a news conference to announce that she would retire.", "The senator", "announce", "she would retire")]
    [InlineData("Trump took to Twitter on Sunday to insist that the report was false.", "Trump", "insist", "the report was false")]
    [InlineData("The governor used his speech to warn that the state faced a deficit.", "The governor", "warn", "the state faced a deficit")]
    [InlineData("Mr. Obama traveled to Ohio to argue that the economy is improving.", "Mr. Obama", "argue", "the economy is improving")]
    public void The_main_clause_subject_speaks_the_infinitive_of_purpose(string text, string speaker, string cue, string content)
    {
        var found = FrameProbe.By<PurposeInfinitiveRule>(text);
        found.Should().ContainSingle(FrameProbe.Describe(FrameProbe.Find(text)));
        found[0].Speaker.Should().Be(speaker);
        found[0].Cue.Should().Be(cue);
        found[0].Content.Should().Be(content);
    }

    [Theory]
    [InlineData("It is too early to say that the crisis is over.")]
    [InlineData("The company is expected to announce that it will cut jobs.")]
    [InlineData("He wants to say that he is sorry.")]
    [InlineData("The firm failed to disclose that its chief had resigned.")]
    [InlineData("The decision to announce that the plant would close angered workers.")]
    [InlineData("He went to Iowa to announce his candidacy.")]
    [InlineData("She told reporters to expect that the vote would be close.")]
    public void Leaves_its_near_misses_alone(string text)
    {
        FrameProbe.By<PurposeInfinitiveRule>(text).Should().BeEmpty(FrameProbe.Describe(FrameProbe.Find(text)));
    }

    [Fact]
    public void Without_it_the_act_is_lost()
    {
        const string text = "The senator held a news conference to announce that she would retire.";
        var without = FrameProbe.Find(text, FrameProbe.DefaultRules.Without<PurposeInfinitiveRule>());
        without.Should().BeEmpty(FrameProbe.Describe(without));
    }
}

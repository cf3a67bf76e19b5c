using Attribution.Lexicons;

namespace Attribution.Tests.Lexicons;

public sealed class LexiconSetTests
{
    private static readonly LexiconSet Lexicons = new LexiconSet([], []);

    [Theory]
    [InlineData("said", "say", "Past")]
    [InlineData("says", "say", "ThirdPerson")]
    [InlineData("saying", "say", "Gerund")]
    [InlineData("told", "tell", "Past")]
    [InlineData("wrote", "write", "Past")]
    [InlineData("written", "write", "Participle")]
    [InlineData("spoke", "speak", "Past")]
    [InlineData("swore", "swear", "Past")]
    [InlineData("admitted", "admit", "Past")]
    [InlineData("denies", "deny", "ThirdPerson")]
    [InlineData("denied", "deny", "Past")]
    [InlineData("noting", "note", "Gerund")]
    [InlineData("quipped", "quip", "Past")]
    [InlineData("stressed", "stress", "Past")]
    [InlineData("Said", "say", "Past")]
    [InlineData("signalled", "signal", "Past")]
    [InlineData("signaled", "signal", "Past")]
    [InlineData("labelling", "label", "Gerund")]
    [InlineData("revealed", "reveal", "Past")]
    public void Cue_forms_are_generated_from_lemmas(string form, string lemma, string kind)
    {
        Lexicons.TryGetCue(form, out var cue).Should().BeTrue();
        cue.Lemma.Should().Be(lemma);
        cue.Form.ToString().Should().Be(kind);
    }

    [Theory]
    [InlineData("revealled")]
    [InlineData("revealling")]
    public void British_l_doubling_applies_only_after_a_single_vowel(string form)
    {
        Lexicons.TryGetCue(form, out _).Should().BeFalse();
    }

    [Fact]
    public void Manner_and_belief_verbs_have_their_class()
    {
        Lexicons.TryGetCue("sighed", out var sigh).Should().BeTrue();
        sigh.Class.Should().Be(CueClass.Manner);
        Lexicons.TryGetCue("thought", out var think).Should().BeTrue();
        think.Class.Should().Be(CueClass.Belief);
        think.Lemma.Should().Be("think");
    }

    [Fact]
    public void Phrasal_cues_are_keyed_by_their_inflected_first_word()
    {
        Lexicons.TryGetPhrasalCues("called", out var called).Should().BeTrue();
        called.Select(c => c.Lemma).Should().Contain(["call on", "call for"]);
        Lexicons.TryGetPhrasalCues("went", out var went).Should().BeTrue();
        went.Select(c => c.Lemma).Should().Contain("go on to say");
        Lexicons.TryGetPhrasalCues("according", out var according).Should().BeTrue();
        according[0].Lemma.Should().Be("according to");
    }

    [Fact]
    public void Caller_verbs_extend_the_embedded_lexicon()
    {
        var custom = new LexiconSet(["harrumph"], ["surmise"]);
        custom.TryGetCue("harrumphed", out var speech).Should().BeTrue();
        speech.Class.Should().Be(CueClass.Speech);
        custom.TryGetCue("surmising", out var belief).Should().BeTrue();
        belief.Class.Should().Be(CueClass.Belief);
        Lexicons.TryGetCue("harrumphed", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("spokesmen", "PersonNoun")]
    [InlineData("officials", "PersonNoun")]
    [InlineData("ministry", "GroupNoun")]
    [InlineData("authorities", "GroupNoun")]
    [InlineData("report", "SourceNoun")]
    [InlineData("he", "PersonalPronoun")]
    public void Noun_and_pronoun_tags(string word, string tag) => Lexicons.TagsOf(word).Should().HaveFlag(Enum.Parse<WordTags>(tag));

    [Theory]
    [InlineData("chat", "chatted", "chatting")]
    [InlineData("plan", "planned", "planning")]
    [InlineData("refer", "referred", "referring")]
    [InlineData("argue", "argued", "arguing")]
    [InlineData("reply", "replied", "replying")]
    [InlineData("tie", "tied", "tying")]
    [InlineData("shout", "shouted", "shouting")]
    public void Regular_inflection_rules(string lemma, string past, string gerund)
    {
        VerbInflector.RegularPast(lemma).Should().Be(past);
        VerbInflector.Gerund(lemma).Should().Be(gerund);
    }
}

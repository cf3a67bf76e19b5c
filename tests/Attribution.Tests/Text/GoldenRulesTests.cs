using System.Text.Json;
using Attribution.Tests.TestSupport;
using Attribution.Text;

namespace Attribution.Tests.Text;

/// <summary>
/// The 52 English Golden Rules of pragmatic_segmenter (MIT), one test row each. Expected sentences are
/// compared with white space collapsed, because rules 40–42 expect a wrapped line's newline as a space
/// while our spans point into the original text.
/// </summary>
public sealed class GoldenRulesTests
{
    public static TheoryData<string> RuleNames()
    {
        var data = new TheoryData<string>();
        foreach (var rule in LoadRules())
        {
            data.Add(rule.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Splits_like_the_golden_rule(string name)
    {
        var rule = LoadRules().Single(r => r.Name == name);

        var sentences = SplitIntoTexts(rule.Input);
        var readerSentences = ReaderSentences.Join(rule.Input, Tokenizer.Tokenize(rule.Input, includeWhitespace: false), SplitSentences(rule.Input))
            .Select(s => Collapse(s.Slice(rule.Input)));

        sentences.Should().Equal(rule.Expected.Select(Collapse), because: rule.Input);
        readerSentences.Should().Equal(rule.Expected.Select(Collapse), because: "the public segmentation follows the rules too");
    }

    [Fact]
    public void All_52_rules_are_present()
    {
        LoadRules().Should().HaveCount(52);
    }

    internal static List<string> SplitIntoTexts(string text) => SplitSentences(text).Select(s => Collapse(s.Span.Slice(text))).ToList();

    private static Sentence[] SplitSentences(string text) => SentenceSplitter.Split(text, Tokenizer.Tokenize(text, includeWhitespace: false)).Sentences;

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<GoldenRule> LoadRules()
    {
        using var stream = File.OpenRead(TestData.PathOf("sbd", "golden_rules_en.json"));
        using var json = JsonDocument.Parse(stream);
        var rules = new List<GoldenRule>();
        foreach (var element in json.RootElement.EnumerateArray())
        {
            rules.Add(new GoldenRule(
                element.GetProperty("name").GetString()!,
                element.GetProperty("input").GetString()!,
                element.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!).ToList()));
        }

        return rules;
    }

    private sealed record GoldenRule(string Name, string Input, List<string> Expected);
}

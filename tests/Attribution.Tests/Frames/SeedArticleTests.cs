using System.Text.Json;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Frames;

/// <summary>
/// The acceptance test of the statements stage: every required statement of the seed article, field by
/// field (kind, content span, cue and lemma, speaker mention, addressee mention), with readable failures.
/// </summary>
public sealed class SeedArticleTests
{
    private static readonly Lazy<(string Text, JsonElement Expected, AttributionResult Result)> Seed = new(() =>
    {
        string text = TestData.ReadText("seed", "guterres-netanyahu.txt");
        using var json = JsonDocument.Parse(TestData.ReadText("seed", "guterres-netanyahu.expected.json"));
        var expected = json.RootElement.Clone();
        var result = AttributionExtractor.CreateDefault().Extract(text, new DateOnly(2024, 9, 27));
        return (text, expected, result);
    });

    public static TheoryData<int> RequiredStatements()
    {
        using var json = JsonDocument.Parse(TestData.ReadText("seed", "guterres-netanyahu.expected.json"));
        var data = new TheoryData<int>();
        int i = 0;
        foreach (var s in json.RootElement.GetProperty("statements").EnumerateArray())
        {
            if (s.GetProperty("required").GetBoolean())
            {
                data.Add(i);
            }

            i++;
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredStatements))]
    public void Required_statement_is_found_with_its_kind_content_cue_speaker_and_addressee(int index)
    {
        var (text, expected, result) = Seed.Value;
        var gold = expected.GetProperty("statements")[index];
        var content = Span(gold.GetProperty("content"));
        string label = $"statement {index} «{Clip(content.Slice(text))}»";

        var found = result.Statements.Where(s => s.Content.Span == content).ToList();
        found.Should().ContainSingle($"{label} should be found with exactly this content span; statements found: {Describe(result, text)}");
        var statement = found[0];

        statement.Kind.ToString().Should().BeEquivalentTo(gold.GetProperty("type").GetString(), $"{label}: kind");
        statement.IsSpeech.Should().Be(gold.GetProperty("speech").GetBoolean(), $"{label}: speech or belief");

        if (gold.GetProperty("cue").ValueKind == JsonValueKind.Null)
        {
            statement.Cue.Should().BeNull($"{label} has no cue of its own");
        }
        else
        {
            var cue = gold.GetProperty("cue");
            statement.Cue.Should().NotBeNull($"{label}: cue «{cue.GetProperty("text").GetString()}»");
            statement.Cue!.Span.Should().Be(Span(cue), $"{label}: cue span");
            statement.Cue.Lemma.Should().Be(LemmaOf(cue.GetProperty("text").GetString()!), $"{label}: cue lemma");
        }

        CheckSpeaker(text, gold, statement, result, label);

        if (gold.GetProperty("addressee").ValueKind == JsonValueKind.Null)
        {
            statement.Addressee.Should().BeNull($"{label} has no addressee");
        }
        else
        {
            statement.Addressee.Should().NotBeNull($"{label}: addressee «{gold.GetProperty("addressee").GetProperty("text").GetString()}»");
            statement.Addressee!.Span.Should().Be(Span(gold.GetProperty("addressee")), $"{label}: addressee span");
        }
    }

    [Fact]
    public void The_belief_of_the_last_sentence_is_found_as_a_belief_with_its_group_speaker()
    {
        var (text, _, result) = Seed.Value;
        var belief = result.Statements.Should().ContainSingle(s => s.Cue != null && s.Cue.Text == "believe").Subject;
        belief.IsSpeech.Should().BeFalse();
        belief.Content.Text.Should().Be("the U.N. has shown little to no empathy for the victims of Hamas’s Oct. 7 assault");
        belief.Speaker!.Text.Should().Be("many Israeli civil society groups and U.S. Jewish organizations");
        _ = text;
    }

    [Fact]
    public void Every_statement_span_slices_to_its_text_and_contents_do_not_overlap()
    {
        var (text, _, result) = Seed.Value;
        foreach (var s in result.Statements)
        {
            s.Content.Span.Slice(text).Should().Be(s.Content.Text);
            if (s.Speaker is { } speaker)
            {
                speaker.Span.Slice(text).Should().Be(speaker.Text);
                s.Content.Span.OverlapsWith(speaker.Span).Should().BeFalse($"the speaker «{speaker.Text}» must not lie inside «{Clip(s.Content.Text)}»");
            }

            if (s.Cue is { } cue)
            {
                s.Content.Span.OverlapsWith(cue.Span).Should().BeFalse();
            }
        }

        var ordered = result.Statements.OrderBy(s => s.Content.Span.Start).ToList();
        for (int i = 1; i < ordered.Count; i++)
        {
            ordered[i].Content.Span.Start.Should().BeGreaterThanOrEqualTo(ordered[i - 1].Content.Span.End, "statement contents never overlap");
        }
    }

    // A statement with no speaker in the expected file carries its speaker over (a continuation quote, a
    // second quote after the frame, "adding that"): the output contract asks for the mention where that
    // speaker was last named, i.e. the speaker of the statement it continues.
    private static void CheckSpeaker(string text, JsonElement gold, Statement statement, AttributionResult result, string label)
    {
        statement.Speaker.Should().NotBeNull($"{label}: a speaker");
        var speaker = statement.Speaker!;
        if (gold.GetProperty("speaker").ValueKind == JsonValueKind.Null)
        {
            var earlier = result.Statements.Where(s => s.Content.Span.End <= statement.Content.Span.Start && s.Cue != null && s.Speaker != null).Last();
            speaker.Span.Should().Be(earlier.Speaker!.Span, $"{label} carries the speaker of «{Clip(earlier.Content.Text)}»");
            return;
        }

        var expected = Span(gold.GetProperty("speaker"));
        if (!IsWholeWord(text, expected))
        {
            // Two pronoun spans of the expected file point into other words (the "he" of "The", of "the");
            // the mention meant is the whole word nearest to the cue.
            var cue = Span(gold.GetProperty("cue"));
            expected = NearestWholeWord(text, expected.Slice(text), cue.Start);
        }

        speaker.Span.Should().Be(expected, $"{label}: speaker «{expected.Slice(text)}», found «{speaker.Text}»");
    }

    private static bool IsWholeWord(string text, TextSpan span) =>
        (span.Start == 0 || !char.IsLetter(text[span.Start - 1])) && (span.End == text.Length || !char.IsLetter(text[span.End]));

    private static TextSpan NearestWholeWord(string text, string word, int near)
    {
        TextSpan best = default;
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var candidate = new TextSpan(i, i + word.Length);
            if (IsWholeWord(text, candidate) && (best.IsEmpty || Math.Abs(i - near) < Math.Abs(best.Start - near)))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static string LemmaOf(string cue) => cue switch
    {
        "said" => "say",
        "told" => "tell",
        "accused" => "accuse",
        "called on" => "call on",
        "noting" => "note",
        "tweeting" => "tweet",
        "adding" => "add",
        "believe" => "believe",
        _ => cue,
    };

    private static TextSpan Span(JsonElement e) => new(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());

    private static string Clip(string s) => s.Length <= 60 ? s : s[..57] + "…";

    private static string Describe(AttributionResult result, string text) =>
        string.Join("; ", result.Statements.Select(s => $"{s.Kind} {s.Content.Span} «{Clip(s.Content.Span.Slice(text))}»"));
}

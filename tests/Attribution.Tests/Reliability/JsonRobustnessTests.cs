using System.Collections.Immutable;
using System.Text.Json;
using Attribution.Serialization;

namespace Attribution.Tests.Reliability;

/// <summary>
/// The JSON writer must never fail on a document: text that is not valid UTF-16 (a lone surrogate from a
/// JSONL escape or a caller's string) is written as U+FFFD while the offsets stay those of the original.
/// </summary>
public sealed class JsonRobustnessTests
{
    [Fact]
    public void Lone_surrogates_in_every_field_are_written_as_replacement_characters_with_original_offsets()
    {
        const string text = "\u201CWe \uD800 won,\u201D said Sm\uDC00ith.";
        var content = new TextSpan(0, 11);
        var speaker = new TextSpan(17, 23);
        var entity = new Entity(0, "Sm\uDC00ith", EntityKind.Person, Gender.Unknown, ["Sm\uDC00ith"], ["\uDBFF"], [speaker]);
        var statement = new Statement(
            StatementKind.Direct,
            new TextExcerpt(content, content.Slice(text)),
            [],
            new Cue(new TextSpan(12, 16), "said", "say"),
            new SpeakerMention(speaker, speaker.Slice(text), MentionKind.Name, entity),
            null,
            null,
            IsSpeech: true,
            Confidence: 0.9);
        var result = new AttributionResult(text, [statement], [entity]);

        string json = AttributionJson.Serialize("id\uD800", "path\uDFFF.txt", result);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("id").GetString().Should().Be("id\uFFFD");
        root.GetProperty("source").GetString().Should().Be("path\uFFFD.txt");
        var written = root.GetProperty("statements")[0];
        written.GetProperty("content").GetProperty("start").GetInt32().Should().Be(0);
        written.GetProperty("content").GetProperty("end").GetInt32().Should().Be(11, "offsets count UTF-16 code units of the original, the lone surrogate included");
        written.GetProperty("content").GetProperty("text").GetString().Should().Be("\u201CWe \uFFFD won,\u201D");
        written.GetProperty("speaker").GetProperty("text").GetString().Should().Be("Sm\uFFFDith");
        var writtenEntity = root.GetProperty("entities")[0];
        writtenEntity.GetProperty("name").GetString().Should().Be("Sm\uFFFDith");
        writtenEntity.GetProperty("titles")[0].GetString().Should().Be("\uFFFD");
        OutputInvariants.CheckJson(text, result, json);
    }

    [Fact]
    public void Every_bmp_character_in_an_excerpt_serializes_to_valid_json_that_reads_back()
    {
        string text = HostileText.EveryBmpCharacter();
        var excerpt = new TextSpan(0, text.Length);
        var statement = new Statement(StatementKind.Indirect, new TextExcerpt(excerpt, text), [], null, null, null, null, true, 0.5);
        var result = new AttributionResult(text, [statement], ImmutableArray<Entity>.Empty);

        string json = AttributionJson.Serialize("bmp", null, result);

        OutputInvariants.CheckJson(text, result, json);
    }
}

using System.Text.Json;
using Attribution.Serialization;

namespace Attribution.Tests.Serialization;

/// <summary>The contract's additions for issue 18: <c>act</c> on every statement, <c>onBehalfOf</c>, and the <c>declines</c> array.</summary>
public sealed class GranularityJsonTests
{
    private const string Text = "“We will not back down,” Mayor Ana Ruiz said on Tuesday. “The city deserves better.”\n\n"
        + "A spokesman for the ministry said the talks would resume. A company spokesman declined to comment on Friday.";

    private static JsonElement Document(AttributionGranularity granularity)
    {
        var extractor = new AttributionPipelineBuilder().WithGranularity(granularity).Build();
        var result = extractor.Extract(Text, new DateOnly(2024, 9, 27));
        return JsonDocument.Parse(AttributionJson.Serialize("doc", null, result)).RootElement.Clone();
    }

    [Fact]
    public void Every_statement_carries_its_act_and_quote_mode_repeats_it_for_the_quotes_of_one_act()
    {
        var statements = Document(AttributionGranularity.Quote).GetProperty("statements").EnumerateArray().ToList();

        statements.Should().HaveCount(3);
        statements.Select(s => s.GetProperty("act").GetInt32()).Should().Equal(0, 0, 1);
        statements[1].GetProperty("cue").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Act_mode_writes_one_statement_per_act_with_its_fragments_and_the_slice_as_text()
    {
        var statements = Document(AttributionGranularity.Act).GetProperty("statements").EnumerateArray().ToList();

        statements.Should().HaveCount(2);
        var first = statements[0];
        int start = first.GetProperty("content").GetProperty("start").GetInt32();
        int end = first.GetProperty("content").GetProperty("end").GetInt32();
        first.GetProperty("content").GetProperty("text").GetString().Should().Be(Text[start..end]);
        first.GetProperty("fragments").EnumerateArray().Select(f => f.GetProperty("text").GetString())
            .Should().Equal("“We will not back down,”", "“The city deserves better.”");
        statements.Select(s => s.GetProperty("act").GetInt32()).Should().Equal(0, 1);
    }

    [Fact]
    public void On_behalf_of_is_written_with_its_entity_only_where_there_is_one()
    {
        var root = Document(AttributionGranularity.Quote);
        var statements = root.GetProperty("statements").EnumerateArray().ToList();

        statements[0].TryGetProperty("onBehalfOf", out _).Should().BeFalse();
        var onBehalfOf = statements[2].GetProperty("onBehalfOf");
        onBehalfOf.EnumerateObject().Select(p => p.Name).Should().Equal("start", "end", "text", "entity");
        onBehalfOf.GetProperty("text").GetString().Should().Be("the ministry");
        int entity = onBehalfOf.GetProperty("entity").GetInt32();
        root.GetProperty("entities")[entity].GetProperty("kind").GetString().Should().Be("organization");
    }

    [Fact]
    public void Declines_are_an_array_beside_statements_in_the_contract_shape()
    {
        var root = Document(AttributionGranularity.Quote);
        root.EnumerateObject().Select(p => p.Name).Should().Equal("id", "source", "statements", "declines", "entities");

        var decline = root.GetProperty("declines").EnumerateArray().Should().ContainSingle().Subject;
        decline.EnumerateObject().Select(p => p.Name).Should().Equal("cue", "speaker", "addressee", "time", "confidence");
        decline.GetProperty("cue").GetProperty("text").GetString().Should().Be("declined to comment");
        decline.GetProperty("cue").GetProperty("lemma").GetString().Should().Be("decline");
        decline.GetProperty("speaker").GetProperty("text").GetString().Should().Be("A company spokesman");
        decline.GetProperty("speaker").GetProperty("kind").GetString().Should().NotBeNullOrEmpty();
        decline.GetProperty("speaker").GetProperty("entity").ValueKind.Should().Be(JsonValueKind.Number);
        decline.GetProperty("addressee").ValueKind.Should().Be(JsonValueKind.Null);
        decline.GetProperty("time").GetProperty("value").GetString().Should().Be("2024-09-27");
        decline.GetProperty("confidence").GetDouble().Should().BeInRange(0, 1);
    }

    [Fact]
    public void The_serializer_context_writes_declines_and_on_behalf_of_as_the_contract_does()
    {
        var result = AttributionExtractor.CreateDefault().Extract(Text);
        string contract = AttributionJson.Serialize("doc", null, result);
        string context = JsonSerializer.Serialize(result, new AttributionJsonContext(
            new JsonSerializerOptions(AttributionJsonContext.Default.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).AttributionResult);

        context.Should().Be("{" + contract["""{"id":"doc","source":null,""".Length..]);
        JsonSerializer.Serialize(result.Declines[0], AttributionJsonContext.Default.Decline).Should().Contain("\"lemma\":\"decline\"");
    }
}

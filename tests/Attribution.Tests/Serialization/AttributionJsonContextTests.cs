using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Attribution.Serialization;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Serialization;

public sealed class AttributionJsonContextTests
{
    private static readonly AttributionJsonContext Readable = new(
        new JsonSerializerOptions(AttributionJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static readonly JsonSerializerOptions HostOptions = AttributionJsonContext.AddTo(
        AttributionJsonContext.AddTo(new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    [Fact]
    public void A_result_serializes_byte_for_byte_as_the_contract_document_without_its_id_and_source()
    {
        var result = SeedArticleResult.Build();

        string contract = AttributionJson.Serialize("guterres-netanyahu", "samples/data/guterres-netanyahu.txt", result);
        string context = JsonSerializer.Serialize(result, Readable.AttributionResult);

        const string envelope = """{"id":"guterres-netanyahu","source":"samples/data/guterres-netanyahu.txt",""";
        contract.Should().StartWith(envelope);
        context.Should().Be("{" + contract[envelope.Length..]);
    }

    [Fact]
    public void The_default_context_escapes_non_ascii_text_but_writes_the_same_json()
    {
        var result = SeedArticleResult.Build();

        string escaped = JsonSerializer.Serialize(result, AttributionJsonContext.Default.AttributionResult);
        string readable = JsonSerializer.Serialize(result, Readable.AttributionResult);

        escaped.Should().Contain("Ant\\u00F3nio Guterres").And.NotContain("António");
        readable.Should().Contain("António Guterres");
        JsonNode.DeepEquals(JsonNode.Parse(escaped), JsonNode.Parse(readable)).Should().BeTrue();
    }

    [Fact]
    public void A_statement_has_the_contract_shape_flat_spans_entity_ids_and_camel_case_kinds()
    {
        var result = SeedArticleResult.Build();
        var told = result.Statements[1];

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(told, AttributionJsonContext.Default.Statement));
        var root = json.RootElement;

        root.GetProperty("kind").GetString().Should().Be("direct");
        var content = root.GetProperty("content");
        content.GetProperty("start").GetInt32().Should().Be(told.Content.Span.Start);
        content.GetProperty("end").GetInt32().Should().Be(told.Content.Span.End);
        content.GetProperty("text").GetString().Should().StartWith("“I have not talked to him");
        content.TryGetProperty("span", out _).Should().BeFalse();
        root.TryGetProperty("fragments", out _).Should().BeFalse("the contract writes fragments only for an interrupted content");
        root.GetProperty("cue").GetProperty("lemma").GetString().Should().Be("tell");
        root.GetProperty("speaker").GetProperty("kind").GetString().Should().Be("name");
        root.GetProperty("speaker").GetProperty("entity").GetInt32().Should().Be(0);
        root.GetProperty("addressee").GetProperty("entity").GetInt32().Should().Be(1);
        root.GetProperty("time").GetProperty("value").GetString().Should().Be("2024-09-26");
        root.GetProperty("speech").GetBoolean().Should().BeTrue();
        root.GetProperty("confidence").GetDouble().Should().Be(0.95);
        root.EnumerateObject().Select(p => p.Name).Should().Equal(
            "kind", "content", "cue", "speaker", "addressee", "time", "speech", "confidence", "act");
    }

    [Fact]
    public void A_statement_without_cue_addressee_or_time_writes_them_as_null()
    {
        var carried = SeedArticleResult.Build().Statements[2];

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(carried, AttributionJsonContext.Default.Statement));

        json.RootElement.GetProperty("cue").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("addressee").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("time").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void An_entity_writes_its_mentions_as_start_end_pairs_and_omits_an_unknown_gender()
    {
        var result = SeedArticleResult.Build();

        string guterres = JsonSerializer.Serialize(result.Entities[0], Readable.Entity);
        string reuters = JsonSerializer.Serialize(result.Entities[1], Readable.Entity);

        guterres.Should().StartWith("""{"id":0,"name":"António Guterres","kind":"person","gender":"male","aliases":["Guterres"],"titles":["United Nations Secretary-General"],"mentions":[{"start":0,"end":49},""");
        reuters.Should().NotContain("gender").And.Contain("\"kind\":\"organization\"");
    }

    [Theory]
    [InlineData(StatementKind.Mixed, "\"mixed\"")]
    [InlineData(StatementKind.Indirect, "\"indirect\"")]
    public void Statement_kinds_are_camel_case_strings(StatementKind kind, string expected)
    {
        JsonSerializer.Serialize(kind, AttributionJsonContext.Default.StatementKind).Should().Be(expected);
        JsonSerializer.Deserialize(expected, AttributionJsonContext.Default.StatementKind).Should().Be(kind);
    }

    [Fact]
    public void Entity_and_mention_kinds_are_camel_case_strings()
    {
        JsonSerializer.Serialize(EntityKind.Organization, AttributionJsonContext.Default.EntityKind).Should().Be("\"organization\"");
        JsonSerializer.Serialize(MentionKind.Anonymous, AttributionJsonContext.Default.MentionKind).Should().Be("\"anonymous\"");
        JsonSerializer.Serialize(Gender.Female, AttributionJsonContext.Default.Gender).Should().Be("\"female\"");
    }

    [Fact]
    public void A_span_is_its_start_and_end()
    {
        JsonSerializer.Serialize(new TextSpan(3, 9), AttributionJsonContext.Default.TextSpan).Should().Be("""{"start":3,"end":9}""");
    }

    [Fact]
    public void Reading_the_contract_back_into_records_is_refused_with_a_reason()
    {
        var read = () => JsonSerializer.Deserialize("""{"statements":[],"entities":[]}""", AttributionJsonContext.Default.AttributionResult);

        read.Should().Throw<NotSupportedException>().WithMessage("*write-only*");
    }

    [Fact]
    public void The_extractors_own_result_for_the_seed_article_serializes_as_the_contract()
    {
        var result = AttributionExtractor.CreateDefault().Extract(SeedArticleResult.Text, new DateOnly(2024, 9, 27));

        string contract = AttributionJson.Serialize("seed", null, result);
        string context = JsonSerializer.Serialize(result, Readable.AttributionResult);

        contract.Should().Be("""{"id":"seed","source":null,""" + context[1..]);
    }

    [Fact]
    public void Host_options_given_the_context_write_the_contract_without_reflection()
    {
        var result = SeedArticleResult.Build();

        string json = JsonSerializer.Serialize(result, HostOptions);

        json.Should().Be(JsonSerializer.Serialize(result, AttributionJsonContext.Default.AttributionResult));
        HostOptions.TypeInfoResolverChain.Count(r => ReferenceEquals(r, AttributionJsonContext.Default)).Should().Be(1);
        HostOptions.Converters.Should().HaveCount(AttributionJsonContext.Default.Options.Converters.Count, "adding twice changes nothing");
    }
}

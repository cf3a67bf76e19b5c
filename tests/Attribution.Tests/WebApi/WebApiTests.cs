using System.Net;
using System.Text;
using System.Text.Json;
using Attribution.Serialization;
using Attribution.Tests.TestSupport;
using Xunit.Abstractions;

namespace Attribution.Tests.WebApi;

/// <summary>Calls the sample service over HTTP on loopback, as a client would.</summary>
public sealed class WebApiTests(WebApiProcess service, ITestOutputHelper output) : IClassFixture<WebApiProcess>
{
    private const string SeedId = "guterres-netanyahu";
    private static readonly string SeedText = TestData.ReadText("seed", SeedId + ".txt");

    [Fact]
    public async Task Health_checks_answer_healthy_on_the_loopback_address()
    {
        output.WriteLine($"service healthy after {service.StartupTime.TotalMilliseconds:0} ms");
        using var response = await service.Client.GetAsync(new Uri("health", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"status\":\"healthy\"}", "the extractor health check ran and found the probe's statement");
        service.BaseAddress.Host.Should().Be("127.0.0.1");
        service.Output.Should().Contain($"Now listening on: {service.BaseAddress.ToString().TrimEnd('/')}");
    }

    [Fact]
    public async Task Extract_returns_the_output_contract_for_the_seed_article_exactly_as_the_library_writes_it()
    {
        string body = JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = SeedText, ["date"] = "2024-09-27", ["id"] = SeedId });

        using var response = await Post(body);
        string json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, json);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var expected = AttributionExtractor.CreateDefault().Extract(SeedText, new DateOnly(2024, 9, 27));
        json.Should().Be(AttributionJson.Serialize(SeedId, null, expected));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("id").GetString().Should().Be(SeedId);
        root.GetProperty("statements").GetArrayLength().Should().BeGreaterThan(0, "the seed article is full of quotes");
        root.GetProperty("entities").GetArrayLength().Should().BeGreaterThan(0);
        foreach (var statement in root.GetProperty("statements").EnumerateArray())
        {
            var content = statement.GetProperty("content");
            int start = content.GetProperty("start").GetInt32(), end = content.GetProperty("end").GetInt32();
            content.GetProperty("text").GetString().Should().Be(SeedText[start..end], "offsets are UTF-16 code units into the posted text");
        }
    }

    [Fact]
    public async Task A_request_without_id_or_date_is_fine_and_gets_the_default_id()
    {
        using var response = await Post("{\"text\":\"The minister said on Monday that talks would resume.\"}");
        string json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, json);
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("id").GetString().Should().Be("document");
    }

    [Theory]
    [InlineData("{\"date\":\"2024-09-27\"}", "no \\\"text\\\"")]
    [InlineData("{\"text\":null}", "no \\\"text\\\"")]
    [InlineData("{\"text\":42}", "\\\"text\\\" must be a string")]
    [InlineData("{\"text\":\"He said so.\",\"date\":\"27/09/2024\"}", "YYYY-MM-DD")]
    [InlineData("{\"text\":\"He said so.\",\"date\":\"2024-02-30\"}", "YYYY-MM-DD")]
    [InlineData("{\"text\":\"He said so.\",\"id\":7}", "\\\"id\\\" must be a string")]
    [InlineData("{\"text\":\"He said so.\",\"date\":20240927}", "\\\"date\\\" must be a string, the publication date as YYYY-MM-DD")]
    [InlineData("{\"text\":[\"He said so.\"]}", "\\\"text\\\" must be a string")]
    [InlineData("[\"He said so.\"]", "must be a JSON object")]
    [InlineData("\"He said so.\"", "must be a JSON object")]
    [InlineData("null", "must be a JSON object")]
    [InlineData("{\"text\": \"unterminated", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("The minister said the talks would resume.", "not valid JSON")]
    [InlineData("{\"text\":\"\\ud800\"}", "\\\"text\\\" is not valid Unicode text")]
    [InlineData("{\"text\":\"He said \\udc00 so.\",\"id\":\"a\"}", "\\\"text\\\" is not valid Unicode text")]
    [InlineData("{\"text\":\"He said so.\",\"id\":\"\\ud83d\"}", "\\\"id\\\" is not valid Unicode text")]
    [InlineData("{\"text\":\"He said so.\",\"extra\":[[[[[[[[[[1]]]]]]]]]]}", "maximum configured depth")]
    public async Task A_bad_request_gets_400_with_a_problem_that_says_what_is_wrong(string body, string detail)
    {
        using var response = await Post(body);
        string json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, json);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        json.Should().Contain(detail);
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task A_surrogate_pair_escape_is_fine_and_its_offsets_count_two_code_units()
    {
        using var response = await Post("{\"text\":\"\\ud83d\\ude00 “We will win,” the minister said.\"}");
        string json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, json);
        const string Text = "\U0001F600 “We will win,” the minister said.";
        using var document = JsonDocument.Parse(json);
        var statements = document.RootElement.GetProperty("statements");
        statements.GetArrayLength().Should().BeGreaterThan(0);
        foreach (var statement in statements.EnumerateArray())
        {
            var content = statement.GetProperty("content");
            int start = content.GetProperty("start").GetInt32(), end = content.GetProperty("end").GetInt32();
            content.GetProperty("text").GetString().Should().Be(Text[start..end], "offsets count the emoji as two UTF-16 code units");
        }
    }

    [Fact]
    public async Task Invalid_utf8_bytes_get_400_naming_the_member()
    {
        byte[] body = [.. "{\"text\":\"The mayor said caf"u8, 0xC3, 0x28, .. " was closed.\"}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };

        using var response = await service.Client.PostAsync(new Uri("extract", UriKind.Relative), content);
        string json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, json);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        json.Should().Contain("\\\"text\\\" is not valid Unicode text");
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task A_30_MB_body_gets_413_before_it_is_read()
    {
        using var content = new ByteArrayContent(ThirtyMegabyteBody());
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("extract", UriKind.Relative)) { Content = content };
        // As curl does for large bodies: the client waits for the server's word before it sends the body.
        request.Headers.ExpectContinue = true;

        using var response = await service.Client.SendAsync(request);
        string json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge, json);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        json.Should().Contain($"for a text of up to {WebApiProcess.MaxTextLength} UTF-16 code units");
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task A_chunked_body_that_grows_past_the_limit_gets_413()
    {
        // No Content-Length: the limit is found while reading, not from the headers.
        byte[] body = Encoding.UTF8.GetBytes("{\"text\":\"" + string.Concat(Enumerable.Repeat("The minister said the talks would resume. ", 30_000)) + "\"}");
        using var content = new StreamContent(new NonSeekableStream(body));
        content.Headers.ContentType = new("application/json");

        using var response = await service.Client.PostAsync(new Uri("extract", UriKind.Relative), content);
        string json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge, json);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        AssertNoErrorLogged();
    }

    [Theory]
    [InlineData("GET", "nowhere", HttpStatusCode.NotFound)]
    [InlineData("POST", "extract/more", HttpStatusCode.NotFound)]
    [InlineData("GET", "extract", HttpStatusCode.MethodNotAllowed)]
    [InlineData("DELETE", "extract", HttpStatusCode.MethodNotAllowed)]
    public async Task An_unknown_path_or_a_wrong_method_gets_a_problem(string method, string path, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new StringContent("{\"text\":\"He said so.\"}", Encoding.UTF8, "application/json");
        }

        using var response = await service.Client.SendAsync(request);
        string json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(expected);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(json);
        problem.RootElement.GetProperty("status").GetInt32().Should().Be((int)expected);
    }

    [Fact]
    public async Task A_body_that_is_not_declared_as_json_gets_415()
    {
        using var response = await service.Client.PostAsync(
            new Uri("extract", UriKind.Relative), new StringContent("text=The minister said so.", Encoding.UTF8, "application/x-www-form-urlencoded"));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_extract_endpoint_and_its_body()
    {
        using var response = await service.Client.GetAsync(new Uri("openapi/v1.json", UriKind.Relative));
        string json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, json);
        using var document = JsonDocument.Parse(json);
        var post = document.RootElement.GetProperty("paths").GetProperty("/extract").GetProperty("post");
        post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _).Should().BeTrue();
        post.GetProperty("responses").EnumerateObject().Select(r => r.Name).Should().Contain(["200", "400", "408", "413", "429"]);
        var body = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ExtractRequestBody").GetProperty("properties");
        body.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("text", "date", "id");
    }

    [Fact]
    public async Task A_text_over_the_configured_limit_gets_400_naming_the_limit()
    {
        string text = new('a', WebApiProcess.MaxTextLength + 1);

        using var response = await Post(JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = text }));
        string json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        json.Should().Contain($"{WebApiProcess.MaxTextLength + 1} UTF-16 code units").And.Contain($"limit of {WebApiProcess.MaxTextLength}");
    }

    [Fact]
    public async Task Concurrent_requests_share_one_extractor_and_all_get_the_same_answer()
    {
        string body = JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = SeedText, ["date"] = "2024-09-27" });

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await Post(body);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            return await response.Content.ReadAsStringAsync();
        }));

        answers.Distinct().Should().ContainSingle();
    }

    /// <summary>A well-formed JSON body of about 30 MB, far over the service's body limit.</summary>
    private static byte[] ThirtyMegabyteBody()
    {
        const int Size = 30 * 1024 * 1024;
        byte[] body = new byte[Size];
        "{\"text\":\""u8.CopyTo(body);
        body.AsSpan(9, Size - 11).Fill((byte)'a');
        "\"}"u8.CopyTo(body.AsSpan(Size - 2));
        return body;
    }

    /// <summary>A client error must never be logged as a server failure.</summary>
    private void AssertNoErrorLogged() =>
        service.Output.Should().NotContain("fail:").And.NotContain("Unhandled exception", "a client's mistake is not a server failure");

    private Task<HttpResponseMessage> Post(string body) =>
        service.Client.PostAsync(new Uri("extract", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>A stream without a length, so the client sends it chunked.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

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
    public async Task Health_answers_ok_on_the_loopback_address()
    {
        output.WriteLine($"service healthy after {service.StartupTime.TotalMilliseconds:0} ms");
        using var response = await service.Client.GetAsync(new Uri("health", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"status\":\"ok\"}");
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
    [InlineData("[\"He said so.\"]", "must be a JSON object")]
    [InlineData("{\"text\": \"unterminated", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    public async Task A_bad_request_gets_400_with_a_problem_that_says_what_is_wrong(string body, string detail)
    {
        using var response = await Post(body);
        string json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        json.Should().Contain(detail);
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

    private Task<HttpResponseMessage> Post(string body) =>
        service.Client.PostAsync(new Uri("extract", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
}

using System.Net;
using System.Text;
using System.Text.Json;

namespace Attribution.Tests.WebApi;

/// <summary><c>POST /extract?granularity=quote|act</c>: the statement granularity per request.</summary>
public sealed class GranularityQueryTests(WebApiProcess service) : IClassFixture<WebApiProcess>
{
    private const string Body = "{\"text\":\"“We will not back down,” Mayor Ana Ruiz said on Tuesday. “The city deserves better than this.”\"}";

    [Theory]
    [InlineData("extract", 2)]
    [InlineData("extract?granularity=quote", 2)]
    [InlineData("extract?granularity=act", 1)]
    public async Task The_query_parameter_picks_one_statement_per_quote_or_per_act(string path, int statements)
    {
        using var response = await service.Client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(Body, Encoding.UTF8, "application/json"));
        string json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, json);
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("statements").GetArrayLength().Should().Be(statements);
        document.RootElement.GetProperty("statements")[0].GetProperty("act").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task An_unknown_granularity_gets_400()
    {
        using var response = await service.Client.PostAsync(new Uri("extract?granularity=paragraph", UriKind.Relative), new StringContent(Body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("granularity must be quote or act");
    }
}

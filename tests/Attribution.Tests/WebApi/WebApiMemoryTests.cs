using System.Net;
using System.Text;
using System.Text.Json;
using Attribution.Tests.TestSupport;
using Xunit.Abstractions;

namespace Attribution.Tests.WebApi;

/// <summary>
/// A burst of large requests against a real service process with its default limits. Without the concurrency limit
/// the service read and extracted all of them at once and kept about 1.3 GB after they were done (measured: 100
/// requests of 1 MB, peak 1.32 GB, 1.28 GB held afterwards); with it, a few run at a time and the rest wait unread.
/// </summary>
public sealed class WebApiMemoryTests(ITestOutputHelper output)
{
    private const int Requests = 100;
    private const int TextLength = 1_000_000;

    /// <summary>
    /// Far below the 1.3 GB the burst held without the limit, and above what a few requests at a time need (the
    /// runtime, the lexicons, one or two 1 MB documents in flight and the garbage collector's slack: about 300 MB).
    /// </summary>
    private const long MaxResidentBytes = 700L * 1024 * 1024;

    [Fact]
    public async Task A_hundred_concurrent_1_MB_requests_are_all_served_and_leave_the_service_small()
    {
        string body = JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = MegabyteArticle(), ["date"] = "2024-09-27" });
        Encoding.UTF8.GetByteCount(body).Should().BeGreaterThan(TextLength);
        using var service = new WebApiProcess(
            new Dictionary<string, string> { ["Attribution:RequestTimeoutSeconds"] = "600" },
            clientTimeout: TimeSpan.FromMinutes(15));

        var statuses = await Task.WhenAll(Enumerable.Range(0, Requests).Select(async _ =>
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await service.Client.PostAsync(new Uri("extract", UriKind.Relative), content);
            await response.Content.CopyToAsync(Stream.Null);
            return response.StatusCode;
        }));

        var (current, peak) = service.Memory();
        output.WriteLine($"after {Requests} requests: resident {current / (1024 * 1024)} MB, peak {peak / (1024 * 1024)} MB");
        statuses.Should().AllSatisfy(s => s.Should().Be(HttpStatusCode.OK), "the requests over the limit wait their turn in the queue");
        current.Should().BeLessThan(MaxResidentBytes);
        peak.Should().BeLessThan(MaxResidentBytes);
    }

    /// <summary>About a million characters of news: the seed article repeated, paragraph after paragraph.</summary>
    private static string MegabyteArticle()
    {
        string article = TestData.ReadText("seed", "guterres-netanyahu.txt");
        var text = new StringBuilder(TextLength + article.Length);
        while (text.Length < TextLength)
        {
            text.Append(article).Append("\n\n");
        }

        return text.ToString(0, TextLength);
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using Attribution.WebApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Attribution.Tests.WebApi;

/// <summary>
/// The service in process through <see cref="WebApplicationFactory{TEntryPoint}"/>, with the extractor replaced by
/// test doubles through <see cref="IAttributionExtractor"/>: one that blocks shows the request timeout and the
/// concurrency limit without depending on how fast this machine is, one that throws shows how a server fault looks.
/// </summary>
public sealed class WebApiInProcessTests
{
    private const string Body = "{\"text\":\"The minister said on Monday that the talks would resume.\"}";

    [Fact]
    public async Task A_request_that_outlives_the_timeout_gets_408_and_the_extraction_is_cancelled()
    {
        using var extractor = new BlockingExtractor();
        await using var factory = Service(extractor, ("Attribution:RequestTimeoutSeconds", "1"));
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/extract", UriKind.Relative), Json(Body));

        response.StatusCode.Should().Be(HttpStatusCode.RequestTimeout);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        extractor.SawCancellation.Should().BeTrue("the timeout reaches the extractor through its CancellationToken");
    }

    [Fact]
    public async Task Requests_beyond_the_running_ones_and_the_queue_get_429_and_the_others_are_served()
    {
        using var extractor = new BlockingExtractor();
        await using var factory = Service(extractor, ("Attribution:MaxConcurrentRequests", "1"), ("Attribution:RequestQueueLimit", "1"));
        using var client = factory.CreateClient();

        var running = client.PostAsync(new Uri("/extract", UriKind.Relative), Json(Body));
        (await extractor.Entered.WaitAsync(TimeSpan.FromMinutes(1))).Should().BeTrue("the first request reaches the extractor");
        var second = client.PostAsync(new Uri("/extract", UriKind.Relative), Json(Body));
        var third = client.PostAsync(new Uri("/extract", UriKind.Relative), Json(Body));

        // One of the two late requests takes the only queue place; the other is refused at once, whichever came first.
        var refused = await Task.WhenAny(second, third);
        using (var response = await refused)
        {
            response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        }

        extractor.Release();
        using var first = await running;
        using var queued = await (refused == second ? third : second);
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        queued.StatusCode.Should().Be(HttpStatusCode.OK, "the queued request runs once the first is done");
        extractor.Calls.Should().Be(2);
    }

    [Fact]
    public async Task A_fault_of_the_server_is_a_500_problem_with_a_body_not_an_empty_answer()
    {
        await using var factory = Service(new FailingExtractor());
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/extract", UriKind.Relative), Json(Body));
        string json = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(json);
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(500);
        json.Should().NotContain("lexicon table is corrupt", "a server fault's details stay in the server's log");
    }

    [Fact]
    public async Task The_endpoint_uses_the_extractor_registered_for_the_interface()
    {
        await using var factory = Service(new FailingExtractor());
        using var client = factory.CreateClient();
        await using var real = new WebApplicationFactory<ServiceSettings>().WithWebHostBuilder(host => host.UseEnvironment("Production"));
        using var realClient = real.CreateClient();

        using var replaced = await client.PostAsync(new Uri("/extract", UriKind.Relative), Json(Body));
        using var served = await realClient.PostAsync(new Uri("/extract", UriKind.Relative), Json(Body));
        using var document = JsonDocument.Parse(await served.Content.ReadAsStringAsync());

        replaced.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        served.StatusCode.Should().Be(HttpStatusCode.OK);
        document.RootElement.GetProperty("statements")[0].GetProperty("speaker").GetProperty("text").GetString().Should().Be("The minister");
    }

    [Fact]
    public async Task A_bad_setting_stops_the_service_at_start_naming_the_key()
    {
        await using var factory = new WebApplicationFactory<ServiceSettings>()
            .WithWebHostBuilder(host => host.UseEnvironment("Production").UseSetting("Attribution:MaxConcurrentRequests", "none"));

        var start = () => factory.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage("*Attribution:MaxConcurrentRequests must be a positive whole number, not \"none\"*");
    }

    private static WebApplicationFactory<ServiceSettings> Service(IAttributionExtractor extractor, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<ServiceSettings>().WithWebHostBuilder(host =>
        {
            // As deployed: the developer exception page would show a server fault's details.
            host.UseEnvironment("Production");
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }

            host.ConfigureTestServices(services => services.AddSingleton(extractor));
        });

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>An extractor that blocks each call until released or cancelled.</summary>
    private sealed class BlockingExtractor : IAttributionExtractor, IDisposable
    {
        private readonly ManualResetEventSlim _release = new();
        private int _calls;

        public SemaphoreSlim Entered { get; } = new(0);

        public bool SawCancellation { get; private set; }

        public int Calls => Volatile.Read(ref _calls);

        public void Release() => _release.Set();

        public void Dispose()
        {
            _release.Dispose();
            Entered.Dispose();
        }

        public AttributionResult Extract(string text, DateOnly? publicationDate = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            Entered.Release();
            try
            {
                _release.Wait(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                SawCancellation = true;
                throw;
            }

            return new AttributionResult(text, [], []);
        }

        public AttributionResult Extract(ReadOnlyMemory<char> text, DateOnly? publicationDate = null, CancellationToken cancellationToken = default) =>
            Extract(text.ToString(), publicationDate, cancellationToken);

        public AttributionResult Extract(TextReader reader, DateOnly? publicationDate = null, CancellationToken cancellationToken = default) =>
            Extract(reader.ReadToEnd(), publicationDate, cancellationToken);

        public IEnumerable<AttributionDocumentResult> ExtractMany(IEnumerable<AttributionDocument> documents, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("the service extracts one document per request");

        public IAsyncEnumerable<AttributionDocumentResult> ExtractManyAsync(IAsyncEnumerable<AttributionDocument> documents, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("the service extracts one document per request");
    }

    /// <summary>An extractor with a bug: every call throws.</summary>
    private sealed class FailingExtractor : IAttributionExtractor
    {
        public AttributionResult Extract(string text, DateOnly? publicationDate = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The lexicon table is corrupt.");

        public AttributionResult Extract(ReadOnlyMemory<char> text, DateOnly? publicationDate = null, CancellationToken cancellationToken = default) =>
            Extract(text.ToString(), publicationDate, cancellationToken);

        public AttributionResult Extract(TextReader reader, DateOnly? publicationDate = null, CancellationToken cancellationToken = default) =>
            Extract(reader.ReadToEnd(), publicationDate, cancellationToken);

        public IEnumerable<AttributionDocumentResult> ExtractMany(IEnumerable<AttributionDocument> documents, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("the service extracts one document per request");

        public IAsyncEnumerable<AttributionDocumentResult> ExtractManyAsync(IAsyncEnumerable<AttributionDocument> documents, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("the service extracts one document per request");
    }
}

using System.Threading.RateLimiting;
using Attribution;
using Attribution.Extensions.DependencyInjection;
using Attribution.WebApi;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

// A minimal host for the extractor: POST /extract returns the JSON contract of `attribution extract`
// (docs: output format; ?granularity=quote|act as in `attribution extract --granularity`), GET /health runs the health checks, GET /openapi/v1.json describes the API.
// It listens on loopback only unless told otherwise with --urls or the Urls setting. Settings come from
// appsettings.json next to the binary, whatever the working directory. Every limit below reads the
// service's settings through dependency injection, so a host or a test that changes the configuration
// changes the limits too.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (string.IsNullOrEmpty(builder.Configuration["Urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

builder.Services.AddSingleton(provider => ServiceSettings.Read(provider.GetRequiredService<IConfiguration>()));

builder.Services.AddOptions<KestrelServerOptions>().Configure<ServiceSettings>((kestrel, settings) =>
{
    // A larger body is refused with 413 before it is read.
    kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
    kestrel.Limits.MaxRequestBufferSize = ServiceSettings.RequestBufferBytes;
});

// One extractor for the whole process: it is immutable and thread-safe, and building it loads the lexicons.
// Cue verbs and the like come from "Attribution:Extractor"; the document limit follows the service's text limit.
builder.Services.AddAttribution(builder.Configuration.GetSection("Attribution:Extractor"))
    .AddOptions<AttributionServiceOptions>()
    .Configure<ServiceSettings>((options, settings) => options.Limits = options.Limits with { MaxDocumentLength = settings.MaxTextLength });

// Every error answer, ours or the framework's (404, 405, 408, 413, 415, 429, 500), is application/problem+json.
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, WebApiJsonContext.Default));
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddCheck<ExtractorHealthCheck>("extractor");

// Extraction is CPU work over a text held in memory: a few requests at a time, the others waiting unread in a
// bounded queue, so a burst of large requests costs a few requests' memory rather than all of theirs at once.
builder.Services.AddRateLimiter(limiter =>
{
    limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    limiter.AddPolicy(ExtractEndpoint.PolicyName, context =>
    {
        var settings = context.RequestServices.GetRequiredService<ServiceSettings>();
        return RateLimitPartition.GetConcurrencyLimiter(ExtractEndpoint.PolicyName, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = settings.MaxConcurrentRequests,
            QueueLimit = settings.RequestQueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    });
});

// A request that has its turn gets RequestTimeout to be read and extracted. A timeout answers 408: the usual cause
// is a client sending its body too slowly, and nothing a client sends may draw a 5xx.
builder.Services.AddRequestTimeouts();
builder.Services.AddOptions<RequestTimeoutOptions>().Configure<ServiceSettings>((timeouts, settings) =>
    timeouts.AddPolicy(ExtractEndpoint.PolicyName, new RequestTimeoutPolicy
    {
        Timeout = settings.RequestTimeout,
        TimeoutStatusCode = StatusCodes.Status408RequestTimeout,
    }));

var app = builder.Build();

// A bad setting stops the service here, with its key in the message, rather than failing the first request.
_ = app.Services.GetRequiredService<ServiceSettings>();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRateLimiter();
app.UseRequestTimeouts();

app.MapOpenApi();
app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync });
ExtractEndpoint.Map(app);

app.Run();

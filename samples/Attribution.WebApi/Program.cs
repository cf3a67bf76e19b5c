using Attribution;
using Attribution.Extensions.DependencyInjection;
using Attribution.WebApi;

// A minimal host for the extractor: POST /extract returns the JSON contract of `attribution extract`
// (docs: output format; ?granularity=quote|act as in `attribution extract --granularity`), GET /health says the service is up. It listens on loopback only unless
// told otherwise with --urls or the Urls setting. Settings come from appsettings.json next to the
// binary, whatever the working directory.
var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (string.IsNullOrEmpty(builder.Configuration["Urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

int maxTextLength = builder.Configuration.GetValue("Attribution:MaxTextLength", 1_000_000);

// Bodies are JSON text, so a few bytes per code unit at most; a larger body is refused before it is read.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = (maxTextLength * 6L) + 4096);

// One extractor for the whole process: it is immutable and thread-safe, and building it loads the lexicons.
builder.Services.AddAttribution(options => options.Limits = options.Limits with { MaxDocumentLength = maxTextLength });
builder.Services.AddProblemDetails();

var app = builder.Build();

app.MapGet("/health", () => Results.Text("{\"status\":\"ok\"}", "application/json"));

app.MapPost("/extract", async (HttpContext context, AttributionExtractor extractor) =>
{
    var (request, problem) = await ExtractRequestReader.ReadAsync(context.Request.Body, maxTextLength, context.RequestAborted).ConfigureAwait(false);
    if (request is null)
    {
        return Results.Problem(title: "Bad extract request", detail: problem, statusCode: StatusCodes.Status400BadRequest);
    }

    // ?granularity=quote|act picks the statement granularity per request; the default is the configured one.
    var granularity = context.Request.Query["granularity"];
    if (granularity.Count > 0)
    {
        switch (granularity.ToString())
        {
            case "quote":
                extractor = extractor.WithGranularity(AttributionGranularity.Quote);
                break;
            case "act":
                extractor = extractor.WithGranularity(AttributionGranularity.Act);
                break;
            default:
                return Results.Problem(title: "Bad extract request", detail: $"granularity must be quote or act, not '{granularity}'.", statusCode: StatusCodes.Status400BadRequest);
        }
    }

    AttributionResult result;
    try
    {
        result = extractor.Extract(request.Text, request.Date);
    }
    catch (ArgumentException e)
    {
        return Results.Problem(title: "Bad extract request", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
    }

    return new ContractJsonResult(request.Id, result);
});

app.Run();

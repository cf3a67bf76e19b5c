using System.IO.Pipelines;
using System.Text.Json;
using Attribution.Serialization;

namespace Attribution.WebApi;

/// <summary>Writes a result as the output contract straight to the response, through <see cref="AttributionJson"/>.</summary>
internal sealed class ContractJsonResult(string id, AttributionResult result) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        PipeWriter body = httpContext.Response.BodyWriter;
        using (var writer = new Utf8JsonWriter(body, AttributionJson.WriterOptions))
        {
            AttributionJson.WriteDocument(writer, id, null, result);
        }

        await body.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}

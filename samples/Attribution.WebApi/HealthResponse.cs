using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Attribution.WebApi;

/// <summary>Writes a health report as <c>{"status":"healthy"}</c> (or <c>degraded</c>, <c>unhealthy</c>).</summary>
internal static class HealthResponse
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteString("status", report.Status switch
        {
            HealthStatus.Healthy => "healthy",
            HealthStatus.Degraded => "degraded",
            _ => "unhealthy",
        });
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}

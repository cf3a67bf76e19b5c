using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Attribution.WebApi;

/// <summary>
/// Healthy when the shared extractor can be built and finds the statement of a one-sentence probe: that proves the
/// options were valid and the embedded lexicons loaded, for the cost of a few microseconds.
/// </summary>
internal sealed class ExtractorHealthCheck(IAttributionExtractor extractor) : IHealthCheck
{
    private const string Probe = "The minister said the talks would resume.";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = extractor.Extract(Probe, null, cancellationToken);
        return Task.FromResult(result.Statements.Length == 1
            ? HealthCheckResult.Healthy("The extractor finds the probe's statement.")
            : HealthCheckResult.Unhealthy($"The extractor found {result.Statements.Length} statements in the probe sentence instead of 1."));
    }
}

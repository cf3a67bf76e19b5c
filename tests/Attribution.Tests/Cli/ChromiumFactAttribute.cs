namespace Attribution.Tests.Cli;

/// <summary>
/// A fact that needs headless Chromium. xunit 2 has no skip from inside a test, so the skip is decided when
/// tests are discovered: skipped with the reason when chromium is missing on a developer machine, but run
/// (and failing with that reason) when the environment says CI=true, so CI can never silently lose it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        bool onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (HeadlessChromium.MissingReason is { } reason && !onCi)
        {
            Skip = reason;
        }
    }
}

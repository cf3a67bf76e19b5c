using System.Diagnostics;

namespace Attribution.Tests.Cli;

/// <summary>
/// Runs Debian's <c>chromium</c> headless on a local file with networking features off and a throwaway
/// profile; every run is bounded in time and killed (with its children) when it overruns.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The chromium executable on PATH, or null when it is not installed.</summary>
    public static string? ExecutablePath { get; } = Find("chromium") ?? Find("chromium-browser");

    /// <summary>Why a browser test cannot run here, or null when it can.</summary>
    public static string? MissingReason => ExecutablePath is null
        ? "chromium is not installed (apt-get install -y chromium; .ci/run installs it); with CI=true this test fails instead of skipping"
        : null;

    /// <summary>The serialized DOM after the page's scripts ran.</summary>
    public static string DumpDom(string htmlPath, string profileDirectory) =>
        Run(profileDirectory, "--dump-dom", new Uri(htmlPath).AbsoluteUri);

    /// <summary>Writes a PNG screenshot of the page's first <paramref name="width"/>×<paramref name="height"/> pixels.</summary>
    public static void Screenshot(string htmlPath, string pngPath, int width, int height, string profileDirectory) =>
        Run(profileDirectory, $"--screenshot={pngPath}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(htmlPath).AbsoluteUri);

    private static string Run(string profileDirectory, params string[] arguments)
    {
        string executable = ExecutablePath ?? throw new InvalidOperationException(MissingReason);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--disable-default-apps", "--force-color-profile=srgb", "--force-device-scale-factor=1",
            $"--user-data-dir={profileDirectory}",
        })
        {
            start.ArgumentList.Add(flag);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s: {string.Join(' ', arguments)}");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {error.Result}");
        }

        return output.Result;
    }

    private static string? Find(string name)
    {
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (directory.Length > 0 && File.Exists(Path.Combine(directory, name)))
            {
                return Path.Combine(directory, name);
            }
        }

        return null;
    }
}

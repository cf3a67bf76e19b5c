namespace Attribution.Tests.Packaging;

/// <summary>
/// The library, its DI companion and the token budgets packed once, at a unique prerelease version, into a local feed in a
/// temporary folder; bin and obj go there too (<c>--artifacts-path</c>), so nothing is written inside the
/// repository. Deleted afterwards.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(10);

    private static readonly string[] PackedProjects =
    [
        "src/Attribution/Attribution.csproj",
        "src/Attribution.Extensions.DependencyInjection/Attribution.Extensions.DependencyInjection.csproj",
        "src/Attribution.TokenBudgets/Attribution.TokenBudgets.csproj",
    ];

    public PackedFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "attribution-package-test-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Version = "0.0.0-packagetest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Repository = FindRepositoryRoot();
        Directory.CreateDirectory(Root);
        // One pack of a throw-away solution: one restore and a parallel build for both projects.
        string solution = Path.Combine(Root, "packages.slnx");
        File.WriteAllText(solution, $"""
            <Solution>
            {string.Concat(PackedProjects.Select(p => $"  <Project Path=\"{Path.Combine(Repository, p)}\" />\n"))}</Solution>
            """);
        var pack = DotnetProcess.Run(Root, new Dictionary<string, string>(), StepTimeout,
            "pack", solution, "-c", "Release", "-o", Feed, "--artifacts-path", Path.Combine(Root, "artifacts"), $"-p:Version={Version}");
        PackTime = pack.Elapsed;
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed ({pack.ExitCode}):\n{pack.Output}");
        }
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string Repository { get; }

    public TimeSpan PackTime { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child process still holding a file: the temporary folder is the system's to clean.
        }
    }

    internal static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Attribution.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Attribution.sln above {AppContext.BaseDirectory}.");
    }
}

using System.Globalization;
using System.Runtime.InteropServices;

namespace Attribution.Tests.Packaging;

/// <summary>
/// The CLI packed once as a .NET tool, at a unique prerelease version, into a local feed in a temporary
/// folder (bin and obj too, through <c>--artifacts-path</c>), then installed from that feed with
/// <c>dotnet tool install --tool-path</c> into an empty package cache, as a user would. Deleted afterwards.
/// The one <c>dotnet pack</c> writes the main package and its RID packages: Native AOT for this machine's RID
/// when a C tool chain is present (<see cref="NativeRuntimeIdentifier"/>), and the framework-dependent <c>any</c>.
/// </summary>
public sealed class PackedTool : IDisposable
{
    public const string PackageId = "Attribution.Cli";

    public PackedTool()
    {
        Root = Path.Combine(Path.GetTempPath(), "attribution-tool-test-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        ToolPath = Path.Combine(Root, "tools");
        Version = "0.0.0-tooltest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Repository = PackedFeed.FindRepositoryRoot();
        Directory.CreateDirectory(Root);
        Pack = DotnetProcess.Run(Root, new Dictionary<string, string>(), PackedFeed.StepTimeout,
            "pack", Path.Combine(Repository, "samples", "Attribution.Cli", "Attribution.Cli.csproj"), "-c", "Release", "-o", Feed,
            "--artifacts-path", Path.Combine(Root, "artifacts"), $"-p:Version={Version}");
        Install = Pack.ExitCode != 0 ? Pack : DotnetProcess.Run(Root, IsolatedCache, PackedFeed.StepTimeout,
            "tool", "install", PackageId, "--tool-path", ToolPath, "--add-source", Feed, "--version", Version);
    }

    public string Root { get; }

    /// <summary>
    /// The RID whose package holds a Native AOT executable, or null: as the CLI project decides, this machine's
    /// RID when clang or gcc is installed (Native AOT links with one of them), never on Windows.
    /// </summary>
    public static string? NativeRuntimeIdentifier { get; } =
        !OperatingSystem.IsWindows() && new[] { "/usr/bin/clang", "/usr/local/bin/clang", "/usr/bin/gcc" }.Any(File.Exists)
            ? RuntimeInformation.RuntimeIdentifier
            : null;

    public string Feed { get; }

    public string ToolPath { get; }

    public string Version { get; }

    public string Repository { get; }

    internal DotnetProcess.Outcome Pack { get; }

    internal DotnetProcess.Outcome Install { get; }

    /// <summary>The package cache of this test only, so a stale cache cannot hide a broken package.</summary>
    public IReadOnlyDictionary<string, string> IsolatedCache => new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

    /// <summary>The path of a package in the feed: the main one, or with <paramref name="runtimeIdentifier"/> one of its RID packages.</summary>
    public string PackagePath(string? runtimeIdentifier = null) =>
        Path.Combine(Feed, runtimeIdentifier is null ? $"{PackageId}.{Version}.nupkg" : $"{PackageId}.{runtimeIdentifier}.{Version}.nupkg");

    /// <summary>Runs the installed <c>attribution</c> command, on the runtime of the dotnet that installed it.</summary>
    internal DotnetProcess.Outcome RunTool(params string[] arguments)
    {
        string dotnet = DotnetProcess.DotnetPath();
        string? root = Path.IsPathRooted(dotnet) ? Path.GetDirectoryName(dotnet) : null;
        var environment = root is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["DOTNET_ROOT"] = root };
        string command = Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "attribution.exe" : "attribution");
        return DotnetProcess.RunProgram(command, Root, environment, PackedFeed.StepTimeout, arguments);
    }

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
}

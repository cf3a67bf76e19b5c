using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Packaging;

/// <summary>
/// <c>dotnet pack</c> of the CLI gives a real .NET tool (a main package naming its RID packages: Native AOT where
/// this machine can link it, framework-dependent <c>any</c> everywhere else), <c>dotnet tool install --add-source FEED</c>
/// installs it, and the installed <c>attribution</c> command runs: --version, extract, and an input error.
/// </summary>
[Collection(PackagingRunsAlone.Name)]
public sealed class ToolPackageTests(PackedTool tool) : IClassFixture<PackedTool>
{
    [Fact]
    public void The_main_package_is_a_dotnet_tool_whose_command_is_attribution_and_names_its_runtime_packages()
    {
        tool.Pack.ExitCode.Should().Be(0, tool.Pack.Output);
        using var package = ZipFile.OpenRead(tool.PackagePath());
        package.Entries.Select(e => e.FullName).Should().Contain(["README.md", "WORDNET-LICENSE.txt", "tools/any/any/DotnetToolSettings.xml"])
            .And.NotContain(name => name.EndsWith(".dll", StringComparison.Ordinal), "the code is in the RID packages");

        var settings = XDocument.Load(package.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open());
        settings.Descendants("Command").Should().ContainSingle().Which.Attribute("Name")!.Value.Should().Be("attribution");
        var runtimePackages = settings.Descendants("RuntimeIdentifierPackage")
            .ToDictionary(p => p.Attribute("RuntimeIdentifier")!.Value, p => p.Attribute("Id")!.Value);
        var expected = new Dictionary<string, string> { ["any"] = $"{PackedTool.PackageId}.any" };
        if (PackedTool.NativeRuntimeIdentifier is { } native)
        {
            expected[native] = $"{PackedTool.PackageId}.{native}";
        }

        runtimePackages.Should().BeEquivalentTo(expected);
        var nuspec = Nuspec(package);
        nuspec.Descendants(nuspec.Root!.Name.Namespace + "packageType").Select(t => t.Attribute("name")!.Value).Should().Equal("DotnetTool");
        nuspec.Descendants(nuspec.Root!.Name.Namespace + "license").Single().Value.Should().Be("MIT");
    }

    [Fact]
    public void The_any_package_is_the_framework_dependent_command_and_runs_on_the_installed_runtime()
    {
        tool.Pack.ExitCode.Should().Be(0, tool.Pack.Output);
        string folder = Path.Combine(tool.Root, "any-package");
        using (var package = ZipFile.OpenRead(tool.PackagePath("any")))
        {
            package.Entries.Select(e => e.FullName).Should().Contain(
                ["tools/net10.0/any/Attribution.Cli.dll", "tools/net10.0/any/Attribution.dll", "tools/net10.0/any/System.CommandLine.dll"]);
            var command = XDocument.Load(package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open()).Descendants("Command").Single();
            command.Attribute("Runner")!.Value.Should().Be("dotnet");
            command.Attribute("EntryPoint")!.Value.Should().Be("Attribution.Cli.dll");
            Nuspec(package).Descendants(Nuspec(package).Root!.Name.Namespace + "packageType").Select(t => t.Attribute("name")!.Value)
                .Should().Equal("DotnetToolRidPackage");
            package.ExtractToDirectory(folder);
        }

        var version = DotnetProcess.Run(tool.Root, new Dictionary<string, string>(), PackedFeed.StepTimeout,
            Path.Combine(folder, "tools", "net10.0", "any", "Attribution.Cli.dll"), "--version");

        version.ExitCode.Should().Be(0, version.Output);
        version.Output.Trim().Should().StartWith(tool.Version);
    }

    [Fact]
    public void The_feed_holds_a_native_package_only_where_a_C_tool_chain_can_link_one()
    {
        tool.Pack.ExitCode.Should().Be(0, tool.Pack.Output);
        string? native = PackedTool.NativeRuntimeIdentifier;
        var packages = Directory.EnumerateFiles(tool.Feed, "*.nupkg").Select(Path.GetFileName).ToList();
        packages.Should().BeEquivalentTo(native is null
            ? [$"{PackedTool.PackageId}.{tool.Version}.nupkg", $"{PackedTool.PackageId}.any.{tool.Version}.nupkg"]
            : new[] { $"{PackedTool.PackageId}.{tool.Version}.nupkg", $"{PackedTool.PackageId}.any.{tool.Version}.nupkg", $"{PackedTool.PackageId}.{native}.{tool.Version}.nupkg" });
        if (native is null)
        {
            return;
        }

        using var package = ZipFile.OpenRead(tool.PackagePath(native));
        var files = package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tools/", StringComparison.Ordinal)).ToList();
        files.Should().Contain($"tools/any/{native}/Attribution.Cli");
        files.Should().NotContain(n => n.EndsWith(".dll", StringComparison.Ordinal), "a Native AOT executable has no assemblies beside it");
        files.Should().NotContain(n => n.EndsWith(".dbg", StringComparison.Ordinal), "the native debug symbols stay out of the package");
        var command = XDocument.Load(package.GetEntry($"tools/any/{native}/DotnetToolSettings.xml")!.Open()).Descendants("Command").Single();
        command.Attribute("Runner")!.Value.Should().Be("executable");
    }

    [Fact]
    public void The_installed_command_prints_its_version_and_extracts_the_seed_article()
    {
        tool.Install.ExitCode.Should().Be(0, tool.Install.Output);

        var version = tool.RunTool("--version");
        var extract = tool.RunTool("extract", TestData.PathOf("seed", "guterres-netanyahu.txt"), "-d", "2024-09-27");

        version.ExitCode.Should().Be(0, version.Output);
        version.Output.Trim().Should().StartWith(tool.Version);
        extract.ExitCode.Should().Be(0, extract.Output);
        using var json = JsonDocument.Parse(extract.Output);
        json.RootElement.GetProperty("id").GetString().Should().Be("guterres-netanyahu");
        json.RootElement.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("speaker").GetProperty("text").GetString())
            .Should().Contain("United Nations Secretary-General António Guterres");
    }

    [Fact]
    public void The_installed_command_is_the_native_executable_where_one_was_packed()
    {
        tool.Install.ExitCode.Should().Be(0, tool.Install.Output);
        string command = Path.Combine(tool.ToolPath, OperatingSystem.IsWindows() ? "attribution.exe" : "attribution");
        string? installedPackage = Directory.EnumerateDirectories(Path.Combine(tool.ToolPath, ".store", PackedTool.PackageId.ToLowerInvariant(), tool.Version))
            .Select(Path.GetFileName).SingleOrDefault(name => name!.StartsWith(PackedTool.PackageId.ToLowerInvariant() + ".", StringComparison.Ordinal));

        File.Exists(command).Should().BeTrue();
        installedPackage.Should().Be($"{PackedTool.PackageId}.{PackedTool.NativeRuntimeIdentifier ?? "any"}".ToLowerInvariant());
    }

    [Fact]
    public void The_installed_command_reports_an_empty_directory_and_misuse_with_their_exit_codes()
    {
        tool.Install.ExitCode.Should().Be(0, tool.Install.Output);
        string empty = Directory.CreateDirectory(Path.Combine(tool.Root, "empty")).FullName;

        var nothing = tool.RunTool("extract", empty);
        var misuse = tool.RunTool("extract", empty, "--date", "tomorrow");

        nothing.ExitCode.Should().Be(1);
        nothing.Output.Should().Contain($"attribution: {empty}: a directory with no *.txt files to read");
        misuse.ExitCode.Should().Be(2);
        misuse.Output.Should().Contain("--date: expected YYYY-MM-DD, not 'tomorrow'.");
    }

    private static XDocument Nuspec(ZipArchive package) =>
        XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
}

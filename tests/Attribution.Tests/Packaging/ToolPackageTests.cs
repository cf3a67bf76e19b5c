using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Packaging;

/// <summary>
/// <c>dotnet pack</c> of the CLI gives a real .NET tool package, <c>dotnet tool install --add-source FEED</c>
/// installs it, and the installed <c>attribution</c> command runs: --version, extract, and an input error.
/// </summary>
[Collection(PackagingRunsAlone.Name)]
public sealed class ToolPackageTests(PackedTool tool) : IClassFixture<PackedTool>
{
    [Fact]
    public void The_package_is_a_dotnet_tool_whose_command_is_attribution()
    {
        tool.Pack.ExitCode.Should().Be(0, tool.Pack.Output);
        using var package = ZipFile.OpenRead(Path.Combine(tool.Feed, $"{PackedTool.PackageId}.{tool.Version}.nupkg"));
        var names = package.Entries.Select(e => e.FullName).ToList();
        names.Should().Contain(["README.md", "WORDNET-LICENSE.txt", "tools/net10.0/any/Attribution.Cli.dll", "tools/net10.0/any/Attribution.dll", "tools/net10.0/any/System.CommandLine.dll"]);

        var settings = XDocument.Load(package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        settings.Descendants("Command").Should().ContainSingle().Which.Attribute("Name")!.Value.Should().Be("attribution");

        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        nuspec.Descendants(ns + "packageType").Select(t => t.Attribute("name")!.Value).Should().Equal("DotnetTool");
        nuspec.Descendants(ns + "license").Single().Value.Should().Be("MIT");
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
}

using System.IO.Compression;
using System.Reflection.Metadata;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace Attribution.Tests.Packaging;

/// <summary>
/// Packs the library and its DI companion into a local feed in a temporary folder, then restores, builds
/// and runs a consumer project that references them by version (tests/PackageConsumer), so a broken
/// package cannot land. The consumer restores into its own empty package cache, so a stale cache cannot
/// hide a broken package. Nothing is written inside the repository (see <see cref="PackedFeed"/>).
/// </summary>
[Collection(PackagingRunsAlone.Name)]
public sealed class PackageConsumerTests(PackedFeed packed, ITestOutputHelper output) : IClassFixture<PackedFeed>
{
    [Fact]
    public void A_consumer_restores_the_packed_packages_by_version_and_extracts_with_them()
    {
        string consumer = Path.Combine(packed.Root, "consumer");
        Directory.CreateDirectory(consumer);
        foreach (var file in new[] { "PackageConsumer.csproj", "Program.cs" })
        {
            File.Copy(Path.Combine(packed.Repository, "tests", "PackageConsumer", file), Path.Combine(consumer, file));
        }

        // The local feed on top of the machine's usual sources (no <clear/>): dependencies come from the feed.
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="attribution-local" value="{packed.Feed}" />
              </packageSources>
            </configuration>
            """);
        var isolatedCache = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(packed.Root, "packages") };

        var run = DotnetProcess.Run(consumer, isolatedCache, PackedFeed.StepTimeout,
            "run", "-c", "Release", $"-p:AttributionPackageVersion={packed.Version}");

        output.WriteLine($"pack {packed.PackTime.TotalSeconds:F0} s, consumer restore+build+run {run.Elapsed.TotalSeconds:F0} s");
        run.ExitCode.Should().Be(0, run.Output);
        Directory.EnumerateDirectories(Path.Combine(packed.Root, "packages", "attribution")).Select(Path.GetFileName)
            .Should().Equal([packed.Version], "the consumer restored the package just packed, into its own cache");
        var lines = run.Output.Split('\n', StringSplitOptions.TrimEntries);
        lines.Should().Contain("sentences: 2");
        lines.Should().Contain(
            ["statement: Indirect | The finance minister | say | the budget was too small", "statement: Direct | she | tell | “We cannot build schools on promises,”"],
            "the packaged extractor, resolved from DI, finds both statements of the consumer's text");
        string json = lines.Single(l => l.StartsWith("json: ", StringComparison.Ordinal))["json: ".Length..];
        string contract = lines.Single(l => l.StartsWith("contract: ", StringComparison.Ordinal))["contract: ".Length..];
        contract.Should().Be("""{"id":"consumer","source":null,""" + json[1..], "the packaged JSON context writes the contract");
        json.Should().StartWith("""{"statements":[""");
    }

    [Fact]
    public void The_core_package_holds_docs_readme_licence_and_symbols_and_depends_on_nothing()
    {
        using var package = ZipFile.OpenRead(Path.Combine(packed.Feed, $"Attribution.{packed.Version}.nupkg"));
        package.Entries.Select(e => e.FullName).Should().Contain(
        [
            "README.md", "WORDNET-LICENSE.txt",
            "lib/net8.0/Attribution.dll", "lib/net8.0/Attribution.xml",
            "lib/net10.0/Attribution.dll", "lib/net10.0/Attribution.xml",
        ]);
        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName == "Attribution.nuspec").Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        metadata.Element(ns + "license")!.Value.Should().Be("MIT");
        metadata.Element(ns + "license")!.Attribute("type")!.Value.Should().Be("expression");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        string commit = metadata.Element(ns + "repository")!.Attribute("commit")!.Value;
        commit.Should().MatchRegex("^[0-9a-f]{40}$");
        metadata.Descendants(ns + "dependency").Should().BeEmpty("the core depends on the base class library only; SourceLink is a private build asset");

        using var symbols = ZipFile.OpenRead(Path.Combine(packed.Feed, $"Attribution.{packed.Version}.snupkg"));
        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            var pdb = symbols.Entries.Single(e => e.FullName == $"lib/{framework}/Attribution.pdb");
            SourceLinkOf(pdb).Should().StartWith("{\"documents\":").And.Contain($"/{commit}/", "the symbols map every source file to the repository at the packed commit");
        }
    }

    [Fact]
    public void The_di_companion_depends_on_the_core_and_on_the_microsoft_extensions_line_of_each_framework()
    {
        using var package = ZipFile.OpenRead(Path.Combine(packed.Feed, $"Attribution.Extensions.DependencyInjection.{packed.Version}.nupkg"));
        var groups = DependencyGroups(package);

        groups.Keys.Should().BeEquivalentTo("net8.0", "net10.0");
        groups["net8.0"].Should().BeEquivalentTo(
            $"Attribution {packed.Version}",
            "Microsoft.Extensions.DependencyInjection.Abstractions 8.0.2",
            "Microsoft.Extensions.Options 8.0.2",
            "Microsoft.Extensions.Options.ConfigurationExtensions 8.0.0");
        groups["net10.0"].Should().BeEquivalentTo(
            $"Attribution {packed.Version}",
            "Microsoft.Extensions.DependencyInjection.Abstractions 10.0.15",
            "Microsoft.Extensions.Options 10.0.15",
            "Microsoft.Extensions.Options.ConfigurationExtensions 10.0.15");
        package.Entries.Select(e => e.FullName).Should().Contain(["README.md", "lib/net8.0/Attribution.Extensions.DependencyInjection.xml"]);
    }

    [Fact]
    public void The_token_budgets_package_pulls_nothing_from_a_newer_line_into_net8()
    {
        using var package = ZipFile.OpenRead(Path.Combine(packed.Feed, $"Attribution.TokenBudgets.{packed.Version}.nupkg"));
        var groups = DependencyGroups(package);

        groups.Keys.Should().BeEquivalentTo("net8.0", "net10.0");
        groups["net8.0"].Should().BeEquivalentTo($"Attribution {packed.Version}", "Microsoft.ML.Tokenizers 2.0.1");
        groups["net10.0"].Should().BeEquivalentTo($"Attribution {packed.Version}", "Microsoft.ML.Tokenizers 2.0.1");
    }

    [Theory]
    [InlineData("Attribution")]
    [InlineData("Attribution.Extensions.DependencyInjection")]
    [InlineData("Attribution.TokenBudgets")]
    public void Each_package_carries_a_short_readme_of_its_own_without_relative_links(string id)
    {
        using var package = ZipFile.OpenRead(Path.Combine(packed.Feed, $"{id}.{packed.Version}.nupkg"));
        string readme;
        using (var reader = new StreamReader(package.Entries.Single(e => e.FullName == "README.md").Open()))
        {
            readme = reader.ReadToEnd();
        }

        readme.Should().StartWith($"# {id}\n");
        readme.Length.Should().BeLessThan(4096, "a package page needs the gist, not the 41 KB repository README");
        readme.Should().NotContain("![", "nuget.org cannot show images linked by relative path");
        readme.Should().NotContain("](#").And.NotContain("](docs/").And.NotContain("](samples/");
        readme.Should().Contain("```csharp", "the page shows how to use the package");
    }

    /// <summary>The nuspec's dependencies, "id version", per target framework.</summary>
    private static Dictionary<string, string[]> DependencyGroups(ZipArchive package)
    {
        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        return nuspec.Descendants(ns + "group").ToDictionary(
            g => g.Attribute("targetFramework")!.Value,
            g => g.Elements(ns + "dependency").Select(d => $"{d.Attribute("id")!.Value} {d.Attribute("version")!.Value}").ToArray());
    }

    /// <summary>The SourceLink JSON embedded in a portable PDB.</summary>
    private static string SourceLinkOf(ZipArchiveEntry pdb)
    {
        var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        using var copy = new MemoryStream();
        using (var stream = pdb.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(copy);
        var reader = provider.GetMetadataReader();
        foreach (var handle in reader.CustomDebugInformation)
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == sourceLinkKind)
            {
                return System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
        }

        return string.Empty;
    }
}

using Attribution.Cli;
using Attribution.Cli.CommandLine;
using Attribution.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Attribution.Tests.Granularity;

/// <summary>The granularity option where callers set it: the extractor, the DI options and the CLI.</summary>
public sealed class GranularitySurfaceTests
{
    private const string Story = "“We will not back down,” Mayor Ana Ruiz said on Tuesday. “The city deserves better than this.”";

    [Fact]
    public void An_extractor_switches_granularity_sharing_its_lexicons_and_limits()
    {
        var quote = new AttributionPipelineBuilder().AddCueVerbs("harrumph")
            .WithOptions(new AttributionOptions { MaxDocumentLength = 10_000 }).Build();
        var act = quote.WithGranularity(AttributionGranularity.Act);

        quote.WithGranularity(AttributionGranularity.Quote).Should().BeSameAs(quote);
        act.Options.Should().Be(new AttributionOptions { MaxDocumentLength = 10_000, Granularity = AttributionGranularity.Act });
        act.Extract("The mayor harrumphed that the budget was a fantasy.").Statements.Should().ContainSingle()
            .Which.Content.Text.Should().Be("that the budget was a fantasy", "the caller's cue verb is kept and act spans apply");
        quote.Extract(Story).Statements.Should().HaveCount(2);
        act.Extract(Story).Statements.Should().ContainSingle();
        quote.Invoking(e => e.WithGranularity((AttributionGranularity)9)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_di_options_set_the_granularity_of_the_shared_extractor()
    {
        using var provider = new ServiceCollection().AddAttribution(o => o.Granularity = AttributionGranularity.Act).BuildServiceProvider();
        var extractor = provider.GetRequiredService<AttributionExtractor>();

        extractor.Options.Granularity.Should().Be(AttributionGranularity.Act);
        extractor.Extract(Story).Statements.Should().ContainSingle().Which.Fragments.Should().HaveCount(2);
    }

    [Fact]
    public void The_di_options_refuse_an_undefined_granularity()
    {
        using var provider = new ServiceCollection().AddAttribution(o => o.Granularity = (AttributionGranularity)5).BuildServiceProvider();

        provider.Invoking(p => p.GetRequiredService<AttributionExtractor>()).Should().Throw<OptionsValidationException>()
            .WithMessage("*Granularity must be Quote or Act*");
    }

    [Fact]
    public void The_cli_reads_granularity_on_extract_and_eval_with_quote_as_the_default()
    {
        CliOptions.Parse("extract", ["story.txt"]).Granularity.Should().Be(AttributionGranularity.Quote);
        CliOptions.Parse("extract", ["story.txt", "--granularity", "act"]).Granularity.Should().Be(AttributionGranularity.Act);
        CliOptions.Parse("extract", ["story.txt", "--granularity=act"]).CreateExtractor().Options.Granularity.Should().Be(AttributionGranularity.Act);
        CliCommandLine.ParseEvalCommand(["gold.jsonl"]).Granularity.Should().Be(AttributionGranularity.Quote);
        CliCommandLine.ParseEvalCommand(["gold.jsonl", "--granularity", "act"]).Granularity.Should().Be(AttributionGranularity.Act);
        FluentActions.Invoking(() => CliOptions.Parse("extract", ["story.txt", "--granularity", "paragraph"]))
            .Should().Throw<UsageException>().WithMessage("*expected quote or act*");
    }
}

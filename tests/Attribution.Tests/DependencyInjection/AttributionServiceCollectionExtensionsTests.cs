using Attribution.Extensions.DependencyInjection;
using Attribution.Serialization;
using Attribution.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Attribution.Tests.DependencyInjection;

public sealed class AttributionServiceCollectionExtensionsTests
{
    private const string Grumble = "The finance minister grumbled that the budget left the ministry with too little money. “We cannot build schools on promises,” she told reporters on Monday.";

    [Fact]
    public void One_extractor_is_shared_by_every_consumer_and_scope()
    {
        using var provider = new ServiceCollection().AddAttribution().BuildServiceProvider();

        var first = provider.GetRequiredService<AttributionExtractor>();
        using var scope = provider.CreateScope();
        var inScope = scope.ServiceProvider.GetRequiredService<AttributionExtractor>();

        inScope.Should().BeSameAs(first);
        first.Options.Should().Be(new AttributionOptions());
        provider.GetRequiredService<IAttributionExtractor>().Should().BeSameAs(first, "the interface resolves to the one shared extractor");
    }

    [Fact]
    public void The_shared_extractor_answers_concurrent_requests_like_a_fresh_one()
    {
        using var provider = new ServiceCollection().AddAttribution().BuildServiceProvider();
        var shared = provider.GetRequiredService<AttributionExtractor>();
        string text = SeedArticleResult.Text;
        string expected = AttributionJson.Serialize("seed", null, AttributionExtractor.CreateDefault().Extract(text, new DateOnly(2024, 9, 27)));

        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = AttributionJson.Serialize("seed", null, shared.Extract(text, new DateOnly(2024, 9, 27))));

        results.Should().AllBe(expected);
    }

    [Fact]
    public void Configured_verbs_and_limits_reach_the_extractor()
    {
        using var provider = new ServiceCollection()
            .AddAttribution(options =>
            {
                options.CueVerbs.Add("grumble");
                options.BeliefVerbs.Add("suspect");
                options.Limits = options.Limits with { MaxDocumentLength = 500 };
            })
            .BuildServiceProvider();

        var extractor = provider.GetRequiredService<AttributionExtractor>();

        extractor.Options.MaxDocumentLength.Should().Be(500);
        var built = new AttributionPipelineBuilder()
            .AddCueVerbs("grumble")
            .AddBeliefVerbs("suspect")
            .WithOptions(new AttributionOptions { MaxDocumentLength = 500 })
            .Build();
        AttributionJson.Serialize("grumble", null, extractor.Extract(Grumble))
            .Should().Be(AttributionJson.Serialize("grumble", null, built.Extract(Grumble)));
        var tooLong = () => extractor.Extract(new string('a', 501));
        tooLong.Should().Throw<ArgumentException>().WithMessage("*500*");
    }

    [Fact]
    public void A_cue_verb_added_through_the_options_finds_statements_the_default_lexicon_misses()
    {
        const string Text = "The mayor harrumphed that the council had wasted a year on the stadium plan.";
        using var configured = new ServiceCollection().AddAttribution(options => options.CueVerbs.Add("harrumph")).BuildServiceProvider();
        using var plain = new ServiceCollection().AddAttribution().BuildServiceProvider();

        var found = configured.GetRequiredService<AttributionExtractor>().Extract(Text).Statements;
        var missed = plain.GetRequiredService<AttributionExtractor>().Extract(Text).Statements;

        found.Should().ContainSingle(s => s.Cue != null && s.Cue.Lemma == "harrumph" && s.Speaker != null && s.Speaker.Text == "The mayor")
            .Which.Content.Text.Should().Be("the council had wasted a year on the stadium plan");
        missed.Should().NotContain(s => s.Cue != null && s.Cue.Lemma == "harrumph");
    }

    [Fact]
    public void Configuration_steps_accumulate_and_the_registration_stays_single()
    {
        var services = new ServiceCollection()
            .AddAttribution(options => options.CueVerbs.Add("grumble"))
            .AddAttribution(options => options.CueVerbs.Add("quip"));
        using var provider = services.BuildServiceProvider();

        services.Count(d => d.ServiceType == typeof(AttributionExtractor)).Should().Be(1);
        provider.GetRequiredService<IOptions<AttributionServiceOptions>>().Value.CueVerbs.Should().Equal("grumble", "quip");
    }

    [Fact]
    public void Options_bound_by_the_options_pattern_are_honoured()
    {
        var services = new ServiceCollection().AddAttribution();
        services.Configure<AttributionServiceOptions>(options => options.Limits = new AttributionOptions { MaxDocumentLength = 1234 });
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<AttributionExtractor>().Options.MaxDocumentLength.Should().Be(1234);
    }

    [Fact]
    public void Invalid_options_fail_on_first_use_with_every_reason()
    {
        using var provider = new ServiceCollection()
            .AddAttribution(options =>
            {
                options.CueVerbs.Add("  ");
                options.Limits = new AttributionOptions { MaxDocumentLength = 0 };
            })
            .BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<AttributionExtractor>();

        resolve.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().HaveCount(2)
            .And.Contain(f => f.Contains("MaxDocumentLength", StringComparison.Ordinal))
            .And.Contain(f => f.Contains("CueVerbs[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_bound_from_configuration_reach_the_extractor_and_change_no_other_extractor()
    {
        var configuration = Configuration(new()
        {
            ["Attribution:CueVerbs:0"] = "grumble",
            ["Attribution:Limits:MaxDocumentLength"] = "50",
        });
        using var bound = new ServiceCollection().AddAttribution(configuration.GetSection("Attribution")).BuildServiceProvider();
        var extractor = bound.GetRequiredService<IAttributionExtractor>();
        using var plain = new ServiceCollection().AddAttribution().BuildServiceProvider();

        var tooLong = () => extractor.Extract("The minister said on Monday that the talks would resume next week.");

        tooLong.Should().Throw<ArgumentException>().WithMessage("*more than the limit of 50*");
        bound.GetRequiredService<AttributionExtractor>().Extract("He grumbled that it was late.").Statements
            .Should().ContainSingle(s => s.Cue != null && s.Cue.Lemma == "grumble", "the bound cue verb reaches the extractor");
        plain.GetRequiredService<AttributionExtractor>().Options.MaxDocumentLength.Should().Be(AttributionOptions.DefaultMaxDocumentLength, "binding wrote no shared default");
        new AttributionOptions().MaxDocumentLength.Should().Be(AttributionOptions.DefaultMaxDocumentLength);
        AttributionExtractor.CreateDefault().Options.MaxDocumentLength.Should().Be(AttributionOptions.DefaultMaxDocumentLength);
        new AttributionServiceOptions().Limits.Should().NotBeSameAs(new AttributionServiceOptions().Limits, "each options instance has limits of its own");
    }

    [Fact]
    public void Configuration_out_of_range_fails_validation_on_start_with_a_clear_message()
    {
        var configuration = Configuration(new() { ["Limits:MaxDocumentLength"] = "-5", ["BeliefVerbs:0"] = " " });
        using var provider = new ServiceCollection().AddAttribution(configuration).BuildServiceProvider();

        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().BeEquivalentTo(
                "Limits.MaxDocumentLength must be positive (it is -5).",
                "BeliefVerbs[0] is empty: a verb lemma needs letters.");
    }

    [Fact]
    public void A_misspelt_key_or_a_value_that_is_not_a_number_fails_naming_it()
    {
        using var misspelt = new ServiceCollection()
            .AddAttribution(Configuration(new() { ["Limits:MaxDocumentLenght"] = "5000" }))
            .BuildServiceProvider();
        using var notANumber = new ServiceCollection()
            .AddAttribution(Configuration(new() { ["Limits:MaxDocumentLength"] = "a million" }))
            .BuildServiceProvider();

        misspelt.Invoking(p => p.GetRequiredService<IAttributionExtractor>())
            .Should().Throw<InvalidOperationException>().WithMessage("*MaxDocumentLenght*");
        notANumber.Invoking(p => p.GetRequiredService<IAttributionExtractor>())
            .Should().Throw<InvalidOperationException>().WithMessage("*a million*");
    }

    [Fact]
    public void A_null_configuration_or_configure_step_is_rejected()
    {
        var services = new ServiceCollection();

        services.Invoking(s => s.AddAttribution((IConfiguration)null!)).Should().Throw<ArgumentNullException>().WithParameterName("configuration");
        services.Invoking(s => s.AddAttribution((Action<AttributionServiceOptions>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("configure");
    }

    [Fact]
    public void A_null_service_collection_is_rejected()
    {
        var act = () => AttributionServiceCollectionExtensions.AddAttribution(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}

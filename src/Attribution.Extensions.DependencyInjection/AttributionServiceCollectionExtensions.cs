using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Attribution.Extensions.DependencyInjection;

/// <summary>Registers Attribution in an <see cref="IServiceCollection"/>.</summary>
public static class AttributionServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="AttributionExtractor"/> singleton with the embedded lexicons and default limits,
    /// under both <see cref="AttributionExtractor"/> and <see cref="IAttributionExtractor"/>; options configured
    /// elsewhere (<c>services.Configure&lt;AttributionServiceOptions&gt;(…)</c>) still apply.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddAttribution(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Register(services);
        return services;
    }

    /// <summary>
    /// Registers one shared <see cref="AttributionExtractor"/> singleton, built on first use from
    /// <see cref="AttributionServiceOptions"/>, under both <see cref="AttributionExtractor"/> and
    /// <see cref="IAttributionExtractor"/>. The extractor is immutable and thread-safe, so every consumer
    /// (controllers, background workers) can use the same instance concurrently.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets cue verbs, belief verbs and limits. Calling this method again adds another configuration step and keeps the one registration.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    /// <remarks>
    /// Invalid options (an empty verb, a non-positive limit) fail with <see cref="OptionsValidationException"/>
    /// listing every reason: when a host starts (the options are validated on start), or else when the
    /// extractor is first resolved.
    /// </remarks>
    public static IServiceCollection AddAttribution(this IServiceCollection services, Action<AttributionServiceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        Register(services).Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers the shared extractor as <see cref="AddAttribution(IServiceCollection, Action{AttributionServiceOptions})"/>
    /// does, with its options bound from a configuration section such as
    /// <c>{"CueVerbs": ["grumble"], "Limits": {"MaxDocumentLength": 1000000}}</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section that holds the options (for instance <c>configuration.GetSection("Attribution")</c>); reloads are not followed, since the extractor is built once.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    /// <remarks>
    /// A key the options do not have (a misspelt <c>MaxDocumentLenght</c>) or a value that does not convert fails
    /// with <see cref="InvalidOperationException"/> naming it; a value out of range fails validation with
    /// <see cref="OptionsValidationException"/>. Both happen when a host starts, or else when the extractor is first resolved.
    /// Binding fills a fresh <see cref="AttributionServiceOptions"/>; no shared instance is ever written.
    /// </remarks>
    public static IServiceCollection AddAttribution(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        Register(services).Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true);
        return services;
    }

    private static OptionsBuilder<AttributionServiceOptions> Register(IServiceCollection services)
    {
        var optionsBuilder = services.AddOptions<AttributionServiceOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AttributionServiceOptions>, AttributionServiceOptionsValidator>());
        services.TryAddSingleton(provider => Build(provider.GetRequiredService<IOptions<AttributionServiceOptions>>().Value));
        services.TryAddSingleton<IAttributionExtractor>(provider => provider.GetRequiredService<AttributionExtractor>());
        return optionsBuilder.ValidateOnStart();
    }

    private static AttributionExtractor Build(AttributionServiceOptions options) =>
        new AttributionPipelineBuilder()
            .AddCueVerbs([.. options.CueVerbs])
            .AddBeliefVerbs([.. options.BeliefVerbs])
            .WithOptions(options.Limits)
            .Build();
}

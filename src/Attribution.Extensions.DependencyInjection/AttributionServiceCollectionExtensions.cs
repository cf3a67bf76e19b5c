using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Attribution.Extensions.DependencyInjection;

/// <summary>Registers Attribution in an <see cref="IServiceCollection"/>.</summary>
public static class AttributionServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="AttributionExtractor"/> singleton, built on first use from
    /// <see cref="AttributionServiceOptions"/>. The extractor is immutable and thread-safe, so every
    /// consumer (controllers, background workers) can use the same instance concurrently.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets cue verbs, belief verbs and limits; may be null. Calling this method again adds another configuration step and keeps the one registration.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <remarks>Invalid options (an empty verb, a non-positive limit) fail with <see cref="OptionsValidationException"/> when the extractor is first resolved.</remarks>
    public static IServiceCollection AddAttribution(this IServiceCollection services, Action<AttributionServiceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsBuilder = services.AddOptions<AttributionServiceOptions>();
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AttributionServiceOptions>, AttributionServiceOptionsValidator>());
        services.TryAddSingleton(provider => Build(provider.GetRequiredService<IOptions<AttributionServiceOptions>>().Value));
        return services;
    }

    private static AttributionExtractor Build(AttributionServiceOptions options) =>
        new AttributionPipelineBuilder()
            .AddCueVerbs([.. options.CueVerbs])
            .AddBeliefVerbs([.. options.BeliefVerbs])
            .WithOptions(options.Limits)
            .Build();
}

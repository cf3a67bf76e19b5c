using Attribution.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Attribution.OrleansSample.Silo;

/// <summary>
/// A silo on the .NET Generic Host: one shared extractor (<c>services.AddAttribution</c>), the extraction
/// grain, and development clustering through the primary silo's endpoint. SIGTERM (or Ctrl+C) stops it
/// gracefully: the gateway stops taking new work, the batches it is running finish and are answered.
/// </summary>
internal static class SiloHost
{
    /// <summary>Time for the running batches to finish when the silo is asked to stop.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs the silo until it is stopped; writes a line with <c>silo ready</c> on <paramref name="standardOutput"/> once it accepts work.</summary>
    public static async Task<int> RunAsync(SiloOptions options, TextWriter standardOutput)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(standardOutput);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });

        // Standard output carries only the ready line; logs go to standard error, warnings and worse.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = DrainTimeout);

        builder.Services.AddAttribution();
        builder.UseOrleans(silo => Configure(silo, options));

        using var host = builder.Build();
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStarted.Register(() => standardOutput.WriteLine(
            $"silo ready: silo {options.Address}:{options.SiloPort}, gateway {options.Address}:{options.GatewayPort}, primary {options.Primary}"));
        await host.RunAsync().ConfigureAwait(false);
        standardOutput.WriteLine("silo stopped");
        return ExitCodes.Success;
    }

    /// <summary>The silo's cluster settings, shared with the tests' in-process silos.</summary>
    public static void Configure(ISiloBuilder silo, SiloOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);

        // Development clustering: the primary silo keeps the membership table in memory and the others join it.
        // Across machines, replace this line with a real membership provider (README: ADO.NET on PostgreSQL).
        silo.UseDevelopmentClustering(options.Primary);
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = ClusterNames.ServiceId;
        });
        silo.ConfigureEndpoints(options.Address, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: false);
    }
}

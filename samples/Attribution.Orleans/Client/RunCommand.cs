using Attribution.Samples.Input;
using Attribution.Samples.Progress;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace Attribution.OrleansSample.Client;

/// <summary>
/// <c>run</c>: connects to the cluster through the given gateways and streams the JSONL archive through it,
/// writing the results in the contract and order of <c>attribution extract --format jsonl</c>.
/// </summary>
internal static class RunCommand
{
    /// <summary>
    /// How long the client tries to reach a gateway before it gives up (Orleans would keep trying): long
    /// enough for silos still starting on a busy machine, short enough that a wrong address fails plainly.
    /// </summary>
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(RunOptions options, TextWriter standardError, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(standardError);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });

        // Standard error carries the reports of bad documents, as the CLI's does: Orleans' own logs only on request.
        builder.Logging.ClearProviders();
        if (options.Verbose)
        {
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.UseOrleansClient(client => client.UseGateways(options.Gateways, options.ClusterId).AddGatewayLossSignal());
        using var host = builder.Build();
        using var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connect.CancelAfter(ConnectTimeout);
        try
        {
            await host.StartAsync(connect.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SiloUnavailableException or OrleansException or TimeoutException or System.Net.Sockets.SocketException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            string reason = e is OperationCanceledException ? $"no gateway answered within {ConnectTimeout.TotalSeconds} s" : e.Message;
            standardError.WriteLine($"attribution: cannot reach the cluster through {string.Join(", ", options.Gateways)}: {reason}");
            return ExitCodes.SomeInputFailed;
        }

        try
        {
            var extraction = new OrderedClusterExtraction(
                host.Services.GetRequiredService<IClusterClient>(),
                host.Services.GetRequiredService<GatewayLossSignal>(),
                options.Batches);
            using var progress = BatchProgress.Start(options.OutputPath, () => DocumentCount.Estimate([], options.JsonlInputs));
            bool allSucceeded;
            using (var output = options.OutputPath is null ? Console.OpenStandardOutput() : File.Create(options.OutputPath))
            {
                using var standardInput = new StreamReader(Console.OpenStandardInput());
                var items = DocumentReader.Read([], options.JsonlInputs, standardInput);
                allSucceeded = await extraction.RunAsync(items, options.Date, output, standardError, progress, cancellationToken).ConfigureAwait(false);
            }

            if (options.Verbose)
            {
                standardError.WriteLine($"attribution: {extraction.Retries} batch(es) sent again");
                foreach (var (silo, batches) in extraction.BatchesBySilo.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    standardError.WriteLine($"attribution: {batches} batch(es) extracted on {silo}");
                }
            }

            return allSucceeded ? ExitCodes.Success : ExitCodes.SomeInputFailed;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}

using Attribution.Extensions.DependencyInjection;
using Attribution.OrleansSample.Client;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Attribution.OrleansSample.Tests;

/// <summary>Two silos and a client in this process (Orleans' TestingHost), configured like the sample's silos and client.</summary>
internal sealed class InProcessCluster : IAsyncDisposable
{
    private InProcessCluster(InProcessTestCluster cluster) => Cluster = cluster;

    public InProcessTestCluster Cluster { get; }

    public GatewayLossSignal GatewayLoss => Cluster.Client.ServiceProvider.GetRequiredService<GatewayLossSignal>();

    public static async Task<InProcessCluster> StartAsync(int silos = 2)
    {
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.ConfigureSilo((_, silo) => silo.Services.AddAttribution());
        builder.ConfigureClient(client => client.AddGatewayLossSignal());
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return new InProcessCluster(cluster);
    }

    public OrderedClusterExtraction Extraction(int documentsPerBatch, int batchesInFlight) =>
        new(Cluster.Client, GatewayLoss, new BatchSettings(documentsPerBatch, batchesInFlight));

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}

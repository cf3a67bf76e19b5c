using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Attribution.OrleansSample.Client;

/// <summary>The client side of the cluster: the gateways to use and the gateway-loss signal the batches listen to.</summary>
internal static class ClusterClientSetup
{
    /// <summary>Registers the <see cref="GatewayLossSignal"/> and the handler that raises it; shared with the tests' client.</summary>
    public static IClientBuilder AddGatewayLossSignal(this IClientBuilder client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.Services.AddSingleton<GatewayLossSignal>();
        client.AddGatewayCountChangedHandler(services => services.GetRequiredService<GatewayLossSignal>().OnGatewayCountChanged);
        return client;
    }

    /// <summary>Connects through the given gateways (static list: a gateway not listed is not used by this client).</summary>
    public static IClientBuilder UseGateways(this IClientBuilder client, IReadOnlyList<IPEndPoint> gateways, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(gateways);
        client.UseStaticClustering([.. gateways]);
        client.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = clusterId;
            cluster.ServiceId = ClusterNames.ServiceId;
        });
        return client;
    }
}

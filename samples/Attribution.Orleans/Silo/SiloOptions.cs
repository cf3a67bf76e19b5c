using System.Net;

namespace Attribution.OrleansSample.Silo;

/// <summary>The parsed command line of <c>silo</c>.</summary>
/// <param name="Address">The address this silo listens on and advertises to the others (loopback by default).</param>
/// <param name="SiloPort">The port silos talk to each other on.</param>
/// <param name="GatewayPort">The port clients connect to.</param>
/// <param name="Primary">The silo-to-silo endpoint of the primary silo, which every silo joins (itself, for the primary).</param>
/// <param name="ClusterId">The cluster every silo and client of one deployment names.</param>
internal sealed record SiloOptions(IPAddress Address, int SiloPort, int GatewayPort, IPEndPoint Primary, string ClusterId)
{
    /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> with a readable message on misuse.</summary>
    public static SiloOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        IPAddress address = IPAddress.Loopback;
        int? port = null;
        int? gateway = null;
        IPEndPoint? primary = null;
        string clusterId = ClusterNames.DefaultClusterId;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--port":
                    port = Endpoints.ParsePort(Value(args, ref i, arg), arg);
                    break;
                case "--gateway":
                    gateway = Endpoints.ParsePort(Value(args, ref i, arg), arg);
                    break;
                case "--primary":
                    primary = Endpoints.Parse(Value(args, ref i, arg), arg);
                    break;
                case "--address":
                    string text = Value(args, ref i, arg);
                    address = IPAddress.TryParse(text, out var parsed) ? parsed : throw new UsageException($"--address expects an IP address, not '{text}'.");
                    break;
                case "--cluster-id":
                    clusterId = Value(args, ref i, arg);
                    break;
                default:
                    throw new UsageException($"unknown option '{arg}' for 'silo'.");
            }
        }

        if (port is null || gateway is null)
        {
            throw new UsageException("'silo' needs --port P and --gateway G.");
        }

        if (port == gateway)
        {
            throw new UsageException("--port and --gateway must differ.");
        }

        // Without --primary the silo starts a cluster of its own, as the primary.
        primary ??= new IPEndPoint(address, port.Value);
        return new SiloOptions(address, port.Value, gateway.Value, primary, clusterId);
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string option) =>
        i + 1 < args.Count ? args[++i] : throw new UsageException($"{option} needs a value.");
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Attribution.OrleansSample;

/// <summary>Parses the <c>HOST:PORT</c> endpoints of the command line.</summary>
internal static class Endpoints
{
    /// <summary>Parses <c>HOST:PORT</c>; the host is an IP address or a name resolved to its first IPv4 address.</summary>
    public static IPEndPoint Parse(string text, string option)
    {
        int colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port is <= 0 or > IPEndPoint.MaxPort)
        {
            throw new UsageException($"{option} expects HOST:PORT, not '{text}'.");
        }

        string host = text[..colon].Trim('[', ']');
        if (IPAddress.TryParse(host, out var address))
        {
            return new IPEndPoint(address, port);
        }

        try
        {
            var addresses = Dns.GetHostAddresses(host);
            var chosen = Array.Find(addresses, a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault();
            return chosen is null ? throw new UsageException($"{option}: '{host}' has no address.") : new IPEndPoint(chosen, port);
        }
        catch (SocketException e)
        {
            throw new UsageException($"{option}: cannot resolve '{host}' ({e.Message}).");
        }
    }

    /// <summary>Parses a port number.</summary>
    public static int ParsePort(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is > 0 and <= IPEndPoint.MaxPort
            ? port
            : throw new UsageException($"{option} expects a port number (1-65535), not '{text}'.");
}

using Orleans;

namespace Attribution.OrleansSample.Client;

/// <summary>
/// Tells the batches in flight that the client lost a gateway connection. A batch sent through a gateway that
/// died would otherwise wait for the response timeout (30 s by default) before it is sent again; this signal
/// cancels every batch sent before the loss at once so each is sent again through a live gateway. Batches that
/// were on a healthy silo are sent again too: a little work done twice, never a document lost or written twice.
/// </summary>
internal sealed class GatewayLossSignal : IDisposable
{
    private readonly Lock _lock = new();
    private CancellationTokenSource _current = new();

    /// <summary>Cancelled when a gateway connection is lost after this token was taken.</summary>
    public CancellationToken Current
    {
        get
        {
            lock (_lock)
            {
                return _current.Token;
            }
        }
    }

    /// <summary>How many gateway losses have been signalled.</summary>
    public int Losses { get; private set; }

    /// <summary>The handler Orleans calls when the number of connected gateways changes.</summary>
    public void OnGatewayCountChanged(object? sender, GatewayCountChangedEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.NumberOfConnectedGateways >= e.PreviousNumberOfConnectedGateways)
        {
            return;
        }

        CancellationTokenSource lost;
        lock (_lock)
        {
            lost = _current;
            _current = new CancellationTokenSource();
            Losses++;
        }

        // Not disposed: batches may still be linking to its token; it holds no timer, so the collector frees it.
        lost.Cancel();
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _current.Dispose();
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Attribution.Tests.WebApi;

/// <summary>
/// The built <c>Attribution.WebApi</c> started as a real process on a free 127.0.0.1 port, ready once
/// <c>GET /health</c> answers (a bounded wait); killed with its children on dispose. Kestrel's own limits
/// (the body size, the connection buffers) hold only in a real server, which is why these tests use one.
/// </summary>
public sealed class WebApiProcess : IDisposable
{
    /// <summary>The text limit the service is started with, small enough to test cheaply.</summary>
    public const int MaxTextLength = 100_000;

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    public WebApiProcess()
        : this(new Dictionary<string, string> { ["Attribution:MaxTextLength"] = MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture) })
    {
    }

    /// <summary>Starts the service with these settings (configuration keys and values) on its command line.</summary>
    internal WebApiProcess(IReadOnlyDictionary<string, string> settings, TimeSpan? clientTimeout = null)
    {
        string assembly = AssemblyPath();
        File.Exists(assembly).Should().BeTrue($"the test project builds the service first ({assembly})");
        int port = FreeLoopbackPort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        _process.OutputDataReceived += (_, e) => Log(e.Data);
        _process.ErrorDataReceived += (_, e) => Log(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = clientTimeout ?? TimeSpan.FromSeconds(30) };
        try
        {
            StartupTime = WaitUntilHealthy();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>How long the service took from process start to its first healthy answer.</summary>
    public TimeSpan StartupTime { get; }

    public string Output
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The service's resident memory now and at its peak, in bytes (its working set, as the kernel counts it).</summary>
    public (long Current, long Peak) Memory()
    {
        _process.Refresh();
        return (_process.WorkingSet64, _process.PeakWorkingSet64);
    }

    public void Dispose()
    {
        Client.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // The process is already gone.
        }

        _process.Dispose();
    }

    private static string AssemblyPath() =>
        Path.GetFullPath(typeof(WebApiProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "WebApiAssembly").Value!);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private TimeSpan WaitUntilHealthy()
    {
        var clock = Stopwatch.StartNew();
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < StartupTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the service exited with {_process.ExitCode} before it was healthy:\n{Output}");
            }

            try
            {
                using var response = probe.GetAsync(new Uri("health", UriKind.Relative)).GetAwaiter().GetResult();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return clock.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // The probe timed out; try again while time is left.
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"the service was not healthy within {StartupTimeout.TotalSeconds} s:\n{Output}");
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }
}

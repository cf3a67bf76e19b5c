using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Attribution.Tests.WebApi;

/// <summary>
/// The built <c>Attribution.WebApi</c> started as a real process on a free 127.0.0.1 port, ready once
/// <c>GET /health</c> answers (a bounded wait); killed with its children on dispose.
/// </summary>
public sealed class WebApiProcess : IDisposable
{
    /// <summary>The text limit the service is started with, small enough to test cheaply.</summary>
    public const int MaxTextLength = 100_000;

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    public WebApiProcess()
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
        start.ArgumentList.Add($"--Attribution:MaxTextLength={MaxTextLength}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        _process.OutputDataReceived += (_, e) => Log(e.Data);
        _process.ErrorDataReceived += (_, e) => Log(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
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

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Attribution.OrleansSample.Tests;

/// <summary>
/// A built sample (the Orleans sample or the CLI) started as a real <c>dotnet</c> process, its output lines
/// collected; killed with its children on dispose if still running.
/// </summary>
public sealed class SampleProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pendingStreams = 2;

    private SampleProcess(Process process) => _process = process;

    /// <summary>The built Orleans sample, <c>Attribution.Orleans.dll</c>.</summary>
    public static string OrleansSample => BuiltAssembly("OrleansSampleAssembly");

    /// <summary>The built CLI, <c>Attribution.Cli.dll</c>.</summary>
    public static string Cli => BuiltAssembly("CliAssembly");

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string StandardOutput => Read(_output);

    public string StandardError => Read(_error);

    public static SampleProcess Start(string assembly, params string[] arguments)
    {
        File.Exists(assembly).Should().BeTrue($"the test project builds the sample first ({assembly})");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var sample = new SampleProcess(process);
        process.OutputDataReceived += (_, e) => sample.Collect(sample._output, e.Data);
        process.ErrorDataReceived += (_, e) => sample.Collect(sample._error, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return sample;
    }

    /// <summary>A port on 127.0.0.1 that was free a moment ago.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits (bounded) until standard output has a line containing <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!StandardOutput.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the process exited with {_process.ExitCode} before writing '{text}':\n{StandardOutput}\n{StandardError}");
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"no '{text}' within {timeout.TotalSeconds} s:\n{StandardOutput}\n{StandardError}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits (bounded) for the process to exit and its output to be read; kills it on timeout.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            await _exited.Task.WaitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"the process did not exit within {timeout.TotalSeconds} s:\n{StandardError}");
        }

        return _process.ExitCode;
    }

    /// <summary>SIGKILL on Linux: no shutdown code runs.</summary>
    public void Kill()
    {
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
            // Already gone.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static string BuiltAssembly(string key) =>
        Path.GetFullPath(typeof(SampleProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!);

    private static string Read(StringBuilder lines)
    {
        lock (lines)
        {
            return lines.ToString();
        }
    }

    private void Collect(StringBuilder lines, string? line)
    {
        if (line is null)
        {
            if (Interlocked.Decrement(ref _pendingStreams) == 0)
            {
                _exited.TrySetResult();
            }

            return;
        }

        lock (lines)
        {
            lines.Append(line).Append('\n');
        }
    }
}

namespace Attribution.OrleansSample.Tests;

/// <summary>
/// Three silo processes of the built sample on loopback ports (the first is the primary the others join), a
/// 1,500-document archive, and what <c>attribution extract</c> (the built CLI, another process) writes for it.
/// Every process is killed on dispose.
/// </summary>
public sealed class SiloProcessCluster : IAsyncLifetime
{
    public const int Documents = 1500;

    /// <summary>Generous: three silos and the CLI start at once on a two-core machine that may be busy.</summary>
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(3);

    private readonly List<SampleProcess> _silos = [];

    public TestArchive Archive { get; } = new(Documents, withBadLines: false);

    /// <summary>The gateway endpoints (<c>127.0.0.1:PORT</c>) of the three silos, the primary first.</summary>
    public List<string> Gateways { get; } = [];

    /// <summary>The output of <c>attribution extract --jsonl-input archive -o FILE</c>.</summary>
    public string CliOutput { get; private set; } = "";

    public SampleProcess Silo(int index) => _silos[index];

    public async Task InitializeAsync()
    {
        string cliOutput = Archive.FileBeside("cli.jsonl");
        using var cli = SampleProcess.Start(SampleProcess.Cli, "extract", "--jsonl-input", Archive.Path, "-o", cliOutput);
        int primaryPort = StartSilo(primary: null);
        await _silos[0].WaitForOutputAsync("silo ready", StartupTimeout);
        StartSilo(primaryPort);
        StartSilo(primaryPort);
        await Task.WhenAll(_silos[1].WaitForOutputAsync("silo ready", StartupTimeout), _silos[2].WaitForOutputAsync("silo ready", StartupTimeout));
        (await cli.WaitForExitAsync(StartupTimeout)).Should().Be(0, cli.StandardError);
        CliOutput = await File.ReadAllTextAsync(cliOutput);
    }

    public Task DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            silo.Dispose();
        }

        Archive.Dispose();
        return Task.CompletedTask;
    }

    private int StartSilo(int? primary)
    {
        int port = SampleProcess.FreeLoopbackPort();
        int gateway = SampleProcess.FreeLoopbackPort();
        string primaryEndpoint = $"127.0.0.1:{primary ?? port}";
        _silos.Add(SampleProcess.Start(SampleProcess.OrleansSample, "silo", "--port", $"{port}", "--gateway", $"{gateway}", "--primary", primaryEndpoint));
        Gateways.Add($"127.0.0.1:{gateway}");
        return port;
    }
}

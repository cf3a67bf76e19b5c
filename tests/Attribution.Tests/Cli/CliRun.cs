using System.Diagnostics;
using Attribution.Cli;
using Attribution.Cli.Commands;

namespace Attribution.Tests.Cli;

/// <summary>What one run of the <c>attribution</c> command gave.</summary>
internal sealed record CliOutcome(int ExitCode, IReadOnlyList<string> OutputLines, string StandardError)
{
    /// <summary>The lines of standard error, without the empty last one.</summary>
    public IReadOnlyList<string> ErrorLines => StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs the CLI in-process (through its command, output to a file) or as a real process (<c>dotnet Attribution.Cli.dll</c>).</summary>
internal static class CliRun
{
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "Attribution.Cli.dll");

    /// <summary>Runs <c>attribution &lt;args&gt; -o &lt;temp file&gt;</c> in this process.</summary>
    public static CliOutcome InProcess(string workDirectory, params string[] args)
    {
        string outputPath = Path.Combine(workDirectory, $"out-{Guid.NewGuid():N}.jsonl");
        var options = CliOptions.Parse(args[0], [.. args[1..], "-o", outputPath]);
        using var error = new StringWriter();
        int exit = DocumentCommand.Run(options, TextReader.Null, TextWriter.Null, error);
        var lines = File.ReadAllLines(outputPath);
        return new CliOutcome(exit, lines, error.ToString());
    }

    /// <summary>Starts <c>dotnet Attribution.Cli.dll &lt;args&gt;</c>, optionally as another user through setpriv.</summary>
    public static Process Start(IEnumerable<string> args, int? asUserId = null)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        if (asUserId is { } uid)
        {
            start.FileName = "setpriv";
            foreach (string arg in new[] { $"--reuid={uid}", $"--regid={uid}", "--clear-groups", "--", DotnetHost() })
            {
                start.ArgumentList.Add(arg);
            }
        }
        else
        {
            start.FileName = DotnetHost();
        }

        start.ArgumentList.Add(CliDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
    }

    /// <summary>Runs the CLI as a process to its end, with <paramref name="standardInput"/> as its input bytes.</summary>
    public static CliOutcome AsProcess(IEnumerable<string> args, byte[]? standardInput = null, int? asUserId = null)
    {
        using var process = Start(args, asUserId);
        var errorTask = process.StandardError.ReadToEndAsync();
        var outputTask = process.StandardOutput.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.BaseStream.Write(standardInput);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("the CLI did not finish within two minutes");
        }

        string output = outputTask.GetAwaiter().GetResult();
        return new CliOutcome(process.ExitCode, output.Split('\n', StringSplitOptions.RemoveEmptyEntries), errorTask.GetAwaiter().GetResult());
    }

    /// <summary>True when this process runs as root, which reads files whatever their permission bits say.</summary>
    public static bool IsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    /// <summary>The dotnet host running this test process, so the CLI runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        string? host = Environment.ProcessPath;
        return host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
    }
}

using Spectre.Console;

namespace Attribution.Samples.Progress;

/// <summary>
/// A progress bar on standard error for batches written to a file. It renders on its own thread from a
/// counter, so <see cref="Advance"/> is one interlocked increment, safe from parallel workers. It never shows
/// when results go to standard output or when standard error is not a terminal (pipes, logs, tests).
/// </summary>
public sealed class BatchProgress : IDisposable
{
    /// <summary>Batches smaller than this finish too fast for a bar to help.</summary>
    public const int MinimumDocuments = 5;

    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(100);

    private readonly ManualResetEventSlim _finished = new();
    private readonly Thread? _renderer;
    private int _done;

    private BatchProgress()
    {
    }

    /// <summary>Starts a bar for <paramref name="total"/> documents on <paramref name="console"/>.</summary>
    public BatchProgress(IAnsiConsole console, int total)
    {
        _renderer = new Thread(() => Render(console, total)) { IsBackground = true, Name = "progress" };
        _renderer.Start();
    }

    /// <summary>A progress that shows nothing.</summary>
    public static BatchProgress None => new();

    public static bool ShouldShow(bool writingToFile, bool errorIsTerminal, int? documentCount) =>
        writingToFile && errorIsTerminal && documentCount >= MinimumDocuments;

    /// <summary>Starts a bar on the process's standard error when <see cref="ShouldShow"/> says so, else <see cref="None"/>.</summary>
    /// <param name="outputPath">The file the results go to, or null for standard output.</param>
    /// <param name="countDocuments">Counts the documents ahead (only called when a bar may show); null when they cannot be counted.</param>
    public static BatchProgress Start(string? outputPath, Func<int?> countDocuments)
    {
        ArgumentNullException.ThrowIfNull(countDocuments);
        bool writingToFile = outputPath is not null;
        bool errorIsTerminal = !Console.IsErrorRedirected;
        if (!writingToFile || !errorIsTerminal)
        {
            return None;
        }

        int? count = countDocuments();
        if (!ShouldShow(writingToFile, errorIsTerminal, count))
        {
            return None;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return new BatchProgress(console, count!.Value);
    }

    /// <summary>Counts one finished document (written or failed).</summary>
    public void Advance() => Interlocked.Increment(ref _done);

    public void Dispose()
    {
        _finished.Set();
        _renderer?.Join();
        _finished.Dispose();
    }

    private void Render(IAnsiConsole console, int total)
    {
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("documents", maxValue: Math.Max(total, 1));
                bool finished;
                do
                {
                    finished = _finished.Wait(RefreshInterval);
                    int done = Volatile.Read(ref _done);

                    // An estimate can be short (a JSONL line that was not a document); the bar then just stays full.
                    task.MaxValue = Math.Max(task.MaxValue, done);
                    task.Value = done;
                    task.Description = $"documents {done}/{Math.Max(total, done)}";
                    context.Refresh();
                }
                while (!finished);
            });
    }
}

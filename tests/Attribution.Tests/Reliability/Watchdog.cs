namespace Attribution.Tests.Reliability;

/// <summary>
/// Runs work on its own thread and fails the test if it has not finished within a generous bound, so a
/// hang shows up as a named failure instead of a test run that never ends. The bound is minutes, far
/// beyond any honest run on a loaded machine: it catches hangs, not slowness (the linear-time tests do that).
/// The thread keeps the default stack size, so deep recursion fails here as it would on a caller's thread.
/// </summary>
internal static class Watchdog
{
    public static readonly TimeSpan GenerousBound = TimeSpan.FromMinutes(3);

    public static T Run<T>(string what, Func<T> work)
    {
        T? result = default;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
#pragma warning disable CA1031 // The failure is rethrown on the test thread, whatever it is.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = e;
            }
        })
        {
            IsBackground = true,
            Name = "watchdog: " + what,
        };
        thread.Start();
        if (!thread.Join(GenerousBound))
        {
            throw new Xunit.Sdk.XunitException($"{what} did not finish within {GenerousBound.TotalMinutes} minutes: a hang");
        }

        if (failure is not null)
        {
            throw new Xunit.Sdk.XunitException($"{what} threw {failure.GetType().Name}: {failure.Message}\n{failure.StackTrace}");
        }

        return result!;
    }
}

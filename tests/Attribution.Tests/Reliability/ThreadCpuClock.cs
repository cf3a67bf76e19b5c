using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Attribution.Tests.Reliability;

/// <summary>
/// CPU time consumed by the calling thread: unlike wall-clock time it does not grow when the other
/// helpers' builds compete for the two cores, which is what lets the linear-time tests stay stable.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeLinux = 3;

    /// <summary>True when the thread clock is available (Linux); elsewhere <see cref="Now"/> falls back to wall-clock time.</summary>
    public static bool IsThreadClock => OperatingSystem.IsLinux();

    /// <summary>The current reading, as a <see cref="TimeSpan"/>.</summary>
    public static TimeSpan Now()
    {
        if (IsThreadClock && ClockGetTime(ClockThreadCpuTimeLinux, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }

        return TimeSpan.FromTicks(Stopwatch.GetTimestamp() * TimeSpan.TicksPerSecond / Stopwatch.Frequency);
    }

    /// <summary>How much CPU time <paramref name="work"/> took on this thread.</summary>
    public static TimeSpan Measure(Action work)
    {
        var start = Now();
        work();
        return Now() - start;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}

using System.Diagnostics;

namespace Attribution.Fuzz;

/// <summary>Runs saved fuzz inputs without the fuzzer: how a finding is reproduced and turned into a regression test.</summary>
internal static class Replay
{
    public static int Run(IReadOnlyList<string> paths)
    {
        int failures = 0;
        foreach (string file in paths.SelectMany(Files))
        {
            var stopwatch = Stopwatch.StartNew();
            try
            {
                FuzzTarget.Run(File.ReadAllBytes(file));
                Console.WriteLine($"ok    {stopwatch.ElapsedMilliseconds,6} ms  {file}");
            }
#pragma warning disable CA1031 // Every failure of the target is what replay reports.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures++;
                Console.WriteLine($"FAIL  {stopwatch.ElapsedMilliseconds,6} ms  {file}: {e.GetType().Name}: {e.Message}");
                Console.WriteLine(e.StackTrace);
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Files(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            : [path];
}

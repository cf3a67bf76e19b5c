namespace Attribution.Tests.TestSupport;

/// <summary>Paths of the data files copied next to the test assembly (see Data/README.md).</summary>
internal static class TestData
{
    public static string PathOf(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Data", .. parts]);

    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts));
}

using Attribution.Fuzz;

namespace Attribution.Tests.Reliability;

/// <summary>
/// The fuzz seed corpus and every input the fuzzer ever found failing (tests/Attribution.Fuzz/regressions),
/// replayed through the fuzz target and the full output checks on every test run.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly AttributionExtractor Extractor = AttributionExtractor.CreateDefault();

    public static TheoryData<string> SavedInputs()
    {
        var data = new TheoryData<string>();
        foreach (string folder in new[] { "corpus", "regressions" })
        {
            string path = Path.Combine(AppContext.BaseDirectory, "FuzzInputs", folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(path).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                data.Add(Path.Combine(folder, Path.GetFileName(file)));
            }
        }

        return data;
    }

    [Fact]
    public void The_seed_corpus_is_there_to_replay()
    {
        SavedInputs().Should().HaveCountGreaterThanOrEqualTo(10);
    }

    [Theory]
    [MemberData(nameof(SavedInputs))]
    public void Saved_fuzz_input_runs_clean_through_every_stage(string name)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "FuzzInputs", name));
        string text = FuzzInput.Decode(bytes);

        Watchdog.Run(name, () =>
        {
            FuzzTarget.Run(bytes);
            return OutputInvariants.CheckAllStages(Extractor, text, new DateOnly(2024, 9, 27));
        });
    }

    [Fact]
    public void Fuzz_decoding_reaches_lone_surrogates_and_keeps_valid_utf8()
    {
        byte[] bytes = [.. "\u201CA\u201D"u8, FuzzInput.RawCodeUnitMarker, 0xD8, 0x00, 0xFF, .. "\U0001F600"u8];

        FuzzInput.Decode(bytes).Should().Be("\u201CA\u201D\uD800\u00FF\U0001F600");
    }
}

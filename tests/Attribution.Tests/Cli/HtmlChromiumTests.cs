using System.Diagnostics;
using Attribution.Cli;
using Attribution.Cli.Commands;
using Attribution.Cli.Output;
using Attribution.Tests.TestSupport;
using Xunit.Abstractions;

namespace Attribution.Tests.Cli;

/// <summary>Renders the seed article's page in headless Chromium and checks what the browser made of it.</summary>
public sealed class HtmlChromiumTests : IDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "attribution-chromium-" + Guid.NewGuid().ToString("N"));
    private readonly AttributionResult _seed = SeedAttribution.Load();
    private readonly string _page;

    public HtmlChromiumTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(_directory);
        _page = Path.Combine(_directory, SeedAttribution.Id + ".html");
        File.WriteAllText(_page, HtmlRenderer.Render(SeedAttribution.Id, "samples/data/guterres-netanyahu.txt", _seed));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A browser process that is still shutting down may hold its profile; the temp folder is cleaned later.
        }
    }

    [ChromiumFact]
    public void After_its_script_ran_the_page_the_cli_writes_for_the_seed_shows_every_statement_highlighted_and_counted_in_the_legend()
    {
        // End to end: the page `attribution extract --format html` writes for the seed article, with today's extractor.
        string seedPath = TestData.PathOf("seed", SeedAttribution.Id + ".txt");
        var options = CliOptions.Parse("extract", [seedPath, "--date", "2024-09-27", "--format", "html"]);
        string page = Path.Combine(_directory, "cli.html");
        using (var file = new StreamWriter(page))
        {
            ViewCommand.Run(options, TextReader.Null, file, TextWriter.Null, outputIsTerminal: false).Should().Be(ExitCodes.Success);
        }

        var expected = AttributionExtractor.CreateDefault().Extract(File.ReadAllText(seedPath), new DateOnly(2024, 9, 27));
        var clock = Stopwatch.StartNew();
        string dom = HeadlessChromium.DumpDom(page, Path.Combine(_directory, "profile-dom"));
        _output.WriteLine($"chromium --dump-dom: {clock.ElapsedMilliseconds} ms, {expected.Statements.Length} statements");

        dom.Should().Contain("data-rendered=\"true\"", "the page's script ran to its end in the browser");
        var (text, elements) = HtmlArticle.Parse(dom);
        text.Should().Be(expected.Text, "the browser shows the article text exactly");
        for (int i = 0; i < expected.Statements.Length; i++)
        {
            HtmlArticle.StatementText(elements, i + 1).Should().Be(expected.Statements[i].Content.Text);
        }

        // The legend counts are written by the script from the highlighted statements in the DOM.
        foreach (var entity in expected.Entities)
        {
            int spoken = expected.Statements.Count(s => s.Speaker?.Entity?.Id == entity.Id);
            string count = spoken == 1 ? "1 statement" : $"{spoken} statements";
            dom.Should().Contain($"<span class=\"name\">{entity.Name}</span> <span class=\"kind\">{AttributionJson(entity.Kind)}</span> <span class=\"count\">{count}</span>");
        }
    }

    [ChromiumFact]
    public void The_screenshot_shows_the_statements_in_each_speakers_colour()
    {
        string png = Path.Combine(_directory, "seed.png");
        var clock = Stopwatch.StartNew();
        HeadlessChromium.Screenshot(_page, png, 1280, 1600, Path.Combine(_directory, "profile-shot"));
        _output.WriteLine($"chromium --screenshot: {clock.ElapsedMilliseconds} ms");

        var image = PngImage.Read(png);
        image.Width.Should().Be(1280);
        var slots = new EntitySlots(_seed);
        var speakers = _seed.Entities.Where(e => _seed.Statements.Any(s => s.Speaker?.Entity?.Id == e.Id)).ToList();
        var fills = speakers.Select(e => EntityColour.Rgb(slots.ColourOf(e).Fill)).ToArray();
        int[] painted = new int[fills.Length];
        int white = 0;
        for (int y = 0; y < image.Height; y++)
        {
            for (int x = 0; x < image.Width; x++)
            {
                var pixel = image[x, y];
                white += pixel == (255, 255, 255) ? 1 : 0;
                int match = Array.IndexOf(fills, pixel);
                if (match >= 0)
                {
                    painted[match]++;
                }
            }
        }

        white.Should().BeGreaterThan(image.Width * image.Height / 4, "the page background is white");
        speakers.Should().NotBeEmpty();
        for (int k = 0; k < speakers.Count; k++)
        {
            // Far more pixels than the legend swatch (14×14) and the speaker's own name: its statements are painted.
            var entity = speakers[k];
            string fill = slots.ColourOf(entity).Fill;
            _output.WriteLine($"{entity.Name}: {painted[k]} pixels of {fill}");
            painted[k].Should().BeGreaterThan(2000, $"{entity.Name}'s statements are highlighted in {fill}");
        }
    }

    private static string AttributionJson(EntityKind kind) => Attribution.Serialization.AttributionJson.EntityKindName(kind);
}

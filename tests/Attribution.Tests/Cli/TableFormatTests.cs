using Attribution.Cli.Output;

namespace Attribution.Tests.Cli;

public class TableFormatTests
{
    private static string Render(AttributionResult result, string id = SeedAttribution.Id, string? source = "seed.txt")
    {
        using var writer = new StringWriter();
        var console = TableRenderer.CreateConsole(writer, isTerminal: false);
        TableRenderer.Write(console, id, source, result);
        return writer.ToString();
    }

    [Fact]
    public void The_seed_table_says_who_said_what_to_whom_and_when_one_row_per_statement()
    {
        var seed = SeedAttribution.Load();

        string table = Render(seed);

        table.Should().Contain("Speaker").And.Contain("Kind").And.Contain("Cue").And.Contain("Content").And.Contain("Addressee").And.Contain("Time");
        table.Should().Contain("António Guterres").And.Contain("Danny Danon").And.Contain("Israel Katz");
        table.Should().Contain("told").And.Contain("Reuters").And.Contain("Thursday → 2024-09-26");
        table.Should().Contain("person, as “he”", "a pronoun speaker shows the entity it resolved to and the word in the text");
        table.Should().Contain($"{seed.Statements.Length} statements, {seed.Entities.Length} entities");
        for (int i = 1; i <= seed.Statements.Length; i++)
        {
            table.Should().MatchRegex($@"│\s+{i} │", $"statement {i} has a numbered row");
        }
    }

    [Fact]
    public void Long_content_is_abbreviated_and_the_table_fits_the_detached_width_without_escape_codes()
    {
        string table = Render(SeedAttribution.Load());

        table.Should().Contain("…");
        table.Should().NotContain("\u001b[", "a file or pipe gets plain text");
        foreach (string line in table.Split('\n'))
        {
            line.TrimEnd('\r').Length.Should().BeLessThanOrEqualTo(TableRenderer.DetachedWidth);
        }
    }

    [Fact]
    public void Text_that_looks_like_console_markup_is_shown_literally()
    {
        const string Text = "[red]Bob[/] said “[bold]no[/]” to [link]them[/].";
        var content = new TextSpan(Text.IndexOf('“'), Text.IndexOf('”') + 1);
        var speaker = new TextSpan(0, Text.IndexOf(" said", StringComparison.Ordinal));
        var entity = new Entity(0, "[red]Bob[/]", EntityKind.Person, Gender.Male, [], [], [speaker]);
        var statement = new Statement(StatementKind.Direct, new TextExcerpt(content, content.Slice(Text)), [], null,
            new SpeakerMention(speaker, speaker.Slice(Text), MentionKind.Name, entity), null, null, true, 0.9);

        string table = Render(new AttributionResult(Text, [statement], [entity]), id: "[x]", source: null);

        table.Should().Contain("[red]Bob[/]").And.Contain("“[bold]no[/]”").And.Contain("[x]");
    }

    [Fact]
    public void A_document_without_statements_says_so()
    {
        Render(new AttributionResult("Nothing to quote.", [], []), id: "quiet").Should().Contain("quiet").And.Contain("no statements found");
    }
}

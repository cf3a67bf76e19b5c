using System.Globalization;
using Attribution.Serialization;
using Spectre.Console;
using SpectreText = Spectre.Console.Text;

namespace Attribution.Cli.Output;

/// <summary>Writes <c>--format table</c>: one table per document of who said what to whom and when.</summary>
internal static class TableRenderer
{
    /// <summary>The width tables are laid out for when the output is not a terminal (a file or a pipe).</summary>
    public const int DetachedWidth = 160;

    private const int ContentLength = 90;
    private const int SpeakerDetailLength = 30;

    /// <summary>A console that writes to <paramref name="writer"/>: colours only when it is a terminal.</summary>
    public static IAnsiConsole CreateConsole(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!isTerminal)
        {
            console.Profile.Width = DetachedWidth;
        }

        return console;
    }

    public static void Write(IAnsiConsole console, string id, string? source, AttributionResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(result);
        string heading = source is null || source == id ? id : $"{id} ({source})";
        console.Write(new Rule(Markup.Escape(heading)).LeftJustified());
        var slots = new EntitySlots(result);
        if (result.Statements.IsEmpty)
        {
            console.WriteLine("no statements found");
            WriteDeclines(console, result, slots);
            console.WriteLine();
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(new TableColumn("Speaker"));
        table.AddColumn(new TableColumn("Kind"));
        table.AddColumn(new TableColumn("Cue"));
        table.AddColumn(new TableColumn("Content"));
        table.AddColumn(new TableColumn("Addressee"));
        table.AddColumn(new TableColumn("Time"));
        for (int i = 0; i < result.Statements.Length; i++)
        {
            var statement = result.Statements[i];
            table.AddRow(
                new SpectreText((i + 1).ToString(CultureInfo.InvariantCulture)),
                SpeakerCell(statement.Speaker, slots),
                new SpectreText(AttributionJson.KindName(statement.Kind)),
                new SpectreText(statement.Cue?.Text ?? "—"),
                new SpectreText(TextAbbreviation.Shorten(statement.Content.Text, ContentLength)),
                new SpectreText(statement.Addressee is { } addressee ? addressee.Entity?.Name ?? addressee.Text : "—"),
                new SpectreText(TimeText(statement.Time)));
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Statements.Length} statement{(result.Statements.Length == 1 ? string.Empty : "s")}, {result.Entities.Length} entit{(result.Entities.Length == 1 ? "y" : "ies")}"));
        WriteDeclines(console, result, slots);
        console.WriteLine();
    }

    /// <summary>The sources that declined to comment, in a table of their own: they are not statements.</summary>
    private static void WriteDeclines(IAnsiConsole console, AttributionResult result, EntitySlots slots)
    {
        if (result.Declines.IsDefaultOrEmpty)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Expand().Title("declined to comment");
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(new TableColumn("Speaker"));
        table.AddColumn(new TableColumn("Cue"));
        table.AddColumn(new TableColumn("Addressee"));
        table.AddColumn(new TableColumn("Time"));
        for (int i = 0; i < result.Declines.Length; i++)
        {
            var decline = result.Declines[i];
            table.AddRow(
                new SpectreText((i + 1).ToString(CultureInfo.InvariantCulture)),
                SpeakerCell(decline.Speaker, slots),
                new SpectreText(decline.Cue.Text),
                new SpectreText(decline.Addressee is { } addressee ? addressee.Entity?.Name ?? addressee.Text : "—"),
                new SpectreText(TimeText(decline.Time)));
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Declines.Length} decline{(result.Declines.Length == 1 ? string.Empty : "s")}"));
    }

    private static Paragraph SpeakerCell(SpeakerMention? speaker, EntitySlots slots)
    {
        if (speaker is null)
        {
            return new Paragraph("—");
        }

        var entity = speaker.Entity;
        string name = entity?.Name ?? speaker.Text;
        var colour = slots.ColourOf(entity);
        var (r, g, b) = EntityColour.Rgb(colour.Ink);
        var paragraph = new Paragraph();
        paragraph.Append(name, new Style(new Color(r, g, b), decoration: Decoration.Bold));
        // The word in the text is worth showing when it is not the name itself ("he", "the broadcaster").
        string detail = entity is null
            ? AttributionJson.MentionKindName(speaker.Kind)
            : speaker.Text.Contains(entity.Name, StringComparison.Ordinal)
                ? AttributionJson.EntityKindName(entity.Kind)
                : $"{AttributionJson.EntityKindName(entity.Kind)}, as “{TextAbbreviation.Shorten(speaker.Text, SpeakerDetailLength)}”";
        paragraph.Append("\n" + detail, new Style(decoration: Decoration.Dim));
        return paragraph;
    }

    private static string TimeText(TimeReference? time) =>
        time is null ? "—" : time.Value is null ? time.Text : $"{time.Text} → {time.Value}";
}

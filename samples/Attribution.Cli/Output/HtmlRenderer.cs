using System.Globalization;
using Attribution.Serialization;

namespace Attribution.Cli.Output;

/// <summary>
/// Renders one document as a self-contained HTML page for people: the text with each statement's content
/// highlighted in its speaker entity's colour, speakers, cues, addressees and times marked, a tooltip and a
/// side note per statement, and a legend of entities. Inline CSS and script only; a content security policy
/// forbids every network request. All text is escaped, and spans slice the original string (UTF-16 offsets).
/// </summary>
internal static class HtmlRenderer
{
    private const int StatementLayer = 0;
    private const int SpeakerLayer = 1;
    private const int AddresseeLayer = 2;
    private const int MentionLayer = 3;
    private const int CueLayer = 4;
    private const int TimeLayer = 5;
    private const string UnresolvedClass = "eu";

    public static string Render(string id, string? source, AttributionResult result)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, id, source, result);
        return writer.ToString();
    }

    public static void Write(TextWriter writer, string id, string? source, AttributionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(result);
        var slots = new EntitySlots(result);
        string ClassOf(Entity? entity) =>
            slots.SlotOf(entity) is int slot ? "e" + slot.ToString(CultureInfo.InvariantCulture) : UnresolvedClass;

        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"attribution extract --format html\">\n<title>");
        HtmlText.Write(writer, id);
        writer.Write(" · who said what</title>\n<style>\n");
        writer.Write(HtmlPageAssets.Style);
        WriteEntityColours(writer, slots.Count);
        writer.Write("</style>\n</head>\n<body>\n<header>\n<h1>");
        HtmlText.Write(writer, id);
        writer.Write("</h1>\n<p class=\"meta\">");
        if (source is not null)
        {
            writer.Write("<span class=\"source\">");
            HtmlText.Write(writer, source);
            writer.Write("</span> · ");
        }

        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{Count(result.Statements.Length, "statement")} · {Count(result.Entities.Length, "entity", "entities")}{(result.Declines.IsDefaultOrEmpty ? string.Empty : " · " + Count(result.Declines.Length, "decline"))}"));
        writer.Write("</p>\n<p class=\"key\"><mark class=\"st eu\">statement</mark> <span class=\"speaker eu\">speaker</span> <span class=\"cue\">cue</span> <span class=\"addressee eu\">addressee</span> <span class=\"time\">time</span> <span class=\"mention eu\">other mention</span></p>\n</header>\n<main>\n<article id=\"text\">");
        MarkedTextWriter.Write(writer, result.Text, CollectSpans(result, ClassOf));
        writer.Write("</article>\n<aside>\n");
        WriteLegend(writer, result, ClassOf);
        WriteNotes(writer, result, ClassOf);
        WriteDeclines(writer, result, ClassOf);
        writer.Write("</aside>\n</main>\n<script>\n");
        writer.Write(HtmlPageAssets.Script);
        writer.Write("</script>\n</body>\n</html>\n");
    }

    private static void WriteEntityColours(TextWriter writer, int slotCount)
    {
        for (int i = 0; i < slotCount; i++)
        {
            var colour = EntityPalette.For(i);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $".e{i}{{--fill:{colour.Fill};--ink:{colour.Ink}}}\n"));
        }

        writer.Write($".{UnresolvedClass}{{--fill:{EntityPalette.Unresolved.Fill};--ink:{EntityPalette.Unresolved.Ink}}}\n");
    }

    private static List<MarkedSpan> CollectSpans(AttributionResult result, Func<Entity?, string> classOf)
    {
        var spans = new List<MarkedSpan>();

        // A mention can serve several statements (a carried-over speaker); it is marked once, naming all of them.
        var speakers = new Dictionary<TextSpan, (SpeakerMention Mention, List<int> Statements)>();
        var addressees = new Dictionary<TextSpan, (AddresseeMention Mention, List<int> Statements)>();
        var cues = new Dictionary<TextSpan, (Cue Cue, List<int> Statements)>();
        var times = new Dictionary<TextSpan, (TimeReference Time, List<int> Statements)>();
        for (int i = 0; i < result.Statements.Length; i++)
        {
            var statement = result.Statements[i];
            int number = i + 1;
            string entityClass = classOf(statement.Speaker?.Entity);
            string title = HtmlText.Escape(Tooltip(number, statement));
            string data = string.Create(CultureInfo.InvariantCulture,
                $" data-statement=\"{number}\" data-entity=\"{EntityKey(statement.Speaker?.Entity)}\" data-kind=\"{AttributionJson.KindName(statement.Kind)}\" title=\"{title}\">");
            bool first = true;
            foreach (var piece in Pieces(statement))
            {
                string open = $"<mark class=\"st {entityClass}{(first ? " first" : string.Empty)}\"" + data;
                spans.Add(new MarkedSpan(piece.Start, piece.End, StatementLayer, open, $"<mark class=\"st {entityClass}\"" + data, "</mark>"));
                first = false;
            }

            if (statement.Speaker is { } speaker)
            {
                Collect(speakers, speaker.Span, speaker, number);
            }

            if (statement.Addressee is { } addressee)
            {
                Collect(addressees, addressee.Span, addressee, number);
            }

            if (statement.Cue is { } cue)
            {
                Collect(cues, cue.Span, cue, number);
            }

            if (statement.Time is { } time)
            {
                Collect(times, time.Span, time, number);
            }
        }

        foreach (var (span, (mention, statements)) in speakers)
        {
            string entity = mention.Entity?.Name ?? "unresolved";
            string title = HtmlText.Escape($"speaker of {Numbers(statements)}: {entity} ({AttributionJson.MentionKindName(mention.Kind)})");
            string open = $"<span class=\"speaker {classOf(mention.Entity)}\" data-statements=\"{Numbers(statements, ' ')}\" title=\"{title}\">";
            spans.Add(new MarkedSpan(span.Start, span.End, SpeakerLayer, open, open, "</span>"));
        }

        foreach (var (span, (mention, statements)) in addressees)
        {
            if (speakers.ContainsKey(span))
            {
                continue;
            }

            string title = HtmlText.Escape($"addressee of {Numbers(statements)}: {mention.Entity?.Name ?? mention.Text}");
            string open = $"<span class=\"addressee {classOf(mention.Entity)}\" data-statements=\"{Numbers(statements, ' ')}\" title=\"{title}\">";
            spans.Add(new MarkedSpan(span.Start, span.End, AddresseeLayer, open, open, "</span>"));
        }

        foreach (var (span, (cue, statements)) in cues)
        {
            string title = HtmlText.Escape($"cue of {Numbers(statements)}: {cue.Lemma}");
            string open = $"<span class=\"cue\" data-statements=\"{Numbers(statements, ' ')}\" title=\"{title}\">";
            spans.Add(new MarkedSpan(span.Start, span.End, CueLayer, open, open, "</span>"));
        }

        foreach (var (span, (time, statements)) in times)
        {
            string title = HtmlText.Escape($"time of {Numbers(statements)}: {time.Text}{(time.Value is null ? string.Empty : " = " + time.Value)}");
            string datetime = time.Value is null ? string.Empty : $" datetime=\"{HtmlText.Escape(time.Value)}\"";
            string open = $"<time class=\"time\"{datetime} data-statements=\"{Numbers(statements, ' ')}\" title=\"{title}\">";
            spans.Add(new MarkedSpan(span.Start, span.End, TimeLayer, open, open, "</time>"));
        }

        // The entity's other mentions (names, pronouns, nominals) are marked lightly, so coreference shows.
        foreach (var entity in result.Entities)
        {
            string open = $"<span class=\"mention {classOf(entity)}\" title=\"{HtmlText.Escape(entity.Name)}\">";
            foreach (var mention in entity.Mentions)
            {
                if (!speakers.ContainsKey(mention) && !addressees.ContainsKey(mention))
                {
                    spans.Add(new MarkedSpan(mention.Start, mention.End, MentionLayer, open, open, "</span>"));
                }
            }
        }

        return spans;
    }

    private static IEnumerable<TextSpan> Pieces(Statement statement)
    {
        // An interrupted quote is highlighted piece by piece, so the frame inside it ("he said") stays unmarked.
        if (!statement.Fragments.IsDefaultOrEmpty)
        {
            foreach (var fragment in statement.Fragments)
            {
                yield return fragment.Span;
            }
        }
        else
        {
            yield return statement.Content.Span;
        }
    }

    private static void Collect<T>(Dictionary<TextSpan, (T Item, List<int> Statements)> map, TextSpan span, T item, int number)
    {
        if (map.TryGetValue(span, out var entry))
        {
            entry.Statements.Add(number);
        }
        else
        {
            map[span] = (item, [number]);
        }
    }

    private static void WriteLegend(TextWriter writer, AttributionResult result, Func<Entity?, string> classOf)
    {
        writer.Write("<section id=\"legend\">\n<h2>Entities</h2>\n<ul>\n");
        foreach (var entity in result.Entities)
        {
            writer.Write($"<li class=\"entity {classOf(entity)}\" data-entity=\"{EntityKey(entity)}\"><span class=\"swatch\"></span><span class=\"name\">");
            HtmlText.Write(writer, entity.Name);
            writer.Write($"</span> <span class=\"kind\">{AttributionJson.EntityKindName(entity.Kind)}</span> <span class=\"count\"></span>");
            var also = new List<string>();
            foreach (var title in entity.Titles)
            {
                also.Add(title);
            }

            foreach (var alias in entity.Aliases)
            {
                if (alias != entity.Name)
                {
                    also.Add(alias);
                }
            }

            if (also.Count > 0)
            {
                writer.Write("<div class=\"aliases\">");
                HtmlText.Write(writer, string.Join(" · ", also));
                writer.Write("</div>");
            }

            writer.Write("</li>\n");
        }

        bool anyUnresolved = false;
        foreach (var statement in result.Statements)
        {
            anyUnresolved |= statement.Speaker?.Entity is null;
        }

        if (anyUnresolved)
        {
            writer.Write($"<li class=\"entity {UnresolvedClass}\" data-entity=\"none\"><span class=\"swatch\"></span><span class=\"name\">no resolved speaker</span> <span class=\"count\"></span></li>\n");
        }

        writer.Write("</ul>\n</section>\n");
    }

    private static void WriteNotes(TextWriter writer, AttributionResult result, Func<Entity?, string> classOf)
    {
        writer.Write("<section id=\"notes\">\n<h2>Statements</h2>\n");
        if (result.Statements.IsEmpty)
        {
            writer.Write("<p class=\"empty\">No statements found.</p>\n");
        }

        writer.Write("<ol>\n");
        for (int i = 0; i < result.Statements.Length; i++)
        {
            var statement = result.Statements[i];
            int number = i + 1;
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"<li class=\"note {classOf(statement.Speaker?.Entity)}\" data-statement=\"{number}\" data-entity=\"{EntityKey(statement.Speaker?.Entity)}\"><span class=\"who\">"));
            HtmlText.Write(writer, SpeakerName(statement));
            writer.Write($"</span> <span class=\"kind\">{AttributionJson.KindName(statement.Kind)}</span><q>");
            HtmlText.Write(writer, TextAbbreviation.Shorten(statement.Content.Text, 160));
            writer.Write("</q><dl>");
            if (statement.Speaker is { } speaker)
            {
                Field(writer, "speaker", $"{speaker.Text} ({AttributionJson.MentionKindName(speaker.Kind)})");
            }

            if (statement.OnBehalfOf is { } onBehalfOf)
            {
                Field(writer, "for", onBehalfOf.Entity?.Name ?? onBehalfOf.Text);
            }

            if (statement.Cue is { } cue)
            {
                Field(writer, "cue", cue.Text);
            }

            if (statement.Addressee is { } addressee)
            {
                Field(writer, "to", addressee.Entity?.Name ?? addressee.Text);
            }

            if (statement.Time is { } time)
            {
                Field(writer, "when", time.Value is null ? time.Text : $"{time.Text} = {time.Value}");
            }

            Field(writer, "confidence", statement.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            writer.Write("</dl></li>\n");
        }

        writer.Write("</ol>\n</section>\n");
    }

    /// <summary>The sources that declined to comment: listed apart, since they are not statements.</summary>
    private static void WriteDeclines(TextWriter writer, AttributionResult result, Func<Entity?, string> classOf)
    {
        if (result.Declines.IsDefaultOrEmpty)
        {
            return;
        }

        writer.Write("<section id=\"declines\">\n<h2>Declined to comment</h2>\n<ol>\n");
        foreach (var decline in result.Declines)
        {
            writer.Write($"<li class=\"decline {classOf(decline.Speaker?.Entity)}\"><span class=\"who\">");
            HtmlText.Write(writer, decline.Speaker is null ? "unknown speaker" : decline.Speaker.Entity?.Name ?? decline.Speaker.Text);
            writer.Write("</span><dl>");
            if (decline.OnBehalfOf is { } onBehalfOf)
            {
                Field(writer, "for", onBehalfOf.Entity?.Name ?? onBehalfOf.Text);
            }

            Field(writer, "cue", decline.Cue.Text);
            if (decline.Addressee is { } addressee)
            {
                Field(writer, "to", addressee.Entity?.Name ?? addressee.Text);
            }

            if (decline.Time is { } time)
            {
                Field(writer, "when", time.Value is null ? time.Text : $"{time.Text} = {time.Value}");
            }

            Field(writer, "confidence", decline.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            writer.Write("</dl></li>\n");
        }

        writer.Write("</ol>\n</section>\n");
    }

    private static void Field(TextWriter writer, string name, string value)
    {
        writer.Write($"<dt>{name}</dt><dd>");
        HtmlText.Write(writer, value);
        writer.Write("</dd>");
    }

    private static string Tooltip(int number, Statement statement)
    {
        var parts = new List<string> { $"#{number} {AttributionJson.KindName(statement.Kind)} · {SpeakerName(statement)}" };
        if (statement.Cue is { } cue)
        {
            parts.Add($"cue: {cue.Text}");
        }

        if (statement.Addressee is { } addressee)
        {
            parts.Add($"to: {addressee.Entity?.Name ?? addressee.Text}");
        }

        if (statement.Time is { } time)
        {
            parts.Add(time.Value is null ? $"when: {time.Text}" : $"when: {time.Text} = {time.Value}");
        }

        parts.Add("confidence " + statement.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
        return string.Join("\n", parts);
    }

    private static string SpeakerName(Statement statement) =>
        statement.Speaker is null ? "unknown speaker" : statement.Speaker.Entity?.Name ?? statement.Speaker.Text;

    private static string EntityKey(Entity? entity) =>
        entity is null ? "none" : entity.Id.ToString(CultureInfo.InvariantCulture);

    private static string Numbers(List<int> numbers, char separator = ',') =>
        string.Join(separator == ',' ? ", " : " ", numbers);

    private static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}

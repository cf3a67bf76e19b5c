using System.Collections.Immutable;
using System.Text.Json;
using Attribution.Tests.TestSupport;

namespace Attribution.Tests.Cli;

/// <summary>
/// The seed article's hand-annotated statements (Data/seed/*.expected.json) as result records, so the views
/// can be tested on real text and realistic spans independently of what the extractor finds today.
/// </summary>
internal static class SeedAttribution
{
    public const string Id = "guterres-netanyahu";

    public static AttributionResult Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestData.PathOf("seed", Id + ".expected.json")));
        var root = json.RootElement;
        string text = root.GetProperty("text").GetString()!;

        var entities = new List<Entity>();
        Entity EntityNamed(string name, EntityKind kind)
        {
            var found = entities.Find(e => e.Name == name);
            if (found is null)
            {
                found = new Entity(entities.Count, name, kind, Gender.Unknown, [], [], []);
                entities.Add(found);
            }

            return found;
        }

        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            var created = EntityNamed(entity.GetProperty("name").GetString()!, EntityKind.Person);
            entities[created.Id] = created with
            {
                Aliases = Strings(entity, "aliases"),
                Titles = Strings(entity, "titles"),
            };
        }

        var statements = ImmutableArray.CreateBuilder<Statement>();
        var lastSpeakerOf = new Dictionary<string, SpeakerMention>();
        foreach (var item in root.GetProperty("statements").EnumerateArray())
        {
            string? resolved = item.GetProperty("speaker_resolved").GetString();
            SpeakerMention? speaker = null;
            if (item.GetProperty("speaker") is { ValueKind: JsonValueKind.Object } speakerSpan)
            {
                var span = SpanOf(speakerSpan);
                string mention = span.Slice(text);
                var kind = mention is "he" or "she" or "they" ? MentionKind.Pronoun : MentionKind.Name;
                speaker = new SpeakerMention(span, mention, kind, resolved is null ? null : EntityNamed(resolved, EntityKind.Person));
            }
            else if (resolved is not null)
            {
                lastSpeakerOf.TryGetValue(resolved, out speaker);
            }

            if (speaker is not null && resolved is not null)
            {
                lastSpeakerOf[resolved] = speaker;
            }

            AddresseeMention? addressee = null;
            if (item.GetProperty("addressee") is { ValueKind: JsonValueKind.Object } addresseeSpan)
            {
                var span = SpanOf(addresseeSpan);
                string? name = item.GetProperty("addressee_resolved").GetString();
                addressee = new AddresseeMention(span, span.Slice(text), name is null ? null : EntityNamed(name, EntityKind.Organization));
            }

            TimeReference? time = null;
            if (item.GetProperty("time") is { ValueKind: JsonValueKind.Object } timeSpan)
            {
                var span = SpanOf(timeSpan);
                time = new TimeReference(span, span.Slice(text), timeSpan.TryGetProperty("value", out var value) ? value.GetString() : null);
            }

            Cue? cue = null;
            if (item.GetProperty("cue") is { ValueKind: JsonValueKind.Object } cueSpan)
            {
                var span = SpanOf(cueSpan);
                cue = new Cue(span, span.Slice(text), span.Slice(text));
            }

            var content = SpanOf(item.GetProperty("content"));
            var statementKind = item.GetProperty("type").GetString() switch
            {
                "direct" => StatementKind.Direct,
                "mixed" => StatementKind.Mixed,
                _ => StatementKind.Indirect,
            };
            statements.Add(new Statement(statementKind, new TextExcerpt(content, content.Slice(text)), [], cue, speaker, addressee, time, true, 0.9));
        }

        // Entity mentions: every speaker and addressee mention that resolved to the entity.
        var mentions = entities.ConvertAll(_ => new SortedSet<TextSpan>());
        foreach (var statement in statements)
        {
            if (statement.Speaker?.Entity is { } speakerEntity)
            {
                mentions[speakerEntity.Id].Add(statement.Speaker.Span);
            }

            if (statement.Addressee?.Entity is { } addresseeEntity)
            {
                mentions[addresseeEntity.Id].Add(statement.Addressee.Span);
            }
        }

        var finalEntities = entities.ConvertAll(e => e with { Mentions = [.. mentions[e.Id]] });
        Entity? Final(Entity? e) => e is null ? null : finalEntities[e.Id];
        var finalStatements = statements.Select(s => s with
        {
            Speaker = s.Speaker is null ? null : s.Speaker with { Entity = Final(s.Speaker.Entity) },
            Addressee = s.Addressee is null ? null : s.Addressee with { Entity = Final(s.Addressee.Entity) },
        });
        return new AttributionResult(text, [.. finalStatements], [.. finalEntities]);
    }

    private static TextSpan SpanOf(JsonElement element) =>
        new(element.GetProperty("start").GetInt32(), element.GetProperty("end").GetInt32());

    private static ImmutableArray<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) ? [.. array.EnumerateArray().Select(a => a.GetString()!)] : [];
}

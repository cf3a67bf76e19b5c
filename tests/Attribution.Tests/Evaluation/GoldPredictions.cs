using System.Collections.Immutable;
using Attribution.Evaluation.Gold;
using Attribution.Evaluation.Scoring;

namespace Attribution.Tests.Evaluation;

/// <summary>Builds predicted statements by hand, as the extractor would return them, for scorer tests.</summary>
internal static class GoldPredictions
{
    /// <summary>The prediction a perfect extractor would make for <paramref name="gold"/>.</summary>
    public static Statement Perfect(string text, GoldStatement gold, int entityId)
    {
        var entity = gold.SpeakerResolved is { } name
            ? new Entity(entityId, name, EntityKind.Person, Gender.Unknown, [], [], [])
            : null;
        return new Statement(
            gold.Kind,
            Excerpt(text, gold.Content),
            gold.Fragments.IsDefaultOrEmpty ? [] : gold.Fragments.Select(f => Excerpt(text, f)).ToImmutableArray(),
            gold.Cue is { } cue ? new Cue(cue, cue.Slice(text), cue.Slice(text)) : null,
            gold.Speaker is { } speaker ? new SpeakerMention(speaker, speaker.Slice(text), MentionKind.Name, entity) : null,
            gold.Addressee is { } addressee ? new AddresseeMention(addressee, addressee.Slice(text), null) : null,
            gold.Time is { } time ? new TimeReference(time, time.Slice(text), gold.TimeValue) : null,
            gold.IsSpeech,
            0.9);
    }

    /// <summary>A prediction with the given content and (optionally) cue and speaker, found by their text.</summary>
    public static Statement Statement(string text, StatementKind kind, TextSpan content, TextSpan? cue = null, TextSpan? speaker = null, string? entityName = null, bool isSpeech = true)
    {
        var entity = entityName is null ? null : new Entity(0, entityName, EntityKind.Person, Gender.Unknown, [], [], []);
        return new Statement(
            kind,
            Excerpt(text, content),
            [],
            cue is { } c ? new Cue(c, c.Slice(text), c.Slice(text)) : null,
            speaker is { } s ? new SpeakerMention(s, s.Slice(text), MentionKind.Name, entity) : null,
            null,
            null,
            isSpeech,
            0.9);
    }

    /// <summary>The span of the first occurrence of <paramref name="part"/> in <paramref name="text"/>.</summary>
    public static TextSpan Find(string text, string part, int from = 0)
    {
        int start = text.IndexOf(part, from, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{part}' is not in the text", nameof(part));
        }

        return TextSpan.FromLength(start, part.Length);
    }

    public static EvaluationReport ScoreOne(GoldDocument gold, IReadOnlyList<Statement> predicted, bool speechOnly = false) =>
        Scorer.Score("test", [new ScoringDocument(gold, predicted, [])], speechOnly);

    private static TextExcerpt Excerpt(string text, TextSpan span) => new(span, span.Slice(text));
}

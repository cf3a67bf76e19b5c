using System.Collections.Immutable;
using Attribution.Evaluation.Gold;

namespace Attribution.Evaluation.Scoring;

/// <summary>
/// Scores predictions against gold. Contents are compared as character sets (<see cref="ContentCharacters"/>)
/// and paired by <see cref="StatementMatcher"/>. With <c>speechOnly</c>, gold beliefs and predictions marked
/// as not speech are left out; a prediction paired with a left-out gold belief counts neither way, so finding
/// a belief the gold also holds is never a false positive.
/// </summary>
public static class Scorer
{
    private const int ContextLimit = 400;

    /// <summary>Scores every document and adds the counts up.</summary>
    public static EvaluationReport Score(string source, IEnumerable<ScoringDocument> documents, bool speechOnly)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tallies = new Dictionary<StatementKind, Tally>
        {
            [StatementKind.Direct] = new(),
            [StatementKind.Mixed] = new(),
            [StatementKind.Indirect] = new(),
        };
        var all = new Tally();
        var errors = ImmutableArray.CreateBuilder<ErrorExample>();
        int documentCount = 0;
        foreach (var document in documents)
        {
            documentCount++;
            ScoreDocument(document, speechOnly, all, tallies, errors);
        }

        return new EvaluationReport(
            source,
            speechOnly,
            documentCount,
            all.ToScores(),
            tallies[StatementKind.Direct].ToScores(),
            tallies[StatementKind.Mixed].ToScores(),
            tallies[StatementKind.Indirect].ToScores(),
            errors.ToImmutable());
    }

    private static void ScoreDocument(
        ScoringDocument document, bool speechOnly, Tally all, Dictionary<StatementKind, Tally> byKind, ImmutableArray<ErrorExample>.Builder errors)
    {
        string text = document.Gold.Text;
        var gold = document.Gold.Statements;
        var predicted = new List<Statement>(document.Predicted.Count);
        foreach (var statement in document.Predicted)
        {
            if (!speechOnly || statement.IsSpeech)
            {
                predicted.Add(statement);
            }
        }

        var goldCharacters = gold.Select(g => ContentCharacters.Of(text, g.ContentPieces)).ToList();
        var predictedCharacters = predicted.Select(p => ContentCharacters.Of(text, PiecesOf(p))).ToList();
        var matches = StatementMatcher.Match(goldCharacters, predictedCharacters);
        var matchOfGold = new ContentMatch?[gold.Length];
        var matchOfPredicted = new ContentMatch?[predicted.Count];
        foreach (var match in matches)
        {
            matchOfGold[match.GoldIndex] = match;
            matchOfPredicted[match.PredictedIndex] = match;
        }

        bool Included(GoldStatement statement) => !speechOnly || statement.IsSpeech;

        for (int g = 0; g < gold.Length; g++)
        {
            var statement = gold[g];
            if (!Included(statement))
            {
                continue;
            }

            all.Gold++;
            byKind[statement.Kind].Gold++;
            if (matchOfGold[g] is { IsLenient: true } match)
            {
                var prediction = predicted[match.PredictedIndex];
                var judged = Judge(text, statement, prediction);
                all.AddPair(judged);
                byKind[statement.Kind].AddPair(judged);
                if (!judged.SpeakerRight)
                {
                    errors.Add(Example(document, ErrorKind.WrongSpeaker, statement.Kind, statement.Content, statement.Speaker, prediction.Speaker?.Text));
                }
            }
            else
            {
                errors.Add(Example(document, ErrorKind.Miss, statement.Kind, statement.Content, statement.Speaker, null));
            }
        }

        for (int p = 0; p < predicted.Count; p++)
        {
            var prediction = predicted[p];
            var match = matchOfPredicted[p];
            if (match is not null && !Included(gold[match.GoldIndex]))
            {
                continue;
            }

            var goldStatement = match is null ? null : gold[match.GoldIndex];
            var judged = goldStatement is null ? default : Judge(text, goldStatement, prediction);
            CountPrediction(all, byKind, prediction.Kind, goldStatement?.Kind, match, judged);
            if (match is not { IsLenient: true })
            {
                errors.Add(Example(document, ErrorKind.FalsePositive, prediction.Kind, prediction.Content.Span, null, prediction.Speaker?.Text));
            }
        }
    }

    // A prediction counts under its gold's kind where it is right and under its own kind where it is not,
    // so the kind lines add up to the overall line.
    private static void CountPrediction(
        Tally all, Dictionary<StatementKind, Tally> byKind, StatementKind predictedKind, StatementKind? goldKind, ContentMatch? match, Judgement judged)
    {
        bool strict = match is { IsStrict: true };
        bool lenient = match is { IsLenient: true };
        Span<bool> right =
        [
            match is { IsExact: true },
            strict,
            lenient,
            strict && judged.SpeakerRight && judged.CueRight,
            lenient && judged.SpeakerRight,
            lenient && judged.SpeakerExact,
        ];
        for (int level = 0; level < right.Length; level++)
        {
            all.AddPrediction(level, right[level]);
            byKind[right[level] && goldKind is { } kind ? kind : predictedKind].AddPrediction(level, right[level]);
        }
    }

    private static Judgement Judge(string text, GoldStatement gold, Statement prediction)
    {
        bool speakerRight = (gold.Speaker, prediction.Speaker) switch
        {
            (null, null) => true,
            ({ } goldSpan, { } mention) => goldSpan.OverlapsWith(mention.Span),
            _ => false,
        };
        bool speakerExact = (gold.Speaker, prediction.Speaker) switch
        {
            (null, null) => true,
            ({ } goldSpan, { } mention) => SameSpan(text, goldSpan, mention.Span),
            _ => false,
        };
        bool cueRight = (gold.Cue, prediction.Cue) switch
        {
            (null, null) => true,
            ({ } goldSpan, { } cue) => goldSpan.OverlapsWith(cue.Span),
            _ => false,
        };
        bool? resolvedRight = gold.SpeakerResolved is null
            ? null
            : NameMatching.Matches(prediction.Speaker?.Entity?.Name ?? prediction.Speaker?.Text, gold.SpeakerResolved);
        bool? addresseeRight = gold.Addressee is { } addressee
            ? prediction.Addressee is { } predictedAddressee && addressee.OverlapsWith(predictedAddressee.Span)
            : null;
        bool? timeRight = gold.Time is { } time
            ? prediction.Time is { } predictedTime
              && (gold.TimeValue is null ? time.OverlapsWith(predictedTime.Span) : string.Equals(gold.TimeValue, predictedTime.Value, StringComparison.Ordinal))
            : null;
        return new Judgement(speakerRight, speakerExact, cueRight, resolvedRight, addresseeRight, timeRight);
    }

    // Speaker spans are compared like contents: the same characters once white space, quote marks and edge
    // punctuation are trimmed, so "the mayor," and "the mayor" are the same span.
    private static bool SameSpan(string text, TextSpan gold, TextSpan predicted) =>
        ContentCharacters.Of(text, [gold]).Ranges.SequenceEqual(ContentCharacters.Of(text, [predicted]).Ranges);

    private static ImmutableArray<TextSpan> PiecesOf(Statement statement) =>
        statement.Fragments.IsDefaultOrEmpty ? [statement.Content.Span] : statement.Fragments.Select(f => f.Span).ToImmutableArray();

    private static ErrorExample Example(ScoringDocument document, ErrorKind error, StatementKind kind, TextSpan content, TextSpan? goldSpeaker, string? predictedSpeaker)
    {
        string text = document.Gold.Text;
        return new ErrorExample(
            document.Gold.Id,
            error,
            kind,
            content,
            content.Slice(text),
            goldSpeaker?.Slice(text),
            predictedSpeaker,
            ContextOf(text, content, document.Sentences));
    }

    /// <summary>The sentences the span touches (or, without sentences, its line), on one line and cut to a readable length.</summary>
    internal static string ContextOf(string text, TextSpan span, IReadOnlyList<TextSpan> sentences)
    {
        int start = span.Start;
        int end = span.End;
        bool found = false;
        foreach (var sentence in sentences)
        {
            if (sentence.End > span.Start && sentence.Start < Math.Max(span.End, span.Start + 1))
            {
                start = found ? Math.Min(start, sentence.Start) : sentence.Start;
                end = Math.Max(end, sentence.End);
                found = true;
            }
        }

        if (!found)
        {
            while (start > 0 && text[start - 1] != '\n' && span.Start - start < ContextLimit / 2)
            {
                start--;
            }

            while (end < text.Length && text[end] != '\n' && end - span.End < ContextLimit / 2)
            {
                end++;
            }
        }

        string context = string.Join(' ', text[start..end].Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return context.Length <= ContextLimit ? context : string.Concat(context.AsSpan(0, ContextLimit - 1), "…");
    }

    private readonly record struct Judgement(bool SpeakerRight, bool SpeakerExact, bool CueRight, bool? ResolvedRight, bool? AddresseeRight, bool? TimeRight);

    private sealed class Tally
    {
        // Indexed by level: exact, strict, lenient, full, attributed, speaker span (the order CountPrediction uses).
        private readonly int[] _predicted = new int[6];
        private readonly int[] _correct = new int[6];
        private int _pairs, _speaker, _cue, _resolvedTotal, _resolved, _addresseeTotal, _addressee, _timeTotal, _time;

        public int Gold { get; set; }

        public void AddPrediction(int level, bool correct)
        {
            _predicted[level]++;
            _correct[level] += correct ? 1 : 0;
        }

        public void AddPair(Judgement judged)
        {
            _pairs++;
            _speaker += judged.SpeakerRight ? 1 : 0;
            _cue += judged.CueRight ? 1 : 0;
            Add(judged.ResolvedRight, ref _resolvedTotal, ref _resolved);
            Add(judged.AddresseeRight, ref _addresseeTotal, ref _addressee);
            Add(judged.TimeRight, ref _timeTotal, ref _time);
        }

        public KindScores ToScores() => new(
            new PrecisionRecall(Gold, _predicted[0], _correct[0]),
            new PrecisionRecall(Gold, _predicted[1], _correct[1]),
            new PrecisionRecall(Gold, _predicted[2], _correct[2]),
            new PrecisionRecall(Gold, _predicted[3], _correct[3]),
            new PrecisionRecall(Gold, _predicted[4], _correct[4]),
            new PrecisionRecall(Gold, _predicted[5], _correct[5]),
            new Accuracy(_speaker, _pairs),
            new Accuracy(_resolved, _resolvedTotal),
            new Accuracy(_cue, _pairs),
            new Accuracy(_addressee, _addresseeTotal),
            new Accuracy(_time, _timeTotal));

        private static void Add(bool? judged, ref int total, ref int right)
        {
            if (judged is { } value)
            {
                total++;
                right += value ? 1 : 0;
            }
        }
    }
}

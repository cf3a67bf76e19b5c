using System.Collections.Immutable;
using Attribution.Evaluation.Gold;

namespace Attribution.Evaluation.Scoring;

/// <summary>
/// A content as a set of character offsets: the union of its pieces, each trimmed of white space, quote
/// marks and punctuation at both edges, so <c>“We will win,”</c> and <c>We will win</c> are the same set.
/// Kept as sorted, disjoint, half-open ranges.
/// </summary>
public sealed class ContentCharacters
{
    private readonly ImmutableArray<TextSpan> _ranges;

    private ContentCharacters(ImmutableArray<TextSpan> ranges)
    {
        _ranges = ranges;
        int count = 0;
        foreach (var range in ranges)
        {
            count += range.Length;
        }

        Count = count;
    }

    /// <summary>The number of characters in the set.</summary>
    public int Count { get; }

    /// <summary>The sorted, disjoint ranges of the set.</summary>
    public ImmutableArray<TextSpan> Ranges => _ranges;

    /// <summary>Builds the set of the given pieces of <paramref name="text"/>.</summary>
    public static ContentCharacters Of(string text, IEnumerable<TextSpan> pieces)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pieces);
        var trimmed = new List<TextSpan>();
        foreach (var piece in pieces)
        {
            int start = Math.Clamp(piece.Start, 0, text.Length);
            int end = Math.Clamp(piece.End, start, text.Length);
            while (start < end && IsEdgeNoise(text[start]))
            {
                start++;
            }

            while (end > start && IsEdgeNoise(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                trimmed.Add(new TextSpan(start, end));
            }
        }

        trimmed.Sort();
        var merged = ImmutableArray.CreateBuilder<TextSpan>(trimmed.Count);
        foreach (var range in trimmed)
        {
            if (merged.Count > 0 && merged[^1].End >= range.Start)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return new ContentCharacters(merged.ToImmutable());
    }

    /// <summary>The number of characters both sets hold.</summary>
    public int IntersectionCount(ContentCharacters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < _ranges.Length && j < other._ranges.Length)
        {
            shared += _ranges[i].OverlapLength(other._ranges[j]);
            if (_ranges[i].End <= other._ranges[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>True when both sets hold exactly the same characters.</summary>
    public bool SetEquals(ContentCharacters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _ranges.SequenceEqual(other._ranges);
    }

    private static bool IsEdgeNoise(char c) =>
        char.IsWhiteSpace(c) || char.IsPunctuation(c) || QuoteMarks.IsQuote(c) || c == '\u00B4';
}

namespace Attribution;

/// <summary>A piece of the original text: its half-open span and the text it covers.</summary>
/// <remarks>
/// An excerpt the extractor makes keeps the document's string and cuts <see cref="Text"/> from it on first read:
/// the contents of a document's statements are most of what an extraction would otherwise allocate, and a caller
/// that writes JSON (<see cref="Serialization.AttributionJson"/>) or reads only spans never needs them as strings. Equality,
/// hashing and printing are those of a record of <see cref="Span"/> and <see cref="Text"/>.
/// </remarks>
public sealed record TextExcerpt
{
    /// <summary>The document's text while <see cref="_text"/> is not cut yet; null for an excerpt made with its text.</summary>
    private readonly string? _source;
    private readonly TextSpan _span;
    private string? _text;

    /// <summary>An excerpt of <paramref name="Span"/> with its text.</summary>
    /// <param name="Span">Where the excerpt lies in the original string.</param>
    /// <param name="Text">The text of the span (always equal to the slice of the original string).</param>
    public TextExcerpt(TextSpan Span, string Text)
    {
        _span = Span;
        _text = Text;
    }

    /// <summary>An excerpt of <paramref name="span"/> in <paramref name="source"/>, its text cut on first read.</summary>
    internal TextExcerpt(string source, TextSpan span)
    {
        _source = source;
        _span = span;
    }

    /// <summary>Where the excerpt lies in the original string.</summary>
    public TextSpan Span
    {
        get => _span;
        init
        {
            _text = Text; // a copy made with another span keeps the text it had, as a positional record would
            _span = value;
        }
    }

    /// <summary>The text of the span (always equal to the slice of the original string).</summary>
    public string Text
    {
        get => _text ??= _span.Slice(_source!);
        init => _text = value;
    }

    /// <summary>The characters of <see cref="Text"/>, without making the string when it is not made yet.</summary>
    internal ReadOnlySpan<char> Chars => _text is { } text ? text.AsSpan() : _source.AsSpan(_span.Start, _span.Length);

    /// <summary>Whether <paramref name="other"/> has the same span and text.</summary>
    /// <param name="other">The excerpt to compare with.</param>
    /// <returns>True when both members are equal.</returns>
    public bool Equals(TextExcerpt? other) =>
        ReferenceEquals(this, other) || (other is not null && _span == other._span && Chars.SequenceEqual(other.Chars));

    /// <summary>A hash of the span and the text, consistent with <see cref="Equals(TextExcerpt?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(_span, string.GetHashCode(Chars));

    /// <summary>Deconstructs the excerpt into its span and text.</summary>
    /// <param name="Span">Where the excerpt lies.</param>
    /// <param name="Text">The text of the span.</param>
    public void Deconstruct(out TextSpan Span, out string Text)
    {
        Span = this.Span;
        Text = this.Text;
    }
}

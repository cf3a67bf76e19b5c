namespace Attribution.Samples.Input;

/// <summary>
/// Reads a stream as lines of raw bytes (split on LF, a trailing CR dropped), so each JSONL line is decoded
/// on its own: an invalid UTF-8 sequence is then reported on its own line number and the lines after it
/// still go through, which a <see cref="StreamReader"/> decoding whole buffers ahead cannot do.
/// </summary>
public sealed class ByteLineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _filled;
    private byte[] _line = new byte[4 * 1024];

    public ByteLineReader(Stream stream) => _stream = stream;

    /// <summary>
    /// Reads the next line into <paramref name="line"/> (valid until the next call); false at the end. Memory rather
    /// than a span, so a JSON line can be parsed from its bytes in place (<c>JsonDocument.Parse</c> takes memory).
    /// </summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        int length = 0;
        bool any = false;
        while (true)
        {
            if (_position == _filled)
            {
                _filled = _stream.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_filled == 0)
                {
                    line = TrimCarriageReturn(_line.AsMemory(0, length));
                    return any;
                }
            }

            any = true;
            var available = _buffer.AsSpan(_position, _filled - _position);
            int newline = available.IndexOf((byte)'\n');
            var piece = newline < 0 ? available : available[..newline];
            Append(piece, ref length);
            _position += piece.Length;
            if (newline >= 0)
            {
                _position++;
                line = TrimCarriageReturn(_line.AsMemory(0, length));
                return true;
            }
        }
    }

    public void Dispose() => _stream.Dispose();

    private static ReadOnlyMemory<byte> TrimCarriageReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    private void Append(ReadOnlySpan<byte> piece, ref int length)
    {
        if (length + piece.Length > _line.Length)
        {
            Array.Resize(ref _line, Math.Max(_line.Length * 2, length + piece.Length));
        }

        piece.CopyTo(_line.AsSpan(length));
        length += piece.Length;
    }
}

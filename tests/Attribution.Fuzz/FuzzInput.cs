using System.Text;

namespace Attribution.Fuzz;

/// <summary>
/// Turns the fuzzer's bytes into a string that can hold anything a caller's string can: valid UTF-8 decodes
/// as usual; the byte 0xF8 (never valid in UTF-8) followed by two bytes gives that UTF-16 code unit as is
/// (big-endian), so lone surrogates and every BMP character are reachable; any other invalid byte becomes
/// the Latin-1 character of the same value (binary data read as text).
/// </summary>
internal static class FuzzInput
{
    public const byte RawCodeUnitMarker = 0xF8;

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b == RawCodeUnitMarker && i + 2 < bytes.Length)
            {
                builder.Append((char)((bytes[i + 1] << 8) | bytes[i + 2]));
                i += 3;
                continue;
            }

            if (Rune.DecodeFromUtf8(bytes[i..], out var rune, out int consumed) == System.Buffers.OperationStatus.Done)
            {
                builder.Append(rune.ToString());
                i += consumed;
                continue;
            }

            builder.Append((char)b);
            i++;
        }

        return builder.ToString();
    }
}

using System.Globalization;

namespace Attribution.Cli.Output;

/// <summary>A fill and an ink colour as <c>#rrggbb</c>.</summary>
internal readonly record struct EntityColour(string Fill, string Ink)
{
    /// <summary>The red, green and blue bytes of <paramref name="hex"/> (<c>#rrggbb</c>).</summary>
    public static (byte R, byte G, byte B) Rgb(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length != 7 || hex[0] != '#')
        {
            throw new FormatException($"'{hex}' is not #rrggbb.");
        }

        return (
            byte.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }
}

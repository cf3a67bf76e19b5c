using System.Globalization;

namespace Attribution.Cli.Output;

/// <summary>
/// One colour pair per entity: a light <see cref="EntityColour.Fill"/> that dark text stays readable on, and a
/// darker <see cref="EntityColour.Ink"/> of the same hue for borders and names. The first colours are hand-picked
/// to be far apart; later ones step round the hue circle by the golden angle so neighbours never look alike.
/// </summary>
internal static class EntityPalette
{
    private static readonly EntityColour[] Chosen =
    [
        new("#ffd8a8", "#c2570c"), // orange
        new("#b2f2bb", "#2b8a3e"), // green
        new("#a5d8ff", "#1864ab"), // blue
        new("#ffc9c9", "#c92a2a"), // red
        new("#d0bfff", "#5f3dc4"), // violet
        new("#fff3bf", "#a07f00"), // yellow
        new("#99e9f2", "#0b7285"), // cyan
        new("#fcc2d7", "#a61e4d"), // pink
        new("#c0eb75", "#5c940d"), // lime
        new("#eebefa", "#862e9c"), // grape
    ];

    /// <summary>The colour of statements whose speaker was not resolved to an entity.</summary>
    public static EntityColour Unresolved { get; } = new("#e9ecef", "#495057");

    public static EntityColour For(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (index < Chosen.Length)
        {
            return Chosen[index];
        }

        double hue = (index * 137.508) % 360.0;
        return new EntityColour(Hex(hue, 0.85, 0.85), Hex(hue, 0.70, 0.32));
    }

    private static string Hex(double hue, double saturation, double lightness)
    {
        double chroma = (1 - Math.Abs((2 * lightness) - 1)) * saturation;
        double sector = hue / 60.0;
        double x = chroma * (1 - Math.Abs((sector % 2) - 1));
        (double r, double g, double b) = (int)sector switch
        {
            0 => (chroma, x, 0.0),
            1 => (x, chroma, 0.0),
            2 => (0.0, chroma, x),
            3 => (0.0, x, chroma),
            4 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        double m = lightness - (chroma / 2);
        return string.Create(CultureInfo.InvariantCulture, $"#{Byte(r + m):x2}{Byte(g + m):x2}{Byte(b + m):x2}");
    }

    private static int Byte(double channel) => (int)Math.Round(Math.Clamp(channel, 0, 1) * 255);
}

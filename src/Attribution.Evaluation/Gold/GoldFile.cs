using System.Text;

namespace Attribution.Evaluation.Gold;

/// <summary>Reads a gold file's text the way the CLI reads documents: strict UTF-8, a leading BOM removed.</summary>
internal static class GoldFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="GoldFormatException">The file cannot be read or is not valid UTF-8.</exception>
    public static string ReadAllText(string path)
    {
        try
        {
            string text = StrictUtf8.GetString(File.ReadAllBytes(path));
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            throw new GoldFormatException($"{path}: not valid UTF-8", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new GoldFormatException($"{path}: {e.Message}", e);
        }
    }
}

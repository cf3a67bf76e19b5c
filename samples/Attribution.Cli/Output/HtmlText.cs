namespace Attribution.Cli.Output;

/// <summary>HTML escaping for text and attribute values, so user text can never become markup.</summary>
internal static class HtmlText
{
    /// <summary>Writes <paramref name="text"/> with <c>&amp; &lt; &gt; " '</c> escaped and NUL replaced (NUL is a parse error in HTML).</summary>
    public static void Write(TextWriter writer, ReadOnlySpan<char> text)
    {
        int run = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\0' => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            writer.Write(text[run..i]);
            writer.Write(replacement);
            run = i + 1;
        }

        writer.Write(text[run..]);
    }

    /// <summary>The escaped form of <paramref name="text"/>, for short strings such as names and attribute values.</summary>
    public static string Escape(string text)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, text);
        return writer.ToString();
    }
}

using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Attribution.Samples.Input;

/// <summary>
/// Reads the documents named on the command line: files, directories (their <c>*.txt</c> files, see
/// <see cref="TextFileFinder"/>), <c>-</c> for standard input, and JSONL files of <c>{"id","text","date"?}</c>
/// lines. A failure becomes an <see cref="InputError"/> in place of its document, so the others still go
/// through; so does a directory or JSONL file that yields no document at all (rather than a silent success).
/// </summary>
public static class DocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<InputItem> Read(IReadOnlyList<string> paths, IReadOnlyList<string> jsonlInputs, TextReader standardInput, bool recursive = false)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return ReadStandardInput(standardInput);
            }
            else if (Directory.Exists(path))
            {
                foreach (var item in ReadDirectory(path, recursive))
                {
                    yield return item;
                }
            }
            else
            {
                yield return ReadFile(path);
            }
        }

        foreach (var jsonl in jsonlInputs)
        {
            foreach (var item in ReadJsonLines(jsonl))
            {
                yield return item;
            }
        }
    }

    private static InputItem ReadStandardInput(TextReader input)
    {
        try
        {
            string text = input.ReadToEnd();
            return InputItem.Of(new InputDocument("stdin", "-", StripBom(text), null));
        }
        catch (DecoderFallbackException)
        {
            return InputItem.Of(new InputError("-", null, "not valid UTF-8"));
        }
        catch (IOException e)
        {
            return InputItem.Of(new InputError("-", null, e.Message));
        }
    }

    private static IEnumerable<InputItem> ReadDirectory(string path, bool recursive)
    {
        bool any = false;
        foreach (var entry in TextFileFinder.Find(path, recursive))
        {
            // A file to read, or the directory itself unreadable (already reported): not "nothing to read".
            any |= entry.Path is not null || entry.Error?.Name == path;
            yield return entry.Error is { } error ? InputItem.Of(error) : ReadFile(entry.Path!);
        }

        if (!any)
        {
            string hint = !recursive && TextFileFinder.HasSubdirectories(path) ? " (add --recursive to read its subdirectories)" : string.Empty;
            yield return InputItem.Of(new InputError(path, null, $"a directory with no *.txt files to read{hint}"));
        }
    }

    private static InputItem ReadFile(string path)
    {
        try
        {
            byte[] bytes = File.ReadAllBytes(path);
            string text = StrictUtf8.GetString(bytes);
            return InputItem.Of(new InputDocument(Path.GetFileNameWithoutExtension(path), path, StripBom(text), null));
        }
        catch (DecoderFallbackException e)
        {
            return InputItem.Of(new InputError(path, null, $"not valid UTF-8 ({e.Message})"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return InputItem.Of(new InputError(path, null, e.Message));
        }
    }

    private static IEnumerable<InputItem> ReadJsonLines(string path)
    {
        ByteLineReader? reader = null;
        InputError? openError = null;
        try
        {
            reader = new ByteLineReader(path == "-" ? Console.OpenStandardInput() : File.OpenRead(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            openError = new InputError(path, null, e.Message);
        }

        if (openError is not null || reader is null)
        {
            yield return InputItem.Of(openError ?? new InputError(path, null, "cannot open"));
            yield break;
        }

        using (reader)
        {
            int lineNumber = 0;
            bool any = false;
            while (true)
            {
                bool more;
                InputItem? item;
                try
                {
                    more = TryReadJsonLine(path, reader, ref lineNumber, out item);
                }
                catch (IOException e)
                {
                    more = false;
                    item = InputItem.Of(new InputError(path, lineNumber + 1, e.Message));
                }

                if (item is { } found)
                {
                    any = true;
                    yield return found;
                }

                if (!more)
                {
                    if (!any)
                    {
                        yield return InputItem.Of(new InputError(path, null, "no JSON lines to read"));
                    }

                    yield break;
                }
            }
        }
    }

    /// <summary>Reads the next line; <paramref name="item"/> is its document or error, null for a blank line. False at the end.</summary>
    /// <remarks>
    /// The line is checked as UTF-8 and parsed from its bytes: decoding it to a string first, which
    /// <c>JsonDocument.Parse</c> then encoded back to UTF-8, cost about a twentieth of a whole-process <c>extract</c>.
    /// </remarks>
    private static bool TryReadJsonLine(string path, ByteLineReader reader, ref int lineNumber, out InputItem? item)
    {
        item = null;
        if (!reader.TryReadLine(out var bytes))
        {
            return false;
        }

        lineNumber++;
        if (lineNumber == 1 && bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (!Utf8.IsValid(bytes.Span))
        {
            item = InputItem.Of(new InputError(path, lineNumber, "not valid UTF-8"));
            return true;
        }

        if (!IsBlank(bytes.Span))
        {
            item = ParseJsonLine(path, lineNumber, bytes);
        }

        return true;
    }

    /// <summary>Whether a line of valid UTF-8 is empty or white space only, as <see cref="string.IsNullOrWhiteSpace"/> of its text says.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
        {
            if (b >= 0x80)
            {
                return string.IsNullOrWhiteSpace(StrictUtf8.GetString(line)); // white space beyond ASCII (no-break space …)
            }

            if (!char.IsWhiteSpace((char)b))
            {
                return false;
            }
        }

        return true;
    }

    private static InputItem ParseJsonLine(string path, int lineNumber, ReadOnlyMemory<byte> line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InputItem.Of(new InputError(path, lineNumber, "expected a JSON object"));
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return InputItem.Of(new InputError(path, lineNumber, "missing string property \"text\""));
            }

            string id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
                ? idElement.GetString()!
                : $"{Path.GetFileNameWithoutExtension(path)}-{lineNumber}";
            DateOnly? date = null;
            if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind == JsonValueKind.String)
            {
                string dateText = dateElement.GetString()!;
                if (!DateOnly.TryParseExact(dateText.Length > 10 ? dateText[..10] : dateText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
                {
                    return InputItem.Of(new InputError(path, lineNumber, $"\"date\" is not YYYY-MM-DD: {dateText}"));
                }

                date = parsed;
            }

            return InputItem.Of(new InputDocument(id, $"{path}:{lineNumber}", textElement.GetString()!, date));
        }
        catch (JsonException e)
        {
            return InputItem.Of(new InputError(path, lineNumber, $"malformed JSON ({e.Message})"));
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json refuses to unescape a lone surrogate (\ud800) into a string.
            return InputItem.Of(new InputError(path, lineNumber, $"a JSON string is not valid text ({e.Message})"));
        }
    }

    private static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
}

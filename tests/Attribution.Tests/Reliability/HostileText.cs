using System.Text;

namespace Attribution.Tests.Reliability;

/// <summary>
/// Pathological documents, each built to a requested size (in UTF-16 code units, roughly) so that the same
/// shape serves the full-size survival tests and the two-size linear-time tests.
/// </summary>
internal static class HostileText
{
    /// <summary>The quote marks of every kind the front end may meet.</summary>
    public const string QuoteMarks = "\"'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F\u301D\u301E\uFF02\uFF07`\u00B4";

    /// <summary>Every generator by name: name → (size → text).</summary>
    public static readonly IReadOnlyDictionary<string, Func<int, string>> All = new Dictionary<string, Func<int, string>>(StringComparer.Ordinal)
    {
        ["empty"] = _ => string.Empty,
        ["whitespace only"] = size => Repeat(" \t\n\r\n\u00A0\u2003\u3000\u2028\u2029\f\v", size),
        ["no space or newline"] = size => Repeat("abcdefghij", size),
        ["quote marks of every kind"] = size => Repeat(QuoteMarks, size),
        ["nested and unbalanced quotes"] = NestedUnbalancedQuotes,
        ["quote never closed across paragraphs"] = UnclosedQuoteAcrossParagraphs,
        ["lone surrogates"] = size => Repeat("He said \uD800 \uDC00x\uDBFF\" \"\uDFFF\uD83D. ", size),
        ["NUL and control characters"] = ControlCharacters,
        ["binary bytes decoded as text"] = BinaryAsText,
        ["right-to-left text"] = size => Repeat("\u200F\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064A\u0633 \u00AB\u0633\u0646\u0646\u062A\u0635\u0631\u00BB. \u05D0\u05DE\u05E8 \u05D4\u05E9\u05E8 \"\u05E9\u05DC\u05D5\u05DD\". \u202Eevil\u202C said \u202BShe\u202C. \n", size),
        ["CRLF line endings"] = size => Repeat("\"We will win,\" Smith said.\r\nShe told reporters that the vote was fair.\r\n\r\n", size),
        ["CR-only line endings"] = size => Repeat("\"We will win,\" Smith said.\rShe told reporters that the vote was fair.\r\r", size),
        ["U+2028 line endings"] = size => Repeat("\"We will win,\" Smith said.\u2028She told reporters that the vote was fair.\u2029\u2028\u0085", size),
        ["100k-character words"] = LongWords,
        ["news-like paragraphs"] = NewsParagraphs,
        ["many distinct speakers"] = ManyDistinctSpeakers,
        ["only sentence ends"] = size => Repeat(". ! ? ... . Mr. U.S. Oct. ", size),
        ["only cue verbs"] = size => Repeat("said told says according to added warned ", size),
        ["pronouns and nominals without a name"] = size => Repeat("\u201CFine,\u201D he said. She told them it was over. \u201CNo,\u201D they said. The minister added that it was not. \u201CWhy?\u201D the spokesman asked.\n\n", size),
        ["one name mentioned again and again"] = size => Repeat("Prime Minister Jane Miller said the vote was fair. \u201CIt was,\u201D Miller told reporters. Ms. Miller added: \u201CNo doubt.\u201D\n\n", size),
    };

    /// <summary>Every character of the Basic Multilingual Plane once, U+0000 to U+FFFF, surrogates included.</summary>
    public static string EveryBmpCharacter()
    {
        var chars = new char[0x10000];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)i;
        }

        return new string(chars);
    }

    /// <summary>The same, shuffled with a fixed seed so surrogates and quote marks land next to letters.</summary>
    public static string EveryBmpCharacterShuffled()
    {
        var chars = EveryBmpCharacter().ToCharArray();
        new Random(2026).Shuffle(chars);
        return new string(chars);
    }

    private static string Repeat(string piece, int size)
    {
        var builder = new StringBuilder(size + piece.Length);
        while (builder.Length < size)
        {
            builder.Append(piece);
        }

        return builder.ToString(0, Math.Min(size, builder.Length));
    }

    private static string NestedUnbalancedQuotes(int size)
    {
        // Opens far more than it closes, nests every kind inside every other, and closes in the wrong order.
        var builder = new StringBuilder(size + 64);
        var random = new Random(7);
        while (builder.Length < size)
        {
            int depth = random.Next(1, 40);
            for (int d = 0; d < depth; d++)
            {
                builder.Append("\u201C'\u2018\u00AB\"".AsSpan(d % 5, 1)).Append("he said ");
            }

            int closes = random.Next(0, depth);
            for (int d = 0; d < closes; d++)
            {
                builder.Append("\u201D'\u2019\u00BB\"".AsSpan(random.Next(5), 1));
            }

            builder.Append(random.Next(3) == 0 ? "\n\n" : " ");
        }

        return builder.ToString(0, size);
    }

    private static string UnclosedQuoteAcrossParagraphs(int size)
    {
        var builder = new StringBuilder(size + 128);
        builder.Append("Smith said: \u201CThis never ends.\n\n");
        while (builder.Length < size)
        {
            builder.Append("\u201CAnd it goes on, said the minister, and on and on\n\n");
        }

        return builder.ToString(0, size);
    }

    private static string ControlCharacters(int size)
    {
        var builder = new StringBuilder(size + 64);
        int c = 0;
        while (builder.Length < size)
        {
            builder.Append((char)(c % 0x20)).Append("said\0\"Hi\u007F\u0085\u009F\" ");
            c++;
        }

        return builder.ToString(0, size);
    }

    private static string BinaryAsText(int size)
    {
        var bytes = new byte[size];
        new Random(42).NextBytes(bytes);
        string latin1 = Encoding.Latin1.GetString(bytes);
        string utf8 = Encoding.UTF8.GetString(bytes);
        string utf16 = Encoding.Unicode.GetString(bytes); // Keeps lone surrogates: the worst case.
        string all = latin1 + utf8 + utf16;
        return all[..Math.Min(size, all.Length)];
    }

    private static string LongWords(int size)
    {
        var builder = new StringBuilder(size + 16);
        string[] shapes = ["a", "A.", "1,", "x-", "U.S.", "@", "#", "http://"];
        int s = 0;
        while (builder.Length < size)
        {
            string shape = shapes[s++ % shapes.Length];
            // A quarter of the size up to 100k, so that a text and one four times its size hold the same shapes
            // (the linear-time test compares them): a 100k text of one "aaa…" word against 400k of it and three other shapes
            // measured the shapes, not the growth.
            int wordLength = Math.Min(Math.Min(100_000, Math.Max(1, size / 4)), size - builder.Length);
            for (int i = 0; i + shape.Length <= wordLength; i += shape.Length)
            {
                builder.Append(shape);
            }

            builder.Append(' ');
        }

        return builder.ToString(0, size);
    }

    private static string NewsParagraphs(int size)
    {
        string[] paragraphs =
        [
            "WASHINGTON (Reuters) - Secretary of State Jane Miller said on Tuesday that the talks would resume, according to two officials.",
            "\u201CWe are not there yet,\u201D Miller told reporters in Geneva. \u201CBut we are close.\u201D",
            "She added that the U.S. delegation, led by Mr. John O\u2019Brien, had met Oct. 24 with envoys from Qatar.",
            "\u201CIt\u2019s a start,\u201D said a senior official who asked not to be named, \u201Cand nobody expected that.\u201D",
            "The ministry accused Israel of \u201Cvery dramatic violations\u201D of the ceasefire, a spokesman said.",
            "Critics, including Sen. Ann Lee, warned that \"the deal is fragile\" and called on Congress to act.",
        ];
        var builder = new StringBuilder(size + 256);
        int p = 0;
        while (builder.Length < size)
        {
            builder.Append(paragraphs[p++ % paragraphs.Length]).Append("\n\n");
        }

        return builder.ToString(0, size);
    }

    private static string ManyDistinctSpeakers(int size)
    {
        // Every paragraph brings a new person, so entity resolution that compares each mention with every
        // entity met so far would grow with the square of the size.
        string[] first = ["Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jamal", "Kofi", "Lena"];
        var builder = new StringBuilder(size + 256);
        int n = 0;
        while (builder.Length < size)
        {
            string surname = SyntheticSurname(n);
            builder.Append('\u201C').Append("Point ").Append(n).Append(" stands,\u201D ")
                .Append(first[n % first.Length]).Append(' ').Append(surname).Append(" said. ")
                .Append(surname).Append(" told reporters that she would stay. \u201CYes,\u201D she said.\n\n");
            n++;
        }

        return builder.ToString(0, size);
    }

    private static string SyntheticSurname(int n)
    {
        // Pronounceable, capitalised and distinct: Bakor, Bakur, Dekon, ...
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var builder = new StringBuilder();
        do
        {
            builder.Append(consonants[n % consonants.Length]).Append(vowels[(n / consonants.Length) % vowels.Length]);
            n /= consonants.Length * vowels.Length;
        }
        while (n > 0);
        builder.Append("son");
        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }
}

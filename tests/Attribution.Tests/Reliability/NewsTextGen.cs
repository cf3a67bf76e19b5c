using System.Text;
using CsCheck;

namespace Attribution.Tests.Reliability;

/// <summary>
/// CsCheck generators of random text built from the pieces news is made of (names, cue verbs, quote
/// marks of every kind, punctuation, line breaks) with odd characters mixed in, so the properties meet both
/// the statements the rules look for and the debris around them.
/// </summary>
internal static class NewsTextGen
{
    private static readonly string[] Names =
    [
        "Smith", "Jane Miller", "Mr. O\u2019Brien", "Ms. Lee", "Dr. Ana Souza", "António Guterres", "Netanyahu",
        "U.N. Secretary-General António Guterres", "the minister", "a spokesman for the ministry", "officials",
        "Reuters", "the White House", "he", "she", "they", "It", "Hamas\u2019s leader", "Sen. Ann Lee (D-N.Y.)",
    ];

    private static readonly string[] Cues =
    [
        "said", "says", "told", "told reporters", "added", "warned", "according to", "asked", "claimed",
        "believes", "said on Thursday", "wrote", "insisted", "noted that", "called on", "accused", "did n't say",
        "said:", "said,", "told CNN that",
    ];

    private static readonly string[] Words =
    [
        "the", "vote", "was", "fair", "we", "will", "win", "on Thursday", "Oct. 24", "last week", "2024", "U.S.",
        "$3,000", "5.2bn", "didn\u2019t", "it\u2019s", "farmers\u2019 market", "\u201990s", "rock \u2019n\u2019 roll",
        "https://example.com/a?b=c", "@UN", "#news", "e.g.", "Secretary-General", "that", "and", "but", "yesterday",
    ];

    private static readonly string[] Punctuation =
    [
        ".", ",", ":", ";", "?", "!", "\u2014", "-", "...", "\u2026", "(", ")", "[", "]", ".\u201D", ",\u201D", "?\"", ".'",
    ];

    private static readonly string[] Breaks = [" ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u2028", "\u2029", "\u00A0", "\n \n"];

    private static readonly string[] Oddities =
    [
        "\0", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\U0001F600", "\u200B", "\uFEFF", "\u202E", "\u0301", "e\u0301",
        "\uFFFD", "\uFFFF", "<", "&", "\\", "\u0007", "\u0085", "\u05E9\u05DC\u05D5\u05DD", "\u4E2D\u6587", "\u0130",
    ];

    private static readonly Gen<string> QuoteMark = Gen.Int[0, HostileText.QuoteMarks.Length - 1].Select(i => HostileText.QuoteMarks[i].ToString());

    /// <summary>One piece of news-like text.</summary>
    public static readonly Gen<string> Piece = Gen.Frequency(
        (6, (IGen<string>)Gen.OneOf(Words)),
        (3, Gen.OneOf(Names)),
        (3, Gen.OneOf(Cues)),
        (3, QuoteMark),
        (3, Gen.OneOf(Punctuation)),
        (2, Gen.OneOf(Breaks)),
        (1, Gen.OneOf(Oddities)));

    /// <summary>A quoted statement in one of the shapes news uses, with random quote marks.</summary>
    public static readonly Gen<string> Statement = Gen.Select(
        Gen.OneOf(Names), Gen.OneOf(Cues), Piece.Array[1, 12], QuoteMark, QuoteMark, Gen.Int[0, 3],
        (name, cue, words, open, close, shape) =>
        {
            string content = string.Join(' ', words);
            return shape switch
            {
                0 => $"{open}{content},{close} {name} {cue}. ",
                1 => $"{name} {cue} {open}{content}.{close} ",
                2 => $"{name} {cue} that {content}. ",
                _ => $"{open}{content},{close} {cue} {name}, {open}{content}.{close}\n\n",
            };
        });

    /// <summary>A document: statements and loose pieces, joined with or without spaces.</summary>
    public static readonly Gen<string> Document = Gen.Frequency(
            (3, (IGen<string>)Statement),
            (5, Piece))
        .Array[0, 120]
        .Select(Gen.Bool.Array[120], (parts, spaced) =>
        {
            var builder = new StringBuilder();
            for (int i = 0; i < parts.Length; i++)
            {
                builder.Append(parts[i]);
                if (spaced[i])
                {
                    builder.Append(' ');
                }
            }

            return builder.ToString();
        });

    /// <summary>Shows a failing document with its invisible characters escaped.</summary>
    public static string Show(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (c < ' ' || c is '\u0085' or '\u2028' or '\u2029' || char.IsSurrogate(c) || c > '\u007E' && char.IsControl(c))
            {
                builder.Append($"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

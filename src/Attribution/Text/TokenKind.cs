namespace Attribution.Text;

/// <summary>What a <see cref="Token"/> is, as a reader of news text sees it.</summary>
public enum TokenKind : byte
{
    /// <summary>A run of letters, possibly with inner hyphens, periods of abbreviations (<c>U.N.</c>, <c>Oct.</c>) or apostrophes.</summary>
    Word,

    /// <summary>A number, possibly with separators, a decimal part or a unit suffix (<c>3,000</c>, <c>5.2bn</c>, <c>1990s</c>).</summary>
    Number,

    /// <summary>Sentence and clause punctuation: <c>. , ; : ? ! …</c> and brackets.</summary>
    Punctuation,

    /// <summary>A quote mark that can only open a quotation (<c>“ ‘ « „ ‚</c>, or a straight mark in opening position).</summary>
    OpeningQuote,

    /// <summary>A quote mark that can only close a quotation (<c>” ’ »</c>, or a straight mark in closing position).</summary>
    ClosingQuote,

    /// <summary>A straight quote mark whose role the context does not decide.</summary>
    AmbiguousQuote,

    /// <summary>An apostrophe that is not a quote mark: a clitic (<c>’s</c>, <c>n’t</c>), an elision (<c>’90s</c>) or a plural possessive (<c>farmers’</c>).</summary>
    Apostrophe,

    /// <summary>A dash used as punctuation: <c>— – --</c>.</summary>
    Dash,

    /// <summary>Any other symbol: currency, math, emoji, other pictographs.</summary>
    Symbol,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A social-media handle such as <c>@UN</c>.</summary>
    Handle,

    /// <summary>A hashtag such as <c>#MeToo</c>.</summary>
    Hashtag,

    /// <summary>A run of white space; <see cref="Token.NewlineCount"/> tells how many line breaks it holds.</summary>
    Whitespace,
}

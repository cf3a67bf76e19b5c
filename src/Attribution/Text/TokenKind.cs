namespace Attribution.Text;

/// <summary>What a <see cref="Token"/> is, as a reader of news text sees it.</summary>
public enum TokenKind : byte
{
    /// <summary>A run of letters, possibly with inner hyphens, periods of abbreviations (<c>U.N.</c>, <c>Oct.</c>), inner apostrophes (<c>O’Brien</c>) or an elided start (<c>’Tis</c>, <c>’n’</c>).</summary>
    Word,

    /// <summary>A number, possibly with separators, a decimal part or a unit suffix (<c>3,000</c>, <c>5.2bn</c>, <c>1990s</c>, <c>’90s</c>); a currency sign is a separate <see cref="Symbol"/>.</summary>
    Number,

    /// <summary>Sentence and clause punctuation: <c>. , ; : ? ! …</c> (an ellipsis, spaced or not, is one token) and brackets.</summary>
    Punctuation,

    /// <summary>A quote mark that can only open a quotation (<c>“ ‘ « „ ‚</c>, or a straight mark in opening position).</summary>
    OpeningQuote,

    /// <summary>A quote mark that can only close a quotation (<c>” »</c>, <c>’</c> when not an apostrophe, or a straight mark in closing position).</summary>
    ClosingQuote,

    /// <summary>A quote mark whose role the context does not decide: a straight mark between spaces or letters, or <c>’</c> before a word after a space.</summary>
    AmbiguousQuote,

    /// <summary>An apostrophe that is not a quote mark: a split-off clitic (<c>’s</c>, <c>n’t</c>, <c>’re</c>) or the mark of a plural possessive (<c>farmers’ market</c>).</summary>
    Apostrophe,

    /// <summary>A dash used as punctuation: <c>— – --</c>, or a hyphen that does not join two words.</summary>
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

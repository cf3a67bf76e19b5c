using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames.Rules;

/// <summary>
/// A fixed phrase that names the source of the quotation next to it, with no verb of saying:
/// <c>in the words of S</c>, <c>to quote S</c>, <c>in S's (own) words</c>, <c>as S put it</c>. The phrase is read as
/// a whole around the quotation, so none of its words (<c>in</c>, <c>as</c>, <c>put</c>) becomes a cue.
/// <list type="bullet">
/// <item>Matches: <c>In the words of its president, Karen Doyle, “This is a dark day.”</c>; <c>…, and in the words of the prosecutor, “…”</c>;
/// <c>To quote the governor, “We are not going anywhere.”</c>; <c>In his own words, “I made a mistake.”</c>; <c>As one shopkeeper put it, “Nobody asked us.”</c>;
/// <c>“We will be back next season,” in the words of the coach.</c>; <c>“Nobody asked us,” as one shopkeeper put it.</c>;
/// <c>“I lost two businesses to that river.” That was how Gomez put it.</c>; <c>“…” Those were the words of the mayor.</c>;
/// <c>“We need a deal” — that was the message from Mayor Tom Hill on Tuesday.</c> (a reply or message noun, response-nouns.txt);
/// <c>There is a line attributed to Einstein — “…”</c></item>
/// <item>Refuses: <c>In the words of the song “Hallelujah” …</c> (no comma or colon before the quotation: a title);
/// <c>In other words, “…”</c> (no source); <c>The delay was attributed to the storm: “…”</c> (a cause, not a source); <c>the words of “Amazing Grace”</c>; a phrase whose source is not a noun phrase.</item>
/// </list>
/// </summary>
internal sealed class QuotingPhraseRule : QuoteRule
{
    /// <summary>The most tokens from the phrase's first word to the quotation: the source with an appositive (<c>the Crown prosecutor, Mark Tedeschi, QC,</c>).</summary>
    private const int MaxPhraseTokens = 20;

    /// <summary>The fewest tokens, marks included, of a quotation this rule attributes: a quoted title or term is shorter than a spoken sentence.</summary>
    private const int MinQuoteTokens = 5;

    public override Candidate? TryMatch(TokenReader r, QuotePiece piece, int[] sentenceOf, Candidate? previous)
    {
        int s = sentenceOf[piece.FirstToken];
        if (piece.TokenCount < MinQuoteTokens)
        {
            return null;
        }

        var source = BeforeQuote(r, piece, sentenceOf) ?? AfterQuote(r, piece, sentenceOf) ?? NextSentence(r, piece, sentenceOf);
        return source is { } speaker
            ? Frameless(piece, speaker, null, s, FrameConfidence.QuotingPhrase, sentenceOf[Math.Max(piece.LastToken, speaker.LastToken)], Math.Max(piece.LastToken, speaker.LastToken))
            : null;
    }

    /// <summary><c>PHRASE S[, appositive][,:] “Q”</c>: the phrase opens the sentence or follows a comma or a conjunction.</summary>
    private static Mention? BeforeQuote(TokenReader r, QuotePiece piece, int[] sentenceOf)
    {
        int mark = piece.FirstToken - 1;
        if (!(r.IsPunct(mark, ',') || r.IsPunct(mark, ':') || (r.InRange(mark) && r.Tokens[mark].Kind == TokenKind.Dash)))
        {
            return null;
        }

        int sentenceFirst = r.Document.Sentences[sentenceOf[piece.FirstToken]].FirstToken;
        int stop = Math.Max(sentenceFirst, mark - MaxPhraseTokens);
        for (int k = mark - 1; k >= stop; k--)
        {
            if (r.IsQuoteMark(k) || r.IsPunct(k, '.') || r.IsPunct(k, ';'))
            {
                return null;
            }

            if (OpensClause(r, k, sentenceFirst) && SourceOfPhraseAt(r, k, mark) is { } source)
            {
                return source;
            }

            if (AttributedTo(r, k, mark) is { } credited)
            {
                return credited;
            }
        }

        return null;
    }

    /// <summary><c>“Q,” PHRASE S.</c>: the phrase and its source run from the quotation to the sentence end.</summary>
    private static Mention? AfterQuote(TokenReader r, QuotePiece piece, int[] sentenceOf)
    {
        int k = piece.LastToken + 1;
        if (r.IsPunct(k, ','))
        {
            k++; // "“Q”, in the words of …" (the comma outside the marks)
        }
        else if (!EndsWithComma(r, piece))
        {
            return null;
        }

        int sentenceEnd = r.Document.Sentences[sentenceOf[piece.LastToken]].EndToken;
        int end = r.IsPunct(sentenceEnd - 1, '.') ? sentenceEnd - 1 : sentenceEnd;
        return k < end && end - k <= MaxPhraseTokens ? SourceOfPhraseAt(r, k, end) : null;
    }

    /// <summary>
    /// <c>“Q.” That was how S put it.</c>, <c>“Q.” Those were the words of S.</c>, <c>“Q” — that was the message from S on
    /// Tuesday.</c>: a short sentence right after a quotation that closes its sentence, or a clause after a dash right
    /// after the quotation, names who said it.
    /// </summary>
    private static Mention? NextSentence(TokenReader r, QuotePiece piece, int[] sentenceOf)
    {
        var sentences = r.Document.Sentences;
        int s = sentenceOf[piece.LastToken];
        if (!piece.Closed)
        {
            return null;
        }

        int k;
        int end;
        if (r.InRange(piece.LastToken + 1) && r.Tokens[piece.LastToken + 1].Kind == TokenKind.Dash && sentenceOf[piece.LastToken + 1] == s)
        {
            k = piece.LastToken + 2; // "“Q” — that was …" in the quotation's own sentence
            end = sentences[s].EndToken;
        }
        else if (s + 1 < sentences.Length && sentences[s].EndToken - 1 <= piece.LastToken + 1 && sentences[s + 1].Paragraph == sentences[s].Paragraph)
        {
            k = sentences[s + 1].FirstToken;
            end = sentences[s + 1].EndToken;
        }
        else if (IsWholeParagraph(r, piece, sentenceOf) && s + 1 < sentences.Length && sentences[s + 1].Paragraph == sentences[s].Paragraph + 1)
        {
            k = sentences[s + 1].FirstToken; // "“Q.” ¶ That was the message from S …": a quoted paragraph, named by the next one
            end = sentences[s + 1].EndToken;
        }
        else
        {
            return null;
        }

        end = r.IsPunct(end - 1, '.') ? end - 1 : end;
        end = BeforeRunOnClause(r, k, end);
        if (end - k > MaxPhraseTokens || !(r.Is(k, "that") || r.Is(k, "those") || r.Is(k, "this")))
        {
            return null;
        }

        int verb = k + 1; // "was", "is", or the clitic of "that's"
        if (!(r.Is(verb, "was") || r.Is(verb, "is") || r.Is(verb, "were") || r.Is(verb, "are") || r.Is(verb, "'s") || r.Is(verb, "’s")))
        {
            return null;
        }

        if (r.Is(verb + 1, "how") && r.Is(end - 2, "put") && r.Is(end - 1, "it"))
        {
            return SourceRunningTo(r, verb + 2, end - 2, allowAppositive: false); // "That was how S put it."
        }

        if (r.Is(verb + 1, "the") && r.Is(verb + 2, "words") && r.Is(verb + 3, "of"))
        {
            return SourceRunningTo(r, verb + 4, WithoutTrailingTime(r, verb + 4, end), allowAppositive: true); // "Those were the words of S."
        }

        // "That was the message from Mayor Hill on Tuesday.", "That was the verdict of the panel."
        if (!r.Is(verb + 1, "the") || (r.TagsOf(verb + 2) & WordTags.ResponseNoun) == 0 || !(r.Is(verb + 3, "from") || r.Is(verb + 3, "of")))
        {
            return null;
        }

        int sourceEnd = WithoutTrailingTime(r, verb + 4, end);
        var owner = SourceRunningTo(r, verb + 4, sourceEnd, allowAppositive: true);
        return owner is { } o && CanSpeak(r, o) && (o.LastToken + 1 == sourceEnd || r.IsCapitalized(o.LastToken + 2)) ? owner : null;
    }

    /// <summary>
    /// A quotation that is a paragraph of its own: it opens its paragraph and closes it. Such a paragraph is often a
    /// story's first, its speaker named in the paragraph after (<c>“We are not going anywhere.” ¶ That was the message from
    /// Mayor Jane Ortiz on Tuesday as …</c>).
    /// </summary>
    private static bool IsWholeParagraph(TokenReader r, QuotePiece piece, int[] sentenceOf)
    {
        var sentences = r.Document.Sentences;
        int first = sentenceOf[piece.FirstToken];
        int last = sentenceOf[piece.LastToken];
        bool opens = sentences[first].FirstToken == piece.FirstToken && (first == 0 || sentences[first - 1].Paragraph != sentences[first].Paragraph);
        bool closes = sentences[last].EndToken - 1 <= piece.LastToken + 1
            && (last + 1 == sentences.Length || sentences[last + 1].Paragraph != sentences[last].Paragraph);
        return opens && closes;
    }

    /// <summary>
    /// Where the naming sentence ends when a subordinate clause runs on after the source (<c>That was the message from
    /// Mayor Ortiz on Tuesday | as floodwaters receded …</c>): the first lower-case subordinator after the phrase's
    /// opening words, or a comma right before it; <paramref name="end"/> if none.
    /// </summary>
    private static int BeforeRunOnClause(TokenReader r, int k, int end)
    {
        for (int j = k + 3; j < end; j++)
        {
            if (r.IsLowerWord(j) && r.ClassOf(j) == WordClass.Subordinator && !r.Is(j, "that"))
            {
                return r.IsPunct(j - 1, ',') ? j - 1 : j;
            }
        }

        return end;
    }

    // People and named bodies send messages and give verdicts; "the markets" do not speak, and "the campaign" may be
    // an effort rather than a body.
    private static bool CanSpeak(TokenReader r, Mention owner) => owner.Kind switch
    {
        MentionKind.Name or MentionKind.Anonymous or MentionKind.Pronoun => true,
        MentionKind.Organization => r.IsCapitalized(owner.LastToken),
        _ => (r.TagsOf(owner.LastToken) & WordTags.PersonNoun) != 0,
    };

    /// <summary>
    /// Where a source starting at <paramref name="start"/> ends when a time adjunct closes the sentence (<c>from the
    /// mayor | on Tuesday</c>, <c>of the coach | last week</c>): the first time word, or the preposition before it.
    /// </summary>
    private static int WithoutTrailingTime(TokenReader r, int start, int end)
    {
        for (int k = start + 1; k < end; k++)
        {
            if (MentionFinder.IsTimeWord(r, k) && (r.IsLowerWord(k) || r.IsPunct(k - 1, ',') || r.ClassOf(k - 1) is WordClass.Preposition or WordClass.NounPreposition))
            {
                int cut = r.ClassOf(k - 1) is WordClass.Preposition or WordClass.NounPreposition || r.Is(k - 1, "last") || r.Is(k - 1, "this") ? k - 1 : k;
                return r.IsPunct(cut - 1, ',') ? cut - 1 : cut;
            }
        }

        return end;
    }

    /// <summary>
    /// <c>a line attributed to Mark Twain: “Q”</c>, <c>a quote often attributed to Einstein — “Q”</c>: the person a saying is
    /// credited to, when <c>attributed to</c> modifies a noun (not <c>The delay was attributed to the weather</c>).
    /// </summary>
    private static Mention? AttributedTo(TokenReader r, int k, int mark)
    {
        if (!r.Is(k, "attributed") || !r.Is(k + 1, "to") || !r.IsLowerWord(k - 1) || r.ClassOf(k - 1) == WordClass.Auxiliary
            || (r.ClassOf(k - 1) == WordClass.Adverb && r.ClassOf(k - 2) == WordClass.Auxiliary))
        {
            return null;
        }

        return SourceRunningTo(r, k + 2, mark, allowAppositive: true);
    }

    /// <summary>The source named by a quoting phrase that starts at <paramref name="k"/> and runs up to <paramref name="end"/> (exclusive), or null.</summary>
    private static Mention? SourceOfPhraseAt(TokenReader r, int k, int end)
    {
        if (r.Is(k, "in") && r.Is(k + 1, "the") && r.Is(k + 2, "words") && r.Is(k + 3, "of"))
        {
            return SourceRunningTo(r, k + 4, end, allowAppositive: true); // "in the words of S"
        }

        if (r.Is(k, "to") && r.Is(k + 1, "quote"))
        {
            return SourceRunningTo(r, k + 2, end, allowAppositive: true); // "to quote S"
        }

        if (r.Is(k, "in") && end - 1 > k + 1 && r.Is(end - 1, "words"))
        {
            int owner = r.Is(end - 2, "own") ? end - 3 : end - 2;
            if (owner == k + 1 && r.IsWord(owner) && Pronouns.IsThirdPersonPossessive(r.Text(owner)))
            {
                return new Mention(r.SpanOf(owner, owner), owner, owner, MentionKind.Pronoun); // "in his own words"
            }

            return r.IsPossessive(owner) ? SourceRunningTo(r, k + 1, owner, allowAppositive: false) : null; // "in the mayor's words"
        }

        if ((r.Is(k, "was") || r.Is(k, "is")) && r.Is(k + 1, "how") && end - 2 > k + 2 && r.Is(end - 2, "put") && r.Is(end - 1, "it"))
        {
            return SourceRunningTo(r, k + 2, end - 2, allowAppositive: false); // "“Q,” was how S put it"
        }

        if (r.Is(k, "as") && end - 2 > k + 1 && r.Is(end - 2, "put") && r.Is(end - 1, "it"))
        {
            return SourceRunningTo(r, k + 1, end - 2, allowAppositive: false); // "as S put it"
        }

        return null;
    }

    /// <summary>A noun phrase from <paramref name="start"/> that ends right before <paramref name="end"/>, or before a comma that opens an appositive running there.</summary>
    private static Mention? SourceRunningTo(TokenReader r, int start, int end, bool allowAppositive)
    {
        if (start >= end || MentionFinder.PhraseStartingAt(r, start, end, allowObjectPronoun: true) is not { } source)
        {
            return null;
        }

        int after = source.LastToken + 1;
        if (after == end)
        {
            return source;
        }

        return allowAppositive && r.IsPunct(after, ',') && NoClauseBetween(r, after + 1, end) ? source : null;
    }

    // An appositive is words, commas and periods of abbreviations; a cue word there means a clause ("…, who said …").
    private static bool NoClauseBetween(TokenReader r, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (r.IsQuoteMark(k) || (r.IsWord(k) && r.Lexicons.TryGetCueWord(r.Text(k), out _)))
            {
                return false;
            }
        }

        return first < end;
    }

    private static bool OpensClause(TokenReader r, int k, int sentenceFirst) =>
        k == sentenceFirst || r.IsPunct(k - 1, ',') || r.IsPunct(k - 1, ':') || r.IsPunct(k - 1, '(') || r.Is(k - 1, "and") || r.Is(k - 1, "but");

    private static bool EndsWithComma(TokenReader r, QuotePiece piece) => piece.Closed && r.IsPunct(piece.LastToken - 1, ',');

}

using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A frame in parentheses right after its quote: <c>“Q” (said S)</c>, <c>“Q.” (S told reporters.)</c>, and a quote
/// the bracketed frame interrupts, <c>“Q1,” (S said) “Q2.”</c>, whose second piece carries the speaker.
/// <list type="bullet">
/// <item>Matches: <c>“We will appeal the ruling” (said the lawyer for the family).</c>; <c>“The deal is dead.” (Smith told
/// reporters on Friday.)</c>; <c>“We will appeal,” (the lawyer said) “and we expect to win.”</c></item>
/// <item>Refuses: <c>The drug (which the maker said was safe) was withdrawn.</c> (no quote before the bracket; a relative
/// clause); <c>“Hamlet” (said to be his favourite play) opens tonight.</c> (no speaker after the cue); <c>“We won” (Smith
/// said the team had “won”) …</c> (a quote inside the bracket: not a frame alone).</item>
/// </list>
/// Before the postposed rules, which need a comma or a closing mark right before the frame.
/// </summary>
internal sealed class ParentheticalFrameRule : FrameRule
{
    /// <summary>The most tokens a bracketed frame may hold after its speaker or addressee before the bracket closes.</summary>
    private const int MaxTailTokens = 10;

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        var e = site.Entry;
        if (e.Form == VerbForm.Gerund || e.IsNominal || e.IsPredicative)
        {
            return false;
        }

        int open;
        Mention speaker;
        Mention? addressee = null;
        int tail;
        int lookBackLimit = Math.Max(0, site.First - ClauseReader.MaxLookBack);
        if (r.IsPunct(site.Previous, '('))
        {
            // "(said the lawyer for the family)"
            open = site.Previous;
            if (f.Clause.PhraseAt(site.End, site.SentenceLast + 1, allowObjectPronoun: false) is not { } inverted)
            {
                return false;
            }

            speaker = inverted;
            tail = inverted.LastToken + 1;
        }
        else if (HasOpeningBracket(r, lookBackLimit - 1, site.First)
                 && f.Clause.SubjectBefore(site.First, lookBackLimit) is { } subject && r.IsPunct(subject.FirstToken - 1, '('))
        {
            // "(Smith told reporters.)"
            open = subject.FirstToken - 1;
            speaker = subject;
            tail = site.End;
            if (e.TakesAddressee && f.Clause.PhraseAt(site.End, site.SentenceLast + 1, allowObjectPronoun: true) is { } told)
            {
                addressee = told;
                tail = told.LastToken + 1;
            }
        }
        else
        {
            return false;
        }

        if (CloseOf(r, f.Quotes, tail) is not int close || QuoteBefore(r, f.Quotes, open) is not int piece)
        {
            return false;
        }

        var quote = f.Quotes.Pieces[piece];
        if (f.Sentences[f.SentenceOf[quote.LastToken]].Paragraph != f.Sentences[site.Sentence].Paragraph)
        {
            return false;
        }

        if (f.Content.LeftContent(quote.LastToken, f.Sentences[f.SentenceOf[quote.FirstToken]].FirstToken) is not { } content)
        {
            return false;
        }

        int head = f.Candidates.Count;
        f.Add(site, speaker, f.WithSentenceAddressee(site.Sentence, addressee), content, FrameConfidence.ParentheticalFrame, carriedFrom: -1);
        int next = f.Quotes.PieceOf(close + 1);
        if (f.Candidates.Count > head && next >= 0 && f.Quotes.Pieces[next].FirstToken == close + 1 && r.IsPunct(quote.LastToken - 1, ','))
        {
            f.AddCarriedPiece(head, f.Quotes.Pieces[next], FrameConfidence.ParentheticalFrame); // "“Q1,” (he said) “Q2.”"
        }

        return true;
    }

    // The closing bracket a few words on, with no quotation or bracket between: the frame holds only adjuncts after its speaker.
    private static int? CloseOf(TokenReader r, QuoteLayout quotes, int from)
    {
        for (int k = from; k < from + MaxTailTokens && r.InRange(k); k++)
        {
            if (r.IsPunct(k, ')'))
            {
                return k;
            }

            if (quotes.IsQuoted(k) || r.IsPunct(k, '('))
            {
                return null;
            }
        }

        return null;
    }

    // The closed quotation right before the bracket: "“Q” (", "“Q,” (", "“Q.” (" or "“Q”, (".
    private static int? QuoteBefore(TokenReader r, QuoteLayout quotes, int open)
    {
        int end = r.IsPunct(open - 1, ',') || r.IsPunct(open - 1, '.') ? open - 2 : open - 1;
        int piece = quotes.PieceOf(end);
        return piece >= 0 && quotes.Pieces[piece] is { Closed: true } p && p.LastToken == end ? piece : null;
    }

    /// <summary>
    /// Whether a <c>(</c> stands in [<paramref name="from"/>, <paramref name="end"/>): a subject read with no token before
    /// <c>from + 1</c> starts there at the earliest, so without one no bracket can open it. Most cues have none, and
    /// reading a subject costs thousands of instructions (this rule's left limit differs from the other rules', so the
    /// clause reader's memo never serves it).
    /// </summary>
    private static bool HasOpeningBracket(TokenReader r, int from, int end)
    {
        from = Math.Max(0, from);
        if (from >= end)
        {
            return false;
        }

        // The characters of those tokens hold no "(" at all on nearly every cue: one vectorized search of the text rules
        // them out, where reading up to 40 tokens one by one cost about 600 instructions a cue.
        var tokens = r.Tokens;
        int start = tokens[from].Span.Start;
        if (!r.Document.Text.AsSpan(start, tokens[end - 1].Span.End - start).Contains('('))
        {
            return false;
        }

        for (int k = from; k < end; k++)
        {
            if (r.IsPunct(k, '('))
            {
                return true;
            }
        }

        return false;
    }
}

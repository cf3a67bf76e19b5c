using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames.Rules;

/// <summary>
/// A frame after its quotation in the pseudo-cleft shape: <c>“Q,” was all S would say</c>, <c>“Q,” is what S told X</c>,
/// <c>“Q,” was how S described it</c>, or, the quotation standing as a sentence of its own, <c>“Q.” That is what S told X.</c>
/// The quotation is the content; the words after the cue (<c>the harvest</c>, <c>a rally</c>) are not.
/// <list type="bullet">
/// <item>Matches: <c>“No comment,” was all the senator's aide would say.</c>; <c>“We are not going to stop.” That is what union
/// leader Joe Banks told a rally on Saturday.</c> (addressee: a rally); <c>“It's a disaster,” was how one farmer, Mary Olsen,
/// described the harvest.</c>; <c>“Never again” is what survivors say.</c>; an adverb after the verb be: <c>“Q” is also how S
/// described it.</c>; a dash before the cleft: <c>“This is a disaster,” — that is how one resident, Maria Velez, described it.</c></item>
/// <item>Refuses: <c>That is what the mayor said last year.</c> with no quotation right before; <c>“Q.” ¶ That is what he said.</c>
/// (another paragraph); <c>What the mayor said was “…”</c> (no form of be between the quotation and <c>what</c>).</item>
/// </list>
/// </summary>
internal sealed class PseudoCleftFrameRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        var clause = f.Clause;
        int limit = Math.Max(site.LeftLimit, site.SentenceFirst);
        if (clause.SubjectBefore(site.First, limit) is not { } speaker)
        {
            return false;
        }

        if (r.Is(speaker.FirstToken, "all") && speaker.LastToken > speaker.FirstToken && IsBeForm(r, speaker.FirstToken - 1))
        {
            int first = speaker.FirstToken + 1; // "was all | the aide would say": "all" is the cleft's, not a determiner of the speaker
            speaker = new Mention(r.SpanOf(first, speaker.LastToken), first, speaker.LastToken, MentionFinder.Classify(r, first, speaker.LastToken));
        }

        int wh = speaker.FirstToken - 1;
        int be = wh - 1;
        if (!IsBeForm(r, be) && IsBeForm(r, be - 1) && r.IsLowerWord(be) && (r.ClassOf(be) == WordClass.Adverb || r.Text(be).EndsWith("ly", StringComparison.Ordinal)))
        {
            be--; // "“Q” is also how S described it", "“Q,” was exactly what S told X"
        }

        if (!(r.Is(wh, "what") || r.Is(wh, "how") || r.Is(wh, "all")) || !IsBeForm(r, be))
        {
            return false;
        }

        int piece = QuotationBefore(f, be - 1, site.SentenceFirst);
        if (piece < 0)
        {
            return false;
        }

        Mention? addressee = site.Entry.TakesAddressee ? clause.PhraseAt(site.End, site.SentenceLast + 1, allowObjectPronoun: true) : null;
        f.Add(site, speaker, addressee, f.Content.QuoteContent(piece), FrameConfidence.PseudoCleft, carriedFrom: -1);
        return true;
    }

    /// <summary>
    /// The quotation piece the pseudo-cleft points back at, ending at <paramref name="at"/> (after an optional comma), or,
    /// when <paramref name="at"/> is a sentence-opening <c>that</c>/<c>this</c>, closing the sentence before in the same
    /// paragraph; -1 if none.
    /// </summary>
    private static int QuotationBefore(FrameContext f, int at, int sentenceFirst)
    {
        var r = f.Reader;
        if (at == sentenceFirst && (r.Is(at, "that") || r.Is(at, "this")))
        {
            int end = at - 1;
            if (r.IsPunct(end, '.'))
            {
                end--; // "“Q”." with the stop outside the marks
            }

            bool sameParagraph = end >= 0 && f.Sentences[f.SentenceOf[end]].Paragraph == f.Sentences[f.SentenceOf[at]].Paragraph;
            return sameParagraph && f.Clause.IsClosingMark(end) && f.Quotes.PieceOf(end) is var whole and >= 0
                && f.Quotes.Pieces[whole].FirstToken == f.Sentences[f.SentenceOf[end]].FirstToken ? whole : -1;
        }

        if ((r.Is(at, "that") || r.Is(at, "this")) && r.InRange(at - 1) && r.Tokens[at - 1].Kind == TokenKind.Dash && at - 2 >= sentenceFirst)
        {
            at -= 2; // "“Q,” — that is how S described it": the dash sets the cleft off from its quotation
        }

        if (r.IsPunct(at, ','))
        {
            at--; // "“Q”, was all …" with the comma outside the marks
        }

        return at >= sentenceFirst && f.Clause.IsClosingMark(at) ? f.Quotes.PieceOf(at) : -1;
    }

    private static bool IsBeForm(TokenReader r, int k) =>
        r.Is(k, "was") || r.Is(k, "is") || r.Is(k, "'s") || r.Is(k, "’s");
}

using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// A frame opened by <c>so</c>, which stands for what was said just before it, the speaker after the cue:
/// <c>“Q.” So said S.</c> / <c>CLAUSE. So says S.</c> (also <c>Or so said S</c>, <c>And so said S</c>).
/// <list type="bullet">
/// <item>Matches: <c>“We will not raise taxes this year.” So said the prime minister on Tuesday.</c> (the quote, also across
/// a paragraph break); <c>Inflation will fall below 2 percent by spring. So says the central bank's governor.</c> (the
/// sentence before, in the same paragraph: indirect).</item>
/// <item>Refuses: <c>So he said he would go.</c> (a subject between: a connective <c>so</c>, read by the other rules);
/// <c>Prices rose, so said analysts were wrong.</c> (<c>so</c> mid-sentence); <c>So said, the talks ended.</c> (no speaker);
/// <c>So said the minister: “…”</c> (the quote after it is read as usual).</item>
/// </list>
/// Before the postposed rules, which take the frame for a continuation of the speaker before (<see cref="ContinuationRule"/>
/// would give the quote to the last speaker named).
/// </summary>
internal sealed class SoSaidRule : FrameRule
{
    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        var r = f.Reader;
        var e = site.Entry;
        int so = site.Previous;
        if (e.Form == VerbForm.Gerund || e.IsNominal || e.IsPredicative || !r.Is(so, "so") || f.Quotes.IsQuoted(so) || !OpensSentence(r, so, site.SentenceFirst))
        {
            return false;
        }

        int sLast = site.SentenceLast;
        if (f.Clause.PhraseAt(site.End, sLast + 1, allowObjectPronoun: false) is not { } speaker || r.IsPunct(speaker.LastToken + 1, ':')
            || f.Quotes.IsQuoted(speaker.LastToken + 1))
        {
            return false;
        }

        int before = site.SentenceFirst - 1; // the last token of what "so" stands for
        if (before < 0)
        {
            return false;
        }

        int end = r.IsPunct(before, '.') && r.IsQuoteMark(before - 1) ? before - 1 : before; // "“Q”." in the British style
        int endSentence = f.SentenceOf[end];
        bool sameParagraph = f.Sentences[endSentence].Paragraph == f.Sentences[site.Sentence].Paragraph;
        ContentMatch? content;
        double confidence;
        int piece = f.Quotes.PieceOf(end);
        if (piece >= 0 && f.Quotes.Pieces[piece] is { Closed: true } quote && quote.LastToken == end
            && (sameParagraph || f.Sentences[endSentence].Paragraph + 1 == f.Sentences[site.Sentence].Paragraph))
        {
            content = f.Content.LeftContent(end, f.Sentences[f.SentenceOf[quote.FirstToken]].FirstToken);
            confidence = FrameConfidence.SoSaidQuote;
        }
        else if (sameParagraph && piece < 0 && r.IsPunct(before, '.'))
        {
            content = f.Content.LeftContent(before - 1, f.Sentences[endSentence].FirstToken);
            confidence = FrameConfidence.SoSaidClause;
        }
        else
        {
            return false;
        }

        if (content is not { } found)
        {
            return false;
        }

        f.Add(site, speaker, null, found, confidence, carriedFrom: -1);
        return true;
    }

    // "So said …" opens its sentence, or follows "Or" or "And" there ("Or so says the ministry").
    private static bool OpensSentence(TokenReader r, int so, int sentenceFirst) =>
        so == sentenceFirst || (so == sentenceFirst + 1 && (r.Is(sentenceFirst, "or") || r.Is(sentenceFirst, "and")));
}

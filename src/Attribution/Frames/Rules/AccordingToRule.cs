using Attribution.Lexicons;
using Attribution.Mentions;

namespace Attribution.Frames.Rules;

/// <summary>
/// The source named by <c>according to</c>, with the content on either side.
/// <list type="bullet">
/// <item>Matches: <c>According to the ministry, 300 people were hurt.</c>; <c>In the north, according to officials, roads remain closed.</c>;
/// <c>Prices will rise, according to Jane Ito, an analyst at Nordbank.</c>; <c>Prices rose sharply last year according to the bank.</c>;
/// <c>According to the ministry over 300 people died.</c></item>
/// <item>Refuses: <c>according to plan</c> with no clause around it; <c>In the north, according to officials, the roads.</c> (no clause after the comma);
/// a short unpunctuated tail (<c>Pay rose according to rank.</c>).</item>
/// </list>
/// Settles every <c>according to</c> cue: no other rule reads it.
/// </summary>
internal sealed class AccordingToRule : FrameRule
{
    /// <summary>How far after the source a comma may open the forward content (an appositive or <c>to X</c> fits).</summary>
    private const int MaxCommaSearch = 25;

    /// <summary>How far after the source that comma may be for the content after it to count.</summary>
    private const int MaxCommaDistance = 12;

    /// <summary>The fewest tokens (less one) an unpunctuated content must have to be a clause.</summary>
    private const int MinUnpunctuatedSpan = 3;

    public override bool TryMatch(FrameContext f, in CueSite site)
    {
        if (site.Entry.Lemma != "according to")
        {
            return false;
        }

        var r = f.Reader;
        var quotes = f.Quotes;
        var clause = f.Clause;
        var cue = site.Cue;
        int sFirst = site.SentenceFirst;
        int sLast = site.SentenceLast;
        if (clause.PhraseAt(cue.End, sLast + 1, allowObjectPronoun: true) is not { } source)
        {
            return true;
        }

        source = WithParticipleModifier(f, source, sLast);
        int boundary = cue.First - 1;
        bool closesSentence = clause.PhraseAt(source.LastToken + 2, sLast + 1, allowObjectPronoun: false) is { } appositive
            && r.IsPunct(source.LastToken + 1, ',') && appositive.LastToken >= sLast - 1 || source.LastToken >= sLast - 1;
        if (closesSentence && boundary >= sFirst && r.IsPunct(boundary, ',') && f.Content.LeftContent(boundary, sFirst) is { } before)
        {
            f.Add(site, source, null, before, FrameConfidence.AccordingToAfterClause, carriedFrom: -1); // "CLAUSE, according to S[, appositive]."
            return true;
        }

        if (source.LastToken >= sLast - 1 && boundary >= sFirst && r.IsWord(boundary) && !clause.IsClauseOpening(cue.First, sFirst)
            && !quotes.IsQuoted(boundary) && f.Content.LeftContent(boundary, sFirst) is { } unpunctuatedBefore
            && unpunctuatedBefore.LastToken - unpunctuatedBefore.FirstToken >= MinUnpunctuatedSpan)
        {
            f.Add(site, source, null, unpunctuatedBefore, FrameConfidence.AccordingToUnpunctuated, carriedFrom: -1); // "CLAUSE according to S."
            return true;
        }

        // After a comma, "according to S, X" reads forward only when X is a clause ("In the north, according to
        // officials, roads remain closed"); "CLAUSE, according to S, curator of …" closes with an appositive.
        bool midSentence = cue.First > sFirst && r.IsPunct(cue.First - 1, ',');
        if (clause.IsClauseOpening(cue.First, sFirst))
        {
            // "According to S[, appositive / to X …], CLAUSE": the content follows the first comma after the source.
            int anchor = source.LastToken; // where the source's phrase ends, after anything set off that belongs to it
            for (int k = source.LastToken + 1; k <= sLast && k - anchor < MaxCommaSearch; k++)
            {
                if (quotes.IsQuoted(k) || clause.IsCueAt(k))
                {
                    break;
                }

                if (r.IsPunct(k, ',') && SetOffAfterSource(f, source, k, sLast) is int closing)
                {
                    // "According to Yonhap, quoting KCNA, …", "According to the team's coach, Alireza Mehraban, …": the source's own adjunct
                    anchor = closing - 1;
                    k = closing - 1;
                    continue;
                }

                if (r.IsPunct(k, ','))
                {
                    if (midSentence && !clause.IsClauseStart(k + 1, sLast, clausalVerb: false))
                    {
                        break;
                    }

                    if (k - anchor <= MaxCommaDistance && AppositiveEnd(f, k + 1, sLast) is int secondComma
                        && f.Content.Content(secondComma + 1, forceMixedOnQuote: false) is { } afterAppositive)
                    {
                        f.Add(site, source, null, afterAppositive, FrameConfidence.AccordingToForward, carriedFrom: -1);
                        return true;
                    }

                    if (k - anchor <= MaxCommaDistance && f.Content.Content(k + 1, forceMixedOnQuote: false) is { } forward)
                    {
                        f.Add(site, source, null, forward, FrameConfidence.AccordingToForward, carriedFrom: -1);
                        return true;
                    }

                    break;
                }
            }

            // "According to the ministry over 300 people died": no comma after the source.
            if (!r.IsPunct(source.LastToken + 1, ',') && !OpensPrepositionalPhrase(r, source.LastToken + 1) && f.Content.Content(source.LastToken + 1, forceMixedOnQuote: false) is { } unpunctuated
                && unpunctuated.LastToken - unpunctuated.FirstToken >= MinUnpunctuatedSpan)
            {
                f.Add(site, source, null, unpunctuated, FrameConfidence.AccordingToUnpunctuated, carriedFrom: -1);
                return true;
            }
        }

        if (boundary >= sFirst && (r.IsPunct(boundary, ',') || r.IsPunct(boundary, '(')) && f.Content.LeftContent(boundary, sFirst) is { } backward)
        {
            f.Add(site, source, null, backward, FrameConfidence.AccordingToAfterClause, carriedFrom: -1);
        }

        return true;
    }

    /// <summary>
    /// The comma that closes what the comma at <paramref name="comma"/> sets off after the source, when it belongs to the source
    /// and not to the content: a participle naming where the source had it (<c>According to Yonhap, | quoting KCNA, | the
    /// military …</c>), or a name in apposition to a role (<c>According to the team's coach, | Alireza Mehraban, | in their first
    /// match …</c>); null otherwise. A name before a number is the content's subject with its age (<c>According to his lawyer,
    /// Smith, 45, never left …</c>), and a name after an organisation is the content's subject (<c>According to the ministry,
    /// Smith, who …</c>).
    /// </summary>
    private static int? SetOffAfterSource(FrameContext f, Mention source, int comma, int sLast)
    {
        var r = f.Reader;
        int first = comma + 1;
        int end;
        if (ClauseBreaks.IsSourceCiting(r, first))
        {
            end = first + 1;
        }
        else if ((r.TagsOf(source.LastToken) & (WordTags.PersonNoun | WordTags.Title)) != 0 && r.IsLowerWord(source.LastToken)
            && f.Clause.PhraseAt(first, sLast + 1, allowObjectPronoun: false) is { Kind: MentionKind.Name } name)
        {
            end = name.LastToken + 1;
            return r.IsPunct(end, ',') && end < sLast && r.Tokens[end + 1].Kind != Text.TokenKind.Number && !f.Quotes.IsQuoted(end + 1) ? end : null;
        }
        else
        {
            return null;
        }

        for (int k = end; k <= sLast && k - comma < MaxCommaSearch; k++)
        {
            if (f.Quotes.IsQuoted(k))
            {
                return null;
            }

            if (r.IsPunct(k, ','))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>The most words a participle modifier of the source may have (<c>reviewed by The Wall Street Journal</c>).</summary>
    private const int MaxParticipleModifier = 10;

    /// <summary>
    /// The source with a reduced relative after it (<c>according to a report reviewed by The Wall Street Journal</c>,
    /// <c>according to documents filed with the court</c>): a past participle and its phrase up to the sentence end or a
    /// comma belong to the source, never to the content. Without such a modifier the source as found.
    /// </summary>
    private static Mention WithParticipleModifier(FrameContext f, Mention source, int sLast)
    {
        var r = f.Reader;
        int first = source.LastToken + 1;
        if (first > sLast || !r.IsLowerWord(first) || r.ClassOf(first) != WordClass.None || r.IsNoun(first) || f.Quotes.IsQuoted(first)
            || !FunctionWords.LooksLikePastParticiple(r.Text(first)) || !(r.ClassOf(first + 1) is WordClass.Preposition or WordClass.NounPreposition))
        {
            return source;
        }

        int last = first;
        for (int k = first + 1; k <= sLast && k - first < MaxParticipleModifier; k++)
        {
            if (r.IsPunct(k, ',') || (k == sLast && r.Tokens[k].Kind == Text.TokenKind.Punctuation))
            {
                return new Mention(r.SpanOf(source.FirstToken, last), source.FirstToken, last, source.Kind);
            }

            if (f.Quotes.IsQuoted(k) || r.ClassOf(k) is WordClass.Auxiliary or WordClass.Subordinator || (r.TagsOf(k) & WordTags.RelativePronoun) != 0)
            {
                return source;
            }

            last = k;
        }

        return last == sLast ? new Mention(r.SpanOf(source.FirstToken, last), source.FirstToken, last, source.Kind) : source;
    }

    /// <summary>
    /// <c>According to Jane Doe, | the company's chief executive, | the plant will close</c>, <c>According to the coach, |
    /// Alireza Mehraban, | in their first match …</c>: a name or a phrase with a title or person noun between the source's comma
    /// and another comma, followed by a clause or an adjunct opening one, is the source's appositive; the second comma's
    /// index, or null. A phrase followed by no clause is the content's own subject (<c>According to police, the suspect, a
    /// 34-year-old man, fled</c>), and so is a name before an age or a relative clause.
    /// </summary>
    private static int? AppositiveEnd(FrameContext f, int first, int sLast)
    {
        var r = f.Reader;
        if (f.Quotes.IsQuoted(first) || MentionFinder.IsTimeWord(r, first) || f.Clause.PhraseAt(first, sLast + 1, allowObjectPronoun: false) is not { } appositive
            || appositive.FirstToken != first || !r.IsPunct(appositive.LastToken + 1, ','))
        {
            return null;
        }

        bool named = r.IsCapitalized(first) && r.ClassOf(first) == WordClass.None;
        bool described = false;
        for (int t = first; t <= appositive.LastToken && !named && !described; t++)
        {
            described = (r.TagsOf(t) & (WordTags.Title | WordTags.PersonNoun)) != 0;
        }

        int comma = appositive.LastToken + 1;
        int next = comma + 1;
        // "According to his lawyer, Smith, 45, never left …": a name before an age is the content's subject; so is one before a
        // relative clause ("According to the ministry, Smith, who …").
        if (next > sLast || r.Tokens[next].Kind == Text.TokenKind.Number)
        {
            return null;
        }

        bool clauseFollows = f.Clause.CommaOpensClause(next, sLast, clausalVerb: false)
            || (r.ClassOf(next) is WordClass.Preposition or WordClass.NounPreposition && !f.Quotes.IsQuoted(next));
        return (named || described) && clauseFollows ? comma : null;
    }

    /// <summary>
    /// A preposition right after the source continues the source's phrase (<c>according to a man in the crowd</c>), not a
    /// clause, unless a number follows it (<c>According to the ministry over 300 people died</c>).
    /// </summary>
    private static bool OpensPrepositionalPhrase(TokenReader r, int k) =>
        r.ClassOf(k) is WordClass.Preposition or WordClass.NounPreposition && !(r.InRange(k + 1) && r.Tokens[k + 1].Kind == Text.TokenKind.Number);
}

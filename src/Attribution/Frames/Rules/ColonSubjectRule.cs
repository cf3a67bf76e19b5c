using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames.Rules;

/// <summary>
/// A sentence with no verb of saying that introduces a quotation after a colon: its subject, a person or a
/// body, speaks the quotation that closes the sentence.
/// <list type="bullet">
/// <item>Matches: <c>Union leader Sam Okafor was defiant: “We will stay out as long as it takes.”</c>;
/// <c>Smith, the union's lawyer, put it bluntly: “They broke the law first.”</c>; <c>The minister struck a different tone: “…”</c>;
/// <c>On Wednesday, Sunak defended the government's record: “…”</c>; <c>Another regular, Beth Cho, was more pointed: “…”</c> (a
/// head that is no person noun, shown a person by the name in apposition); a paragraph ending in the colon and the quotation a
/// paragraph of its own after it (<c>Johnson defended the vote despite the anger on his right: ¶ “I'd rather send …”</c>); a wire
/// dateline before the subject (<c>LONDON (Reuters) - Sunak defended …: “…”</c>)</item>
/// <item>Matches too: <c>The ministry released a statement: “…”</c>, <c>The mayor posted a message on Facebook: “…”</c> (an issuing verb,
/// issuing-verbs.txt: the subject wrote the document); <c>One banner read: “Homes, not offices.”</c> (a thing bearing a text,
/// inscription-nouns.txt or source-nouns.txt, before <c>read</c>: the thing is the source; the cue rules read <c>read</c> first
/// when they find its subject); a quoted term in the clause (<c>Sunak defended his record while promising a “formal update”: “…”</c>).</item>
/// <item>Refuses: <c>The rules are clear: “No phones in class.”</c> (the subject is not a person or a body); <c>Police found a note: “…”</c>
/// and <c>He had one message: “…”</c> (a document or message in the clause speaks for someone else); <c>The workers were told: “…”</c>
/// (a passive: the subject listened); <c>It was simple: “…”</c>; <c>The band released a new album: “Songs for the Drowned.”</c> (a title in title case);
/// a quotation that does not end the sentence, or a short one (a term) unless it is a reply with its own stop (<c>Okafor was
/// blunt: “No.”</c>; not <c>The band released a new single: “Drowned.”</c>).</item>
/// </list>
/// </summary>
internal sealed class ColonSubjectRule : QuoteRule
{
    /// <summary>The most tokens from the sentence start to the colon: a subject and a short predicate.</summary>
    private const int MaxClauseTokens = 24;

    /// <summary>
    /// The most tokens of a whole paragraph that ends in the colon before a quoted paragraph: such a paragraph exists to
    /// introduce the quotation, so its predicate may run longer (<c>defended his decision to bring the bill to a vote
    /// despite opposition from his party's right flank:</c>).
    /// </summary>
    private const int MaxIntroParagraphTokens = 40;

    /// <summary>The fewest tokens, marks included, of the quotation: a title or a quoted term is shorter.</summary>
    private const int MinQuoteTokens = 5;

    public override Candidate? TryMatch(TokenReader r, QuotePiece piece, int[] sentenceOf, Candidate? previous)
    {
        var document = r.Document;
        int colon = piece.FirstToken - 1;
        int s = sentenceOf[piece.FirstToken];
        bool ownParagraph = colon >= 0 && sentenceOf[colon] != s;
        if (ownParagraph && !OpensParagraphAfterColon(r, piece, sentenceOf))
        {
            return null;
        }

        s = colon >= 0 ? sentenceOf[colon] : s; // "Johnson defended the vote: ¶ “Q …”": the clause is the paragraph before
        int first = document.Sentences[s].FirstToken;
        if (s == 0 || document.Sentences[s - 1].Paragraph != document.Sentences[s].Paragraph)
        {
            int afterDateline = Dateline.Skip(r, first, colon);
            first = afterDateline < colon - 1 ? afterDateline : first; // "LONDON (Reuters) - Sunak defended his record: “…”"
        }
        bool reply = piece.TokenCount < MinQuoteTokens && ShortReply.Is(r, piece); // "Okafor was blunt: “No.”"
        if ((piece.TokenCount < MinQuoteTokens && !reply) || !r.IsPunct(colon, ':') || colon - first > (ownParagraph ? MaxIntroParagraphTokens : MaxClauseTokens) || colon <= first + 1
            || !EndsSentence(r, piece, sentenceOf) || (!reply && QuotedTitle.IsTitleCase(r, piece)))
        {
            return null;
        }

        if (MentionFinder.ClauseSubject(r, first, colon) is not { } subject || subject.LastToken + 1 >= colon)
        {
            return null;
        }

        bool inscription = IsInscriptionRead(r, subject, colon);
        if (!(inscription || CanSpeak(r, subject) || NamedInAppositive(r, subject, colon)))
        {
            return null;
        }

        bool issued = false; // "released a statement": the subject wrote the document the predicate names
        for (int k = subject.LastToken + 1; k < colon; k++)
        {
            if (!issued && r.IsLowerWord(k) && (r.TagsOf(k) & WordTags.IssuingVerb) != 0 && !IsBeForm(r, k - 1))
            {
                issued = true;
                continue;
            }

            if (ScareQuoteAt(r, k, colon) is int termClose)
            {
                k = termClose; // "Sunak defended his record while promising a “formal update” was coming: “…”": a quoted term, no quotation
                continue;
            }

            if (r.IsQuoteMark(k) || r.IsPunct(k, '.') || r.IsPunct(k, ';') || ((r.TagsOf(k) & WordTags.SourceNoun) != 0 && !issued) || IsPassiveCue(r, k))
            {
                return null;
            }
        }

        if (reply && (issued || inscription))
        {
            return null; // "The band released a new single: “Drowned.”": a one-word title, not a reply
        }

        int lastSentence = sentenceOf[piece.LastToken];
        return Frameless(piece, subject, null, s, inscription ? FrameConfidence.InscriptionRead : FrameConfidence.ColonSubject, lastSentence, piece.LastToken);
    }

    // A quotation that opens a paragraph right after a paragraph ending in a colon, and closes its own paragraph: the
    // colon's clause introduces the whole quoted paragraph, as news prints a long quote.
    private static bool OpensParagraphAfterColon(TokenReader r, QuotePiece piece, int[] sentenceOf)
    {
        var sentences = r.Document.Sentences;
        int before = sentenceOf[piece.FirstToken - 1];
        int s = sentenceOf[piece.FirstToken];
        int last = sentenceOf[piece.LastToken];
        return before + 1 == s && sentences[s].FirstToken == piece.FirstToken && sentences[s].Paragraph == sentences[before].Paragraph + 1
            && (last + 1 == sentences.Length || sentences[last + 1].Paragraph != sentences[last].Paragraph);
    }

    // "One banner read: …", "The note on the door reads simply: …": a thing bearing a text is the source of the text
    // "read" introduces (PARC's convention for signs and notes).
    private static bool IsInscriptionRead(TokenReader r, Mention subject, int colon)
    {
        int verb = r.Is(colon - 1, "simply") ? colon - 2 : colon - 1;
        return (r.Is(verb, "read") || r.Is(verb, "reads")) && verb > subject.LastToken
            && (r.TagsOf(subject.LastToken) & (WordTags.InscriptionNoun | WordTags.SourceNoun)) != 0;
    }

    /// <summary>
    /// The closing mark of a short quotation opening at <paramref name="k"/> before the colon with no stop inside it: a quoted
    /// term in the clause (<c>promising a “formal update”</c>), which leaves the clause a frame; null when no term opens there.
    /// </summary>
    private static int? ScareQuoteAt(TokenReader r, int k, int colon)
    {
        if (!r.IsQuoteMark(k) || (k > 0 && r.IsWord(k - 1) && !r.Document.HasSpaceBefore(k)))
        {
            return null; // a closing mark, or an apostrophe glued to a word
        }

        for (int c = k + 1; c < colon && c - k < MinQuoteTokens; c++)
        {
            if (r.IsQuoteMark(c))
            {
                return c > k + 1 ? c : null;
            }

            if (r.IsPunct(c, '.') || r.IsPunct(c, '!') || r.IsPunct(c, '?'))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsBeForm(TokenReader r, int k) =>
        r.Is(k, "was") || r.Is(k, "were") || r.Is(k, "is") || r.Is(k, "are") || r.Is(k, "been") || r.Is(k, "being") || r.Is(k, "be");

    private static bool EndsSentence(TokenReader r, QuotePiece piece, int[] sentenceOf)
    {
        int sentenceLast = r.Document.Sentences[sentenceOf[piece.LastToken]].EndToken - 1;
        return piece.LastToken >= sentenceLast || (piece.LastToken + 1 == sentenceLast && r.Tokens[sentenceLast].Kind == TokenKind.Punctuation);
    }

    // People and bodies speak: names, personal pronouns (not "it", "this"), organisations and person or group nouns.
    private static bool CanSpeak(TokenReader r, Mention subject) => subject.Kind switch
    {
        MentionKind.Name or MentionKind.Organization or MentionKind.Anonymous => true,
        MentionKind.Pronoun => (r.TagsOf(subject.FirstToken) & (WordTags.PersonalPronoun | WordTags.PluralPronoun | WordTags.FirstPersonPronoun)) != 0
            && (r.TagsOf(subject.FirstToken) & WordTags.NeuterPronoun) == 0,
        _ => (r.TagsOf(subject.LastToken) & (WordTags.PersonNoun | WordTags.GroupNoun)) != 0,
    };

    // "Another regular, Beth Cho, was more pointed": a name set off by commas after the subject shows a person,
    // whatever the head noun; the entity stage links the two.
    private static bool NamedInAppositive(TokenReader r, Mention subject, int colon) =>
        r.IsPunct(subject.LastToken + 1, ',')
        && MentionFinder.PhraseStartingAt(r, subject.LastToken + 2, colon, allowObjectPronoun: false) is { Kind: MentionKind.Name } name
        && r.IsPunct(name.LastToken + 1, ',');

    // "The workers were told: …": a cue after a form of "be" is passive, and its subject heard the quotation.
    private static bool IsPassiveCue(TokenReader r, int k) =>
        r.IsWord(k) && r.ClassOf(k - 1) == WordClass.Auxiliary && r.Lexicons.TryGetCueWord(r.Text(k), out var cue) && cue.Single is { Form: VerbForm.Past or VerbForm.Participle };
}

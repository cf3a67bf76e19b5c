using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames;

/// <summary>
/// Transcript and interview turns: a paragraph that opens with a speaker label and a colon (<c>WALLACE: Will
/// you vote for the bill?</c>, <c>Q: … ¶ A: …</c>, <c>Q. … ¶ A. …</c>). The rest of the paragraph is what the labelled person said.
/// A surname label is resolved to where the document named that person (<c>Fox News host Chris Wallace</c>),
/// the way a carried speaker points at the mention that named it. A turn holding a report of its own (<c>A: We have
/// said that there will be no new taxes.</c>) is still a turn: the report is nested in it.
/// </summary>
internal static class TranscriptTurns
{
    /// <summary>Labels are set in capitals and are short: a surname, a full name, a title and a surname.</summary>
    private const int MaxLabelTokens = 3;

    /// <summary>A turn of one word is an interjection (<c>GRAHAM: Yes.</c>) and still a turn; an empty one is not.</summary>
    private const int MinContentTokens = 1;

    /// <summary>The story's lead is its first paragraph, or its second after a headline; a dateline opens it.</summary>
    private const int LastLeadParagraph = 1;

    private static readonly string[] QuestionAnswerLabels = ["Q", "A", "QUESTION", "ANSWER"];

    /// <summary>Adds a candidate for every labelled paragraph no frame already covers; <paramref name="kept"/> stays in content order.</summary>
    public static void Add(TokenReader r, QuoteLayout quotes, List<Candidate> kept)
    {
        var document = r.Document;
        Dictionary<string, int>? lastNamed = null;
        Dictionary<string, int>? turnLabels = null;
        int labelledParagraphs = -1; // counted when the first label is met
        Dictionary<string, Mention>? surnames = null;
        InterviewIntro.Parties? interview = null; // read at the first Q or A label
        Mention? firstQuestionLabel = null, firstAnswerLabel = null;
        Dictionary<string, Mention>? fullLabels = null; // the last word of each label of two or more words, to that label
        int scanned = 0;
        bool seenStopQuestion = false;
        int nextKept = 0;
        int coveredTo = 0; // the furthest end of the contents that start before the current paragraph's end
        List<Candidate>? added = null;
        for (int p = 0; p < document.Paragraphs.Length; p++)
        {
            var paragraph = document.Paragraphs[p];
            int first = document.Sentences[paragraph.FirstSentence].FirstToken;
            int last = document.Sentences[paragraph.EndSentence - 1].EndToken - 1;
            // "Q. … ¶ A. …": the label's stop stands for the colon; an "A." only after a "Q.", as a lone "A. Smith" is an initial.
            int stop = StopLabelEnd(r, first, question: true);
            if (stop < 0 && seenStopQuestion)
            {
                stop = StopLabelEnd(r, first, question: false);
            }

            bool stopLabel = stop >= 0;
            seenStopQuestion |= stopLabel;
            int colon = stopLabel ? stop : LabelColon(r, quotes, first, last);
            if (colon < 0 || last - colon < MinContentTokens)
            {
                continue;
            }

            var content = r.SpanOf(colon + 1, last);
            bool claimed = false;
            int firstInside = nextKept;
            for (; nextKept < kept.Count && kept[nextKept].Draft.Content.Start < content.End; nextKept++)
            {
                var framed = kept[nextKept].Draft;
                if (framed.Content.Start < content.Start)
                {
                    coveredTo = Math.Max(coveredTo, framed.Content.End);
                }
                else
                {
                    claimed |= !IsNestedIn(framed, content);
                }
            }

            if (claimed || coveredTo > content.Start)
            {
                continue; // a frame from outside the turn claims part of it (a quotation floated to a speaker named before)
            }

            Mention speaker;
            double confidence;
            if ((colon == first + 1 && IsQuestionAnswer(r, first)) || stopLabel)
            {
                // "A:" is the person the introduction says was interviewed, "Q:" the one who interviewed (when named).
                interview ??= InterviewIntro.Read(r, quotes, document.SentenceOfToken, first);
                bool answer = IsAnswer(r, first);
                var party = answer ? interview.Value.Interviewee : interview.Value.Interviewer;

                // With no one named, every "A:" is still one person, the first label standing for them as "WALLACE" stands for Chris Wallace.
                ref Mention? firstLabel = ref answer ? ref firstAnswerLabel : ref firstQuestionLabel;
                firstLabel ??= new Mention(r.SpanOf(first, first), first, first, MentionKind.Anonymous);
                speaker = party ?? firstLabel.Value;
                confidence = FrameConfidence.TranscriptQuestionAnswer;
            }
            else
            {
                // Names seen so far, by their words, so a surname label finds its person in one forward pass.
                lastNamed ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (; scanned < first; scanned++)
                {
                    if (r.IsCapitalized(scanned) && !r.IsAcronym(scanned) && !quotes.IsQuoted(scanned))
                    {
                        lastNamed[r.Text(scanned).ToString()] = scanned;
                    }
                }

                if (lastNamed.TryGetValue(r.Text(colon - 1).ToString(), out int named)
                    && MentionFinder.PhraseEndingAt(r, named, Math.Max(0, named - MentionFinder.MaxPhraseTokens)) is { } earlier)
                {
                    speaker = LastConjunct(r, earlier, named); // "an interview between Chris Wallace and Senator Mark Ellison": ELLISON is the senator
                }
                else if (colon - first >= 2)
                {
                    if (p <= LastLeadParagraph && labelledParagraphs < 0)
                    {
                        labelledParagraphs = CountLabelledParagraphs(r, quotes);
                    }

                    if (p <= LastLeadParagraph && labelledParagraphs == 1)
                    {
                        continue; // "NEW DELHI: India's central bank …": a lone label of two words opening the story is its dateline; a transcript takes turns
                    }

                    speaker = new Mention(r.SpanOf(first, colon - 1), first, colon - 1, MentionKind.Name); // "CHRIS WALLACE:" names the person itself
                    fullLabels ??= new Dictionary<string, Mention>(StringComparer.Ordinal);
                    fullLabels[r.Text(colon - 1).ToString()] = speaker;
                }
                else if (fullLabels is not null && fullLabels.TryGetValue(r.Text(colon - 1).ToString(), out var labelled))
                {
                    speaker = labelled; // "KIRA BELL: …" then "BELL: …": the full label named her
                }
                else if (SurnameNamedLater(r, quotes, colon - 1, ref surnames) is { } later)
                {
                    speaker = later; // "MERRICK: …" once, in a story naming "Governor Paula Merrick" further on
                }
                else if (IsRecurringTurnLabel(r, quotes, colon - 1, ref turnLabels))
                {
                    speaker = new Mention(r.SpanOf(first, first), first, first, MentionKind.Name); // "TRUMP: …" ¶ "HOLT: …" ¶ "TRUMP: …"
                }
                else
                {
                    continue; // "UPDATE:", "BREAKING:": a one-word label naming nobody in the text is a rubric
                }

                confidence = FrameConfidence.TranscriptNamedLabel;
            }

            int s = document.Paragraphs[p].FirstSentence;
            var draft = new StatementDraft
            {
                Kind = StatementKind.Direct,
                Content = content,
                Speaker = speaker.Span,
                SpeakerKind = speaker.Kind,

                // "WALLACE: …" resolved to "Chris Wallace" in the intro: the label is the source written at the turn, the intro's mention gives its entity.
                SpeakerPhrase = speaker.FirstToken != first ? r.SpanOf(first, Math.Max(first, colon - 1)) : null, // "Q." is label and stop in one token
                FrameSentence = s,
                Confidence = confidence,
            };
            for (int k = firstInside; k < nextKept; k++)
            {
                if (kept[k].Draft.Content.Start >= content.Start)
                {
                    kept[k].Draft.InsideQuote = true; // nested in the turn, which quotes the labelled person the way quotation marks would
                }
            }

            added ??= [];
            added.Add(new Candidate(draft, speaker, null, -1, s, paragraph.EndSentence - 1, last));
        }

        if (added is not null)
        {
            kept.AddRange(added);
            kept.Sort(static (a, b) => a.Draft.Content.CompareTo(b.Draft.Content));
        }
    }

    /// <summary>
    /// Whether a statement lies wholly inside the turn, its speaker too: a report the labelled person makes in the turn
    /// (<c>A: We have said very clearly that there will be no new taxes.</c>, <c>GRAHAM: As I told him, “…”</c>), nested in
    /// the answer as PARC 3.0 nests it, so the turn is still the labelled person's.
    /// </summary>
    private static bool IsNestedIn(StatementDraft framed, TextSpan turn) =>
        framed.Content.End <= turn.End && (framed.Speaker is not { } speaker || (speaker.Start >= turn.Start && speaker.End <= turn.End));

    /// <summary>
    /// Whether the one-word label at <paramref name="label"/> takes turns with others: two or more different one-word
    /// labels open paragraphs and one of them comes back (<c>TRUMP:</c> … <c>HOLT:</c> … <c>TRUMP:</c>), so each names a
    /// speaker the text never introduced, not a rubric such as <c>UPDATE:</c> (alone, or beside <c>NOTE:</c> once each). The labels are counted once per document,
    /// when the first such label is met.
    /// </summary>
    private static bool IsRecurringTurnLabel(TokenReader r, QuoteLayout quotes, int label, ref Dictionary<string, int>? turnLabels)
    {
        if (turnLabels is null)
        {
            turnLabels = new Dictionary<string, int>(StringComparer.Ordinal);
            var document = r.Document;
            foreach (var paragraph in document.Paragraphs)
            {
                int first = document.Sentences[paragraph.FirstSentence].FirstToken;
                int last = document.Sentences[paragraph.EndSentence - 1].EndToken - 1;
                if (LabelColon(r, quotes, first, last) == first + 1)
                {
                    string word = r.Text(first).ToString();
                    turnLabels[word] = turnLabels.GetValueOrDefault(word) + 1;
                }
            }
        }

        if (turnLabels.Count < 2)
        {
            return false;
        }

        foreach (var count in turnLabels.Values)
        {
            if (count >= 2)
            {
                return turnLabels.ContainsKey(r.Text(label).ToString());
            }
        }

        return false;
    }

    /// <summary>
    /// The full name, given anywhere outside quotations, whose last word the one-word label at <paramref name="label"/>
    /// is (<c>MERRICK: We will not sign.</c> in a story that names <c>Governor Paula Merrick</c> further on), so one turn
    /// is enough; null for a rubric (<c>UPDATE:</c>) or a dateline (<c>WASHINGTON:</c>, named alone), which are no one's
    /// surname. The names are gathered once per document, when the first such label is met; the first naming wins.
    /// </summary>
    private static Mention? SurnameNamedLater(TokenReader r, QuoteLayout quotes, int label, ref Dictionary<string, Mention>? surnames)
    {
        if (surnames is null)
        {
            surnames = new Dictionary<string, Mention>(StringComparer.OrdinalIgnoreCase);
            int run = 0; // capitalised words in a row, outside quotations, up to k
            for (int k = 0; k < r.Count; k++)
            {
                run = r.IsCapitalized(k) && !r.IsAcronym(k) && !quotes.IsQuoted(k) ? run + 1 : 0;
                int first = k - run + 1;
                if (run >= 2 && !r.IsCapitalized(k + 1) && MentionFinder.Classify(r, first, k) == MentionKind.Name)
                {
                    surnames.TryAdd(r.Text(k).ToString(), new Mention(r.SpanOf(first, k), first, k, MentionKind.Name)); // not "The Senate" or "Washington" alone
                }
            }
        }

        return surnames.TryGetValue(r.Text(label).ToString(), out var named) ? named : null;
    }

    /// <summary>
    /// The part of <paramref name="phrase"/> after its last <c>and</c>, <c>or</c> or comma before <paramref name="named"/>:
    /// a label names one person, never the pair the intro joined (<c>Chris Wallace and Senator Mark Ellison</c>).
    /// </summary>
    private static Mention LastConjunct(TokenReader r, Mention phrase, int named)
    {
        for (int k = named - 1; k > phrase.FirstToken; k--)
        {
            if (r.ClassOf(k) == Lexicons.WordClass.Coordinator || r.IsPunct(k, ','))
            {
                return new Mention(r.SpanOf(k + 1, phrase.LastToken), k + 1, phrase.LastToken, MentionFinder.Classify(r, k + 1, phrase.LastToken));
            }
        }

        return phrase;
    }

    private static int CountLabelledParagraphs(TokenReader r, QuoteLayout quotes)
    {
        var document = r.Document;
        int count = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            int first = document.Sentences[paragraph.FirstSentence].FirstToken;
            int last = document.Sentences[paragraph.EndSentence - 1].EndToken - 1;
            count += LabelColon(r, quotes, first, last) >= 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>The colon after a paragraph-opening label in capitals (<c>WALLACE:</c>, <c>SEN. GRAHAM:</c>, <c>Q:</c>), else -1.</summary>
    private static int LabelColon(TokenReader r, QuoteLayout quotes, int first, int last)
    {
        for (int k = first; k <= last && k - first <= MaxLabelTokens; k++)
        {
            if (r.IsPunct(k, ':'))
            {
                return k > first && !r.IsQuoteMark(k + 1) ? k : -1;
            }

            bool capitals = r.IsWord(k) && !quotes.IsQuoted(k) && (r.IsAcronym(k) || (r.Text(k).Length == 1 && char.IsUpper(r.Text(k)[0])));
            if (!capitals)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsAnswer(TokenReader r, int label) => r.Text(label) is "A" or "ANSWER" or "A.";

    /// <summary>
    /// A paragraph opening with <c>Q.</c> (or <c>A.</c>), as some papers set interviews: the token that ends the label (the
    /// label itself when its stop is read into it, as an initial's is, else the stop), or -1.
    /// </summary>
    private static int StopLabelEnd(TokenReader r, int first, bool question)
    {
        var text = r.Text(first);
        string letter = question ? "Q" : "A";
        if (text.Length == 2 && text[1] == '.' && text.StartsWith(letter, StringComparison.Ordinal))
        {
            return first;
        }

        return text.Equals(letter, StringComparison.Ordinal) && r.IsPunct(first + 1, '.') ? first + 1 : -1;
    }

    private static bool IsQuestionAnswer(TokenReader r, int label)
    {
        foreach (var word in QuestionAnswerLabels)
        {
            if (r.Text(label).Equals(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

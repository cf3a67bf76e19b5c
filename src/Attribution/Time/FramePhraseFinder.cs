using Attribution.Pipeline;
using Attribution.Entities;
using Attribution.Frames;
using Attribution.Lexicons;
using Attribution.Text;

namespace Attribution.Time;

/// <summary>
/// Finds the time phrases of statement frames in one document: phrases outside quotes and outside the
/// contents of the statements framed in the same sentence, that date the saying rather than an event
/// (<c>since the Oct. 7 massacre</c>, <c>Hamas’s Oct. 7 assault</c> are not times of saying).
/// </summary>
internal sealed class FramePhraseFinder
{
    private readonly Dictionary<int, List<TextSpan>> _contentsBySentence = [];
    private readonly Dictionary<int, List<TimePhrase>> _phrasesBySentence = [];

    /// <summary>The lists of earlier documents, cleared, for the next one: a reused finder allocates no list per sentence.</summary>
    private readonly Stack<List<TextSpan>> _spareContents = new();
    private readonly Stack<List<TimePhrase>> _sparePhrases = new();

    /// <summary>What most sentences hold: no frame time. Shared and never added to, so a sentence without one costs no list.</summary>
    private static readonly List<TimePhrase> NoPhrases = [];

    private DocumentPositions _positions = null!;

    /// <summary>The statements of the document, for the rare relative clause around a time phrase (<see cref="InOtherRelativeClause"/>).</summary>
    private IReadOnlyList<StatementDraft> _drafts = [];

    /// <summary>A finder to <see cref="Reset"/> for each document (the pipeline reuses one per concurrent call).</summary>
    public FramePhraseFinder()
    {
    }

    public FramePhraseFinder(DocumentPositions positions, IReadOnlyList<StatementDraft> drafts) => Reset(positions, drafts);

    /// <summary>Forgets the previous document and indexes the contents of <paramref name="drafts"/> by frame sentence.</summary>
    public void Reset(DocumentPositions positions, IReadOnlyList<StatementDraft> drafts)
    {
        _positions = positions;
        _drafts = drafts;
        foreach (var contents in _contentsBySentence.Values)
        {
            contents.Clear();
            _spareContents.Push(contents);
        }

        foreach (var phrases in _phrasesBySentence.Values)
        {
            if (!ReferenceEquals(phrases, NoPhrases))
            {
                phrases.Clear();
                _sparePhrases.Push(phrases);
            }
        }

        _contentsBySentence.Clear();
        _phrasesBySentence.Clear();
        for (int i = 0; i < drafts.Count; i++) // an index loop: foreach over the interface would box its enumerator per document
        {
            var draft = drafts[i];
            if (!_contentsBySentence.TryGetValue(draft.FrameSentence, out var contents))
            {
                contents = _spareContents.Count > 0 ? _spareContents.Pop() : [];
                _contentsBySentence[draft.FrameSentence] = contents;
            }

            contents.Add(draft.Content);
        }
    }

    /// <summary>Lets go of the document (its text) while the finder waits in a pool for the next one.</summary>
    public void Forget()
    {
        _positions = null!;
        _drafts = [];
    }

    /// <summary>Prepositions that introduce the time of an event and are left out of the phrase span.</summary>
    public static bool IsTimePreposition(ReadOnlySpan<char> word) =>
        word.Equals("on", StringComparison.OrdinalIgnoreCase) || word.Equals("in", StringComparison.OrdinalIgnoreCase)
        || word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("during", StringComparison.OrdinalIgnoreCase)
        || word.Equals("of", StringComparison.OrdinalIgnoreCase);

    /// <summary>The time phrase inside a span another stage chose, without its preposition.</summary>
    public TextSpan? PhraseWithin(TextSpan span)
    {
        var document = _positions.Document;
        var (first, end) = _positions.TokensIn(span);
        var words = new TokenWords(document, first, end);
        for (int i = 0; i < words.Count; i++)
        {
            if (TimePhraseMatcher.TryMatch(words, i, standalone: true, out var expression))
            {
                return new TextSpan(document.Tokens[first + expression.FirstWord].Span.Start, document.Tokens[first + expression.EndWord - 1].Span.End);
            }
        }

        return null;
    }

    /// <summary>The phrase of the draft's own frame sentence nearest its cue (else its speaker).</summary>
    public TextSpan? OwnTime(StatementDraft draft)
    {
        var phrases = PhrasesOf(draft.FrameSentence);
        if (phrases.Count == 0)
        {
            return null;
        }

        var anchorSpan = draft.Cue ?? draft.Speaker;
        if (anchorSpan is not { } anchor)
        {
            return phrases[0].Span;
        }

        var (first, end) = _positions.TokensIn(anchor);
        return Nearest(phrases, first, Math.Max(end, first + 1), skipOtherRelativeClauses: true);
    }

    /// <summary>How far a relative clause set off by commas may run around a time phrase (<c>, which said in March that …,</c>).</summary>
    private const int MaxRelativeClauseTokens = 24;

    /// <summary>
    /// Whether the phrase lies in a relative clause set off by commas that does not hold the anchor and whose cue frames a
    /// statement of its own (<c>Harland, which said in March that orders had bottomed out, expects …</c>: March dates that
    /// saying, not the expectation) or holds a passive (<c>Jones, who was appointed on Monday, said …</c>: Monday dates the
    /// appointment). Another relative clause that frames nothing keeps its time for the main frame (<c>The mayor, who spoke to
    /// reporters on Tuesday, said …</c>).
    /// </summary>
    private bool InOtherRelativeClause(TimePhrase phrase, int anchorFirst)
    {
        var document = _positions.Document;
        int sentence = _positions.SentenceOf(phrase.FirstToken);
        int sentenceFirst = document.Sentences[sentence].FirstToken;
        int sentenceEnd = document.Sentences[sentence].EndToken;
        int open = -1;
        for (int t = phrase.FirstToken - 1; t > sentenceFirst && phrase.FirstToken - t <= MaxRelativeClauseTokens; t--)
        {
            var text = document.TokenText(t);
            if (text.SequenceEqual(","))
            {
                return false;
            }

            if ((text.Equals("who", StringComparison.OrdinalIgnoreCase) || text.Equals("which", StringComparison.OrdinalIgnoreCase))
                && document.TokenText(t - 1).SequenceEqual(","))
            {
                open = t;
                break;
            }
        }

        if (open < 0 || anchorFirst < open)
        {
            return false;
        }

        for (int t = phrase.EndToken; t < sentenceEnd && t - open <= MaxRelativeClauseTokens; t++)
        {
            if (document.TokenText(t).SequenceEqual(","))
            {
                return anchorFirst > t // the anchor comes after the clause closes
                    && (FramesStatement(document.Tokens[open].Span.Start, document.Tokens[t].Span.Start) || HoldsPassive(open + 1, t));
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="first"/> to before <paramref name="end"/> hold a passive (a form of <c>be</c> and
    /// a past participle: <c>who was appointed on Monday</c>, <c>which was founded in 1990</c>): an event done to the subject,
    /// dated for itself, where <c>who spoke to reporters on Tuesday</c> is the occasion of the saying.
    /// </summary>
    private bool HoldsPassive(int first, int end)
    {
        var document = _positions.Document;
        for (int t = first; t + 1 < end; t++)
        {
            if (IsPassiveAuxiliary(document.TokenText(t)) && FunctionWords.LooksLikePastParticiple(document.TokenText(t + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The forms of <c>be</c> that make a passive with a past participle after them.</summary>
    private static readonly string[] PassiveAuxiliaries = ["was", "were", "is", "are", "been", "being"];

    private static bool IsPassiveAuxiliary(ReadOnlySpan<char> word)
    {
        foreach (var be in PassiveAuxiliaries)
        {
            if (word.Equals(be, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a statement's cue lies between the character offsets <paramref name="start"/> and <paramref name="end"/>.</summary>
    private bool FramesStatement(int start, int end)
    {
        foreach (var draft in _drafts)
        {
            if (draft.Cue is { } cue && start <= cue.Start && cue.End <= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The time of the sentence before, when the frame has none and that sentence speaks of the same
    /// speaker: the same last name outside quotes, or any he/she/they when the speaker is that pronoun.
    /// </summary>
    public TextSpan? CarriedTime(StatementDraft draft)
    {
        int sentence = draft.FrameSentence;
        var document = _positions.Document;
        if (sentence <= 0 || draft.Speaker is not { } speaker || speaker.IsEmpty)
        {
            return null;
        }

        var previous = document.Sentences[sentence - 1];
        if (previous.Paragraph < document.Sentences[sentence].Paragraph - 1)
        {
            return null;
        }

        var phrases = PhrasesOf(sentence - 1);
        if (phrases.Count == 0)
        {
            return null;
        }

        var (speakerFirst, speakerEnd) = _positions.TokensIn(speaker);
        if (speakerEnd <= speakerFirst)
        {
            return null;
        }

        var head = document.TokenText(speakerEnd - 1);
        bool pronoun = speakerEnd - speakerFirst == 1 && Pronouns.IsPersonalSubject(head);
        if (pronoun && previous.Paragraph != document.Sentences[sentence].Paragraph && speakerFirst != document.Sentences[sentence].FirstToken)
        {
            // "Powell, 71, insisted …, though he conceded …": a pronoun inside the sentence refers within it; only a
            // paragraph that opens with the pronoun ("He said …") goes on from the paragraph before.
            return null;
        }

        int anchor = pronoun ? previous.FirstToken : -1;
        for (int t = previous.FirstToken; t < previous.EndToken && anchor < 0; t++)
        {
            if (!_positions.InQuote[t] && document.TokenText(t).SequenceEqual(head) && char.IsUpper(head[0]))
            {
                anchor = t;
            }
        }

        return anchor < 0 ? null : Nearest(phrases, anchor, anchor + 1, skipOtherRelativeClauses: false);
    }

    private TextSpan? Nearest(List<TimePhrase> phrases, int anchorFirst, int anchorEnd, bool skipOtherRelativeClauses)
    {
        TimePhrase? best = null;
        int bestDistance = int.MaxValue;
        foreach (var phrase in phrases)
        {
            if (skipOtherRelativeClauses && InOtherRelativeClause(phrase, anchorFirst))
            {
                continue;
            }

            int distance = phrase.EndToken <= anchorFirst ? anchorFirst - phrase.EndToken
                : phrase.FirstToken >= anchorEnd ? phrase.FirstToken - anchorEnd
                : 0;
            if (distance < bestDistance)
            {
                best = phrase;
                bestDistance = distance;
            }
        }

        return best?.Span;
    }

    private List<TimePhrase> PhrasesOf(int sentenceIndex)
    {
        if (_phrasesBySentence.TryGetValue(sentenceIndex, out var cached))
        {
            return cached;
        }

        var document = _positions.Document;
        var sentence = document.Sentences[sentenceIndex];
        _contentsBySentence.TryGetValue(sentenceIndex, out var contents);
        var words = new TokenWords(document, sentence.FirstToken, sentence.EndToken);
        List<TimePhrase>? phrases = null;
        for (int i = 0; i < words.Count; i++)
        {
            if (!TimePhraseMatcher.MayStart(words, i) || !TimePhraseMatcher.TryMatch(words, i, standalone: false, out var expression))
            {
                continue;
            }

            int first = sentence.FirstToken + expression.FirstWord;
            int end = sentence.FirstToken + expression.EndWord;
            var span = new TextSpan(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
            if (IsFrameTime(first, end, span, contents))
            {
                (phrases ??= _sparePhrases.Count > 0 ? _sparePhrases.Pop() : []).Add(new TimePhrase(span, first, end));
            }

            i = expression.EndWord - 1;
        }

        phrases ??= NoPhrases;
        _phrasesBySentence[sentenceIndex] = phrases;
        return phrases;
    }

    private bool IsFrameTime(int first, int end, TextSpan span, List<TextSpan>? contents)
    {
        for (int t = first; t < end; t++)
        {
            if (_positions.InQuote[t])
            {
                return false;
            }
        }

        if (contents is not null)
        {
            foreach (var content in contents)
            {
                if (content.OverlapsWith(span))
                {
                    return false;
                }
            }
        }

        var document = _positions.Document;
        if (first == 0)
        {
            return true;
        }

        var before = document.Tokens[first - 1];
        if (before.Kind == TokenKind.Apostrophe)
        {
            // Hamas’s Oct. 7 assault: a date naming an event.
            return false;
        }

        var word = document.TokenText(first - 1);
        return !(word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)
            || IsEventPreposition(word) || IsDeterminer(word));
    }

    /// <summary>Words before a date that make it the time of something else: a span, a deadline, an event.</summary>
    private static bool IsEventPreposition(ReadOnlySpan<char> word) =>
        word.Equals("since", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase)
        || word.Equals("till", StringComparison.OrdinalIgnoreCase) || word.Equals("before", StringComparison.OrdinalIgnoreCase)
        || word.Equals("after", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase)
        || word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("through", StringComparison.OrdinalIgnoreCase)
        || word.Equals("between", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase)
        || word.Equals("next", StringComparison.OrdinalIgnoreCase) || word.Equals("every", StringComparison.OrdinalIgnoreCase)
        || word.Equals("each", StringComparison.OrdinalIgnoreCase) || word.Equals("coming", StringComparison.OrdinalIgnoreCase)
        || word.Equals("of", StringComparison.OrdinalIgnoreCase);

    private static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
        || word.Equals("an", StringComparison.OrdinalIgnoreCase) || Pronouns.IsThirdPersonPossessive(word);

    private readonly record struct TimePhrase(TextSpan Span, int FirstToken, int EndToken);
}

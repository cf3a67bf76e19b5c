using Attribution.Entities;
using Attribution.Frames;
using Attribution.Lexicons;
using Attribution.Pipeline;
using Attribution.Quotes;
using Attribution.Text;
using Attribution.Time;

namespace Attribution.Tests.TestSupport;

/// <summary>
/// A document with hand-built statement drafts, for testing the stages after the frame stage on
/// realistic sentences: spans are located by their text, quotes are paired from the quote-mark tokens.
/// </summary>
internal sealed class StatementScenario
{
    public StatementScenario(string text, DateOnly? publicationDate = null)
    {
        Text = text;
        Document = DocumentAnalyzer.Analyze(text, publicationDate);
        Quotes = PairQuoteMarks(Document);
    }

    public string Text { get; }

    public Document Document { get; }

    public List<Quote> Quotes { get; }

    public List<StatementDraft> Drafts { get; } = [];

    /// <summary>
    /// Adds a draft. <paramref name="content"/> is found by its text (the <paramref name="occurrence"/>-th
    /// time); the cue, speaker and addressee as whole words outside the content, nearest to it.
    /// </summary>
    public StatementDraft Add(string content, string? speaker = null, string? cue = null, string? addressee = null, int occurrence = 0,
        int? carriedFrom = null, MentionKind speakerKind = MentionKind.Name, StatementKind kind = StatementKind.Direct)
    {
        var contentSpan = Find(content, occurrence);
        var cueSpan = cue is null ? (TextSpan?)null : NearestOutside(cue, contentSpan, contentSpan);
        var anchor = cueSpan ?? contentSpan;
        var draft = new StatementDraft
        {
            Kind = kind,
            Content = contentSpan,
            Cue = cueSpan,
            CueLemma = cue,
            Speaker = speaker is null ? null : NearestOutside(speaker, anchor, contentSpan),
            SpeakerKind = speakerKind,
            Addressee = addressee is null ? null : NearestOutside(addressee, anchor, contentSpan),
            CarriedFrom = carriedFrom,
            FrameSentence = SentenceAt(anchor.Start),
            Confidence = 0.9,
        };
        if (carriedFrom is { } origin && speaker is null)
        {
            draft.Speaker = Drafts[origin].Speaker;
            draft.SpeakerKind = Drafts[origin].SpeakerKind;
        }

        Drafts.Add(draft);
        return draft;
    }

    public EntityResolution ResolveEntities()
    {
        Document.SetQuotes([.. Quotes]);
        TimeResolver.AttachTimes(Document, Drafts);
        return EntityResolver.Resolve(Document, Drafts, new LexiconSet([], []));
    }

    /// <summary>The entity the speaker of statement <paramref name="draft"/> resolved to; throws when it has none.</summary>
    public Entity SpeakerEntity(EntityResolution resolution, int draft) =>
        resolution.EntityOf(Drafts[draft].Speaker) ?? throw new InvalidOperationException($"Statement {draft} has no speaker entity.");

    public string? TimeText(int draft) => Drafts[draft].Time is { } span ? span.Slice(Text) : null;

    public string? TimeValue(int draft) => Drafts[draft].Time is { } span ? TimeResolver.Resolve(span.Slice(Text).AsSpan(), Document.PublicationDate) : null;

    public TextSpan Find(string fragment, int occurrence = 0)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = Text.IndexOf(fragment, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{fragment}' occurs fewer than {occurrence + 1} times.", nameof(fragment));
            }
        }

        return new TextSpan(at, at + fragment.Length);
    }

    private TextSpan NearestOutside(string fragment, TextSpan anchor, TextSpan content)
    {
        TextSpan? best = null;
        int bestDistance = int.MaxValue;
        for (int at = Text.IndexOf(fragment, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(fragment, at + 1, StringComparison.Ordinal))
        {
            var span = new TextSpan(at, at + fragment.Length);
            bool wholeWords = (at == 0 || !char.IsLetterOrDigit(Text[at - 1])) && (span.End == Text.Length || !char.IsLetterOrDigit(Text[span.End]));
            if (!wholeWords || span.OverlapsWith(content) || InsideQuote(span))
            {
                continue;
            }

            int distance = Math.Abs(at - anchor.Start);
            if (distance < bestDistance)
            {
                best = span;
                bestDistance = distance;
            }
        }

        return best ?? throw new ArgumentException($"'{fragment}' does not occur outside the content and quotes.", nameof(fragment));
    }

    private bool InsideQuote(TextSpan span)
    {
        foreach (var quote in Quotes)
        {
            if (quote.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    private int SentenceAt(int offset)
    {
        var sentences = Document.Sentences;
        int lo = 0;
        int hi = sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (sentences[mid].Span.End > offset)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return Math.Max(0, lo);
    }

    /// <summary>Pairs opening and closing marks within a paragraph; straight marks alternate.</summary>
    private static List<Quote> PairQuoteMarks(Document document)
    {
        var quotes = new List<Quote>();
        var tokens = document.Tokens;
        foreach (var paragraph in document.Paragraphs)
        {
            int open = -1;
            int first = document.Sentences[paragraph.FirstSentence].FirstToken;
            int end = document.Sentences[paragraph.EndSentence - 1].EndToken;
            for (int t = first; t < end; t++)
            {
                var kind = tokens[t].Kind;
                bool opens = kind == TokenKind.OpeningQuote || (kind == TokenKind.AmbiguousQuote && open < 0);
                bool closes = kind == TokenKind.ClosingQuote || (kind == TokenKind.AmbiguousQuote && open >= 0);
                if (opens && open < 0)
                {
                    open = t;
                }
                else if (closes && open >= 0)
                {
                    quotes.Add(new Quote(new TextSpan(tokens[open].Span.Start, tokens[t].Span.End), open, t, 0));
                    open = -1;
                }
            }

            if (open >= 0)
            {
                quotes.Add(new Quote(new TextSpan(tokens[open].Span.Start, tokens[end - 1].Span.End), open, -1, 0));
            }
        }

        return quotes;
    }
}

using Attribution.Lexicons;
using Attribution.Mentions;
using Attribution.Text;

namespace Attribution.Frames;

/// <summary>
/// What the frame rules share while one document is matched: its tokens and quotation pieces, the clause
/// and content readers, the candidates framed so far and the addressees that introductory participles set
/// for their sentence. The rules themselves hold no state, so one rule set serves every thread; a context
/// lives for one call of the statement finder.
/// </summary>
internal sealed class FrameContext
{
    private readonly Dictionary<int, Mention> _introAddressee = [];
    private int _subjectCue = -1;
    private Mention? _subject;
    private int _postposedCue = -1;
    private PostposedFrame? _postposed;

    public FrameContext(TokenReader reader, QuoteLayout quotes, int[] sentenceOf, FrameRules rules)
    {
        Reader = reader;
        Quotes = quotes;
        SentenceOf = sentenceOf;
        Rules = rules;
        Clause = new ClauseReader(reader, quotes, sentenceOf);
        Content = new ContentReader(reader, quotes, sentenceOf, Clause, Candidates);
    }

    public TokenReader Reader { get; }

    public QuoteLayout Quotes { get; }

    public int[] SentenceOf { get; }

    /// <summary>The document's sentences, read in place.</summary>
    public ReadOnlySpan<Sentence> Sentences => Reader.Document.Sentences;

    public FrameRules Rules { get; }

    public ClauseReader Clause { get; }

    public ContentReader Content { get; }

    /// <summary>The frame rule looking at the current cue, recorded on the statements it makes.</summary>
    /// <remarks>Kept as an index into <see cref="FrameRules.CueRules"/>: the matcher sets it before every rule it asks, and an
    /// int costs no write barrier, where storing the rule object cost one per rule and cue.</remarks>
    public Rules.FrameRule? Rule => RuleIndex >= 0 ? Rules.CueRules[RuleIndex] : null;

    /// <summary>The index in <see cref="FrameRules.CueRules"/> of the rule looking at the current cue, or -1 between cues.</summary>
    public int RuleIndex { get; set; } = -1;

    /// <summary>The complement rule that read the current forward frame's content, or null.</summary>
    public Rules.ComplementRule? Complement { get; set; }

    /// <summary>The speaker of the forward frame whose complement is being read, or null; complement rules that depend on who speaks read it.</summary>
    public Mention? ForwardSpeaker { get; set; }

    /// <summary>The frame candidates in cue order; a candidate may name another as the source of its speaker.</summary>
    public List<Candidate> Candidates { get; } = [];

    /// <summary>The subject right before the cue (after auxiliaries and adverbs), read once per cue for every rule that asks.</summary>
    public Mention? SubjectOf(in CueSite site)
    {
        if (_subjectCue != site.First)
        {
            _subjectCue = site.First;
            _subject = Clause.SubjectBefore(site.First, site.LeftLimit);
        }

        return _subject;
    }

    /// <summary>The postposed frame around the cue (<c>“Q,” S said</c>, <c>CLAUSE, said S</c>), read once per cue for the rules that tell its shapes apart.</summary>
    public PostposedFrame? PostposedOf(in CueSite site)
    {
        if (_postposedCue != site.First)
        {
            _postposedCue = site.First;
            _postposed = PostposedFrame.Read(this, site);
        }

        return _postposed;
    }

    /// <summary>Sets the addressee of every statement framed later in sentence <paramref name="sentence"/> that names none (<c>Speaking to Reuters, …</c>).</summary>
    public void SetSentenceAddressee(int sentence, Mention listener) => _introAddressee[sentence] = listener;

    /// <summary>The addressee set for the sentence by an introductory participle, or <paramref name="addressee"/> when it has one.</summary>
    public Mention? WithSentenceAddressee(int sentence, Mention? addressee) =>
        addressee is null && _introAddressee.TryGetValue(sentence, out var intro) ? intro : addressee;

    /// <summary>The latest candidate framed in sentence <paramref name="s"/> before token <paramref name="before"/> that has a speaker.</summary>
    public int? CarriedSpeaker(int s, int before)
    {
        for (int i = Candidates.Count - 1; i >= 0; i--)
        {
            var earlier = Candidates[i];
            if (earlier.Sentence != s && earlier.LastSentence < s)
            {
                break;
            }

            if (earlier.Speaker is not null && earlier.Draft.Content.End <= Reader.Tokens[before].Span.Start)
            {
                return OuterFrameOf(i);
            }
        }

        return null;
    }

    /// <summary>
    /// <c>Goldman said in a note that it still expected Brent to rise, arguing …</c>: the candidate whose content holds candidate
    /// <paramref name="i"/>'s cue, when one does (the participle goes on from the outer frame, not the belief nested in it); else <paramref name="i"/>.
    /// </summary>
    private int OuterFrameOf(int i)
    {
        var inner = Candidates[i];
        if (inner.Draft.Cue is not { } cue)
        {
            return i;
        }

        for (int k = i - 1; k >= 0 && Candidates[k].LastSentence >= inner.Sentence; k--)
        {
            if (Candidates[k].Speaker is not null && Candidates[k].Draft.ContentOverlaps(cue))
            {
                return k;
            }
        }

        return i;
    }

    /// <summary>A forward frame from the cue on: <c>S V [addressee] [adjuncts] [,:] COMPLEMENT</c>, the complement read by the complement rules.</summary>
    public void Forward(in CueSite site, Mention speaker, int carriedFrom, Mention? addressee, double confidenceBase) =>
        ForwardFrame.Match(this, site, speaker, carriedFrom, addressee, confidenceBase);

    /// <summary>Records a candidate, unless its content overlaps its own cue or speaker.</summary>
    public void Add(in CueSite site, Mention? speaker, Mention? addressee, ContentMatch content, double confidence, int carriedFrom)
    {
        var r = Reader;
        var cue = site.Cue;
        var cueSpan = r.SpanOf(cue.First, cue.Last);
        // The content's pieces: its fragments, or the content itself (no list or closure per candidate).
        var single = content.Content;
        var pieces = content.Fragments is { } fragments ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(fragments) : new ReadOnlySpan<TextSpan>(in single);
        if (AnyOverlaps(pieces, cueSpan) || (speaker is { } sp && AnyOverlaps(pieces, sp.Span)))
        {
            return;
        }

        if (addressee is { } a && (AnyOverlaps(pieces, a.Span) || speaker is { } s3 && s3.Span.OverlapsWith(a.Span)))
        {
            addressee = null;
        }

        bool unclosed = false;
        for (int k = content.FirstToken; k <= content.LastToken; k++)
        {
            int piece = Quotes.PieceOf(k);
            if (piece >= 0)
            {
                unclosed |= !Quotes.Pieces[piece].Closed;
                k = Quotes.Pieces[piece].LastToken;
            }
        }

        var draft = new StatementDraft
        {
            Kind = content.Kind,
            Content = content.Content,
            Fragments = content.Fragments,
            Cue = cueSpan,
            CueLemma = cue.Entry.Lemma,
            Speaker = speaker?.Span,
            SpeakerKind = speaker?.Kind ?? MentionKind.Nominal,
            Addressee = addressee?.Span,
            CalledParty = content.CalledParty,
            FrameSentence = site.Sentence,
            IsSpeech = cue.Entry.Class != CueClass.Belief,
            Rule = Rule?.Name,
            ComplementRule = Complement?.Name,
            Confidence = Math.Clamp(confidence - (unclosed ? FrameConfidence.UnclosedQuotePenalty : 0), FrameConfidence.Floor, FrameConfidence.Ceiling),
        };
        int lastToken = Math.Max(content.LastToken, Math.Max(cue.Last, speaker?.LastToken ?? 0));
        Candidates.Add(new Candidate(draft, speaker, addressee, carriedFrom, site.Sentence, SentenceOf[lastToken], lastToken));
    }

    /// <summary>
    /// Records <paramref name="piece"/> as a quote of the same act as candidate <paramref name="source"/>, with no
    /// cue of its own: its speaker and addressee carried over (<c>“Q1,” he said, “Q2.”</c>: Q2).
    /// </summary>
    public void AddCarriedPiece(int source, QuotePiece piece, double confidence)
    {
        var head = Candidates[source];
        var draft = new StatementDraft
        {
            Kind = StatementKind.Direct,
            Content = piece.Span,
            Speaker = head.Draft.Speaker,
            SpeakerKind = head.Draft.SpeakerKind,
            Addressee = head.Draft.Addressee,
            FrameSentence = head.Sentence,
            IsSpeech = head.Draft.IsSpeech,
            Rule = Rule?.Name,
            Confidence = Math.Clamp(confidence - (piece.Closed ? 0 : FrameConfidence.UnclosedQuotePenalty), FrameConfidence.Floor, FrameConfidence.Ceiling),
        };
        Candidates.Add(new Candidate(draft, head.Speaker, head.AddresseeMention, source, head.Sentence, SentenceOf[piece.LastToken], piece.LastToken));
    }

    private static bool AnyOverlaps(ReadOnlySpan<TextSpan> pieces, TextSpan span)
    {
        foreach (var piece in pieces)
        {
            if (piece.OverlapsWith(span))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Attribution.Frames;
using Attribution.Lexicons;
using Attribution.Pipeline;
using Attribution.Quotes;

namespace Attribution.Entities;

/// <summary>
/// Resolves speaker and addressee mentions to entities. Finds the document's names outside quotes,
/// merges full names, surnames and first names into one referent per real-world entity, then walks the
/// speaker and addressee mentions in document order, resolving names, pronouns and nominals against
/// what came before. Stateless and thread-safe.
/// </summary>
internal static class EntityResolver
{
    /// <summary>Resolves in a workspace of its own (tests; the pipeline passes a pooled one).</summary>
    public static EntityResolution Resolve(Document document, IReadOnlyList<StatementDraft> drafts, LexiconSet lexicons) =>
        Resolve(document, drafts, lexicons, new EntityWorkspace());

    /// <summary>Resolves in <paramref name="workspace"/>, which this call alone uses until it returns.</summary>
    public static EntityResolution Resolve(Document document, IReadOnlyList<StatementDraft> drafts, LexiconSet lexicons, EntityWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(lexicons);
        if (drafts.Count == 0 || document.Tokens.Length == 0)
        {
            return EntityResolution.Empty;
        }

        var positions = document.Positions;
        var requests = MentionRequest.Collect(document, positions, drafts, workspace.Requests, workspace.RequestSpans);
        if (requests.Count == 0)
        {
            return EntityResolution.Empty;
        }

        var lexicon = lexicons.Entities;
        workspace.Clear();
        var trusted = workspace.Trusted(document.Tokens.Length);
        foreach (var request in requests)
        {
            for (int t = request.FirstToken; t < request.EndToken; t++)
            {
                trusted[t] = true;
            }
        }

        var pool = workspace.NamePool;
        var names = workspace.Names;
        var reader = document.ReaderFor(lexicons);
        new NameScanner(positions, lexicon, reader, trusted, pool).Scan(names, drafts);
        var describedSubjects = workspace.DescribedSubjects;
        DescribedSubject.Find(reader, positions, trusted, describedSubjects);
        var resolver = new MentionResolver(positions, lexicon, reader, names, pool, workspace, describedSubjects);
        var resolved = workspace.Resolved;
        resolved.EnsureCapacity(requests.Count); // at most one entry per request, sized once instead of regrown
        var firstPerson = workspace.FirstPerson;
        foreach (var request in requests)
        {
            if (resolver.IsFirstPerson(request) || resolver.IsQuestionedYou(request))
            {
                firstPerson.Add(request);
            }
            else if (resolver.Resolve(request) is { } referent)
            {
                resolved[request.Span] = referent;
            }
        }

        // "I" and "we" (and a questioned "you") wait for the speakers of the quotes around them, which may come after them.
        if (firstPerson.Count > 0)
        {
            var enclosing = new EnclosingStatements(drafts);
            foreach (var request in firstPerson)
            {
                var speaker = enclosing.SpeakerAround(request.Span);
                var around = speaker is { } span ? resolved.GetValueOrDefault(span) : null;
                var referent = resolver.IsFirstPerson(request) ? resolver.ResolveFirstPerson(request, around) : resolver.ResolveQuestionedYou(request, around);
                if (referent is not null)
                {
                    resolved[request.Span] = referent;
                }
            }
        }

        AddLabelMentions(drafts, resolved, workspace.Registry.Mentions);
        var merged = resolver.NameLaterDescribed();
        if (merged.Count > 0)
        {
            var into = new Dictionary<Referent, Referent>(ReferenceEqualityComparer.Instance);
            foreach (var (described, named) in merged)
            {
                into[described] = named;
            }

            // The keys are request spans: walking the requests changes values without a copy of the keys.
            foreach (var request in requests)
            {
                ref var referent = ref CollectionsMarshal.GetValueRefOrNullRef(resolved, request.Span);
                if (!Unsafe.IsNullRef(ref referent) && into.TryGetValue(referent, out var named))
                {
                    referent = named;
                }
            }
        }

        return EntityBuilder.Build(document.Text, pool, resolved, workspace);
    }

    /// <summary>
    /// <c>WALLACE: …</c> after <c>Chris Wallace interviewed …</c>: a transcript label is written where the turn starts, apart
    /// from the earlier mention that names its person; it is a mention of that person too, listed with the others.
    /// </summary>
    private static void AddLabelMentions(IReadOnlyList<StatementDraft> drafts, Dictionary<TextSpan, Referent> resolved, MentionChains mentions)
    {
        for (int i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft.SpeakerPhrase is { } label && draft.Speaker is { } speaker && !label.OverlapsWith(speaker)
                && resolved.TryGetValue(speaker, out var referent) && mentions.Last(referent) != label) // a turn's pieces share its label
            {
                mentions.Add(referent, label);
            }
        }
    }
}

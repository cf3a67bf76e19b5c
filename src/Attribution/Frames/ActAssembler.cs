using Attribution.Pipeline;
using Attribution.Entities;

namespace Attribution.Frames;

/// <summary>
/// Groups statements into attribution acts. A quote that carries its speaker over from the statement before
/// without a cue of its own (<c>“Q1,” he said. “Q2.”</c>) belongs to that statement's act when no paragraph
/// break lies between them; a new quote after a paragraph break starts an act of its own. In quote granularity
/// the acts are only numbered; in act granularity each act becomes one statement. Stateless.
/// </summary>
internal static class ActAssembler
{
    /// <summary>Sets <see cref="StatementDraft.Act"/> on <paramref name="drafts"/> (in document order, with <see cref="StatementDraft.CarriedFrom"/> indexing it).</summary>
    public static void Number(DocumentPositions positions, List<StatementDraft> drafts)
    {
        int next = 0;
        for (int i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft.CarriedFrom is int source && source < i && draft.Cue is null
                && ParagraphOf(positions, draft.Content.Start) <= LastParagraphOf(positions, drafts[source]))
            {
                draft.Act = drafts[source].Act;
            }
            else
            {
                draft.Act = next++;
            }
        }
    }

    /// <summary>
    /// One statement per act: the first statement of the act (the one with the frame) takes in the others, its
    /// content running from the first piece to the last and its fragments listing every piece in order.
    /// </summary>
    public static List<StatementDraft> Merge(List<StatementDraft> drafts)
    {
        var merged = new List<StatementDraft>(drafts.Count);
        var headOfAct = new Dictionary<int, StatementDraft>();
        foreach (var draft in drafts)
        {
            if (!headOfAct.TryGetValue(draft.Act, out var head))
            {
                headOfAct[draft.Act] = draft;
                merged.Add(draft);
                continue;
            }

            var pieces = head.Fragments ?? [head.Content];
            pieces.AddRange(draft.Fragments ?? [draft.Content]);
            head.Fragments = pieces;
            head.Content = head.Content.Union(draft.Content);
            head.Kind = head.Kind == draft.Kind ? head.Kind : StatementKind.Mixed;
            head.Confidence = Math.Min(head.Confidence, draft.Confidence);
        }

        return merged;
    }

    private static int ParagraphOf(DocumentPositions positions, int offset)
    {
        var document = positions.Document;
        int token = Math.Min(positions.FirstTokenAtOrAfter(offset), document.Tokens.Length - 1);
        return document.Sentences[positions.SentenceOf(token)].Paragraph;
    }

    /// <summary>The paragraph of the statement's last piece: its content's end or its frame, whichever comes later.</summary>
    private static int LastParagraphOf(DocumentPositions positions, StatementDraft draft)
    {
        var document = positions.Document;
        int lastToken = Math.Max(0, positions.FirstTokenAtOrAfter(draft.Content.End) - 1);
        int paragraph = document.Sentences[positions.SentenceOf(lastToken)].Paragraph;
        if (draft.FrameSentence >= 0 && draft.FrameSentence < document.Sentences.Length)
        {
            paragraph = Math.Max(paragraph, document.Sentences[draft.FrameSentence].Paragraph);
        }

        return paragraph;
    }
}

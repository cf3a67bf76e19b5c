namespace Attribution.Entities;

/// <summary>
/// The mention spans of all referents of one document, in one pooled list: each referent's mentions are a chain
/// through it (<see cref="Referent.FirstMention"/> → … → <see cref="Referent.LastMention"/>, in the order added). One
/// list, not one per referent: a much-mentioned referent's own list regrew over and over, and a workspace too large
/// to keep (<see cref="EntityWorkspace.WorthKeeping"/>) made them all again for the next large document (on one 10 MB
/// document about 0.35 bytes per input byte); the pooled list is rented again instead. One document at a time.
/// </summary>
internal sealed class MentionChains
{
    /// <summary>The chain link that ends a referent's mentions.</summary>
    private const int None = -1;

    private readonly PooledList<Link> _links = new();

    /// <summary>Forgets every chain, for a new document (its referents are reset too).</summary>
    public void Clear() => _links.Clear();

    /// <summary>Gives the list's array back to the shared pool (a workspace that is not kept).</summary>
    public void ReturnStorage() => _links.ReturnStorage();

    /// <summary>Adds <paramref name="span"/> after the referent's last mention.</summary>
    public void Add(Referent referent, TextSpan span)
    {
        int index = _links.Count;
        _links.Add(new Link(span, None));
        if (referent.MentionCount == 0)
        {
            referent.FirstMention = index;
        }
        else
        {
            _links.AsSpan()[referent.LastMention].Next = index;
        }

        referent.LastMention = index;
        referent.MentionCount++;
    }

    /// <summary>Adds every mention of <paramref name="from"/> to <paramref name="to"/>, in order; <paramref name="from"/> keeps its own.</summary>
    public void AddAll(Referent from, Referent to)
    {
        if (ReferenceEquals(from, to))
        {
            return;
        }

        // The chain of "from" ends before the links this adds, so walking it stays within its own mentions.
        int count = from.MentionCount;
        for (int i = from.FirstMention, n = 0; n < count; i = _links[i].Next, n++)
        {
            Add(to, _links[i].Span);
        }
    }

    /// <summary>The referent's latest mention; it must have one.</summary>
    public TextSpan Last(Referent referent) => _links[referent.LastMention].Span;

    /// <summary>Replaces the contents of <paramref name="into"/> with the referent's mentions, in the order added.</summary>
    public void CopyTo(Referent referent, List<TextSpan> into)
    {
        into.Clear();
        int count = referent.MentionCount;
        into.EnsureCapacity(count);
        for (int i = referent.FirstMention, n = 0; n < count; i = _links[i].Next, n++)
        {
            into.Add(_links[i].Span);
        }
    }

    /// <summary>The first of the referent's mentions in text order; it must have one.</summary>
    public TextSpan Earliest(Referent referent)
    {
        int count = referent.MentionCount;
        var earliest = _links[referent.FirstMention].Span;
        for (int i = _links[referent.FirstMention].Next, n = 1; n < count; i = _links[i].Next, n++)
        {
            if (_links[i].Span.CompareTo(earliest) < 0)
            {
                earliest = _links[i].Span;
            }
        }

        return earliest;
    }

    /// <summary>One mention and the index of the next mention of the same referent (<see cref="None"/> at the end).</summary>
    private struct Link(TextSpan span, int next)
    {
        public TextSpan Span = span;
        public int Next = next;
    }
}

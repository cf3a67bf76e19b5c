using System.Collections.Immutable;

namespace Attribution.Entities;

/// <summary>
/// Turns the referents that speakers and addressees resolved to into the public <see cref="Entity"/>
/// records, numbered in order of their first mention.
/// </summary>
internal static class EntityBuilder
{
    /// <param name="text">The document text.</param>
    /// <param name="pool">The document's name strings.</param>
    /// <param name="resolved">The referent of each mention span that resolved.</param>
    /// <param name="workspace">Scratch collections, reused across documents; only the records returned are new. The resolution's
    /// look-up from mention to entity is the workspace's too: read it before the workspace serves another document.</param>
    public static EntityResolution Build(string text, NamePool pool, Dictionary<TextSpan, Referent> resolved, EntityWorkspace workspace)
    {
        var referents = workspace.OutputReferents;
        var seen = workspace.SeenReferents;
        var mentions = workspace.Registry.Mentions;
        referents.Clear();
        seen.Clear();
        foreach (var referent in resolved.Values)
        {
            if (seen.Add(referent))
            {
                referents.Add((mentions.Earliest(referent), referent));
            }
        }

        referents.Sort((a, b) => a.First.CompareTo(b.First));
        var ids = workspace.EntityIds;
        ids.Clear();
        var entities = ImmutableArray.CreateBuilder<Entity>(referents.Count);
        foreach (var (_, referent) in referents)
        {
            ids[referent] = entities.Count;
            entities.Add(ToEntity(entities.Count, referent, text, pool, resolved, workspace));
        }

        var byMention = workspace.EntityByMention;
        byMention.Clear();
        byMention.EnsureCapacity(resolved.Count);
        foreach (var (span, referent) in resolved)
        {
            byMention[span] = ids[referent];
        }

        return new EntityResolution(entities.MoveToImmutable(), byMention);
    }

    private static Entity ToEntity(int id, Referent referent, string text, NamePool pool, Dictionary<TextSpan, Referent> resolved, EntityWorkspace workspace)
    {
        var mentions = workspace.EntityMentions;
        var aliases = workspace.EntityAliases;
        mentions.Clear();
        aliases.Clear();
        string name = pool.Get(referent.Name);
        HashSet<string>? aliasSet = null;
        var all = workspace.ReferentMentions;
        workspace.Registry.Mentions.CopyTo(referent, all);
        all.Sort();
        for (int i = 0; i < all.Count; i++)
        {
            var span = all[i];
            string alias = pool.Get(text.AsSpan(span.Start, span.Length));
            if (!ReferenceEquals(alias, name))
            {
                AddDistinct(aliases, alias, ref aliasSet);
            }

            // A name inside a speaker mention of the same entity ("Danny Danon" in "Israel’s U.N.
            // Ambassador Danny Danon") is one mention, listed as the speaker span.
            bool inside = (i > 0 && all[i - 1].Contains(span) && all[i - 1] != span)
                || (i + 1 < all.Count && all[i + 1].Contains(span) && all[i + 1] != span && resolved.ContainsKey(all[i + 1]));
            if (!inside && (mentions.Count == 0 || mentions[^1] != span))
            {
                mentions.Add(span);
            }
        }

        var titles = workspace.EntityTitles;
        titles.Clear();
        HashSet<string>? titleSet = null;
        foreach (var span in referent.Titles)
        {
            AddDistinct(titles, pool.Get(text.AsSpan(span.Start, span.Length)), ref titleSet);
        }

        return new Entity(id, referent.Name, referent.Kind ?? EntityKind.Person, referent.Gender, Frozen(aliases), Frozen(titles), Frozen(mentions));
    }

    /// <summary>An immutable copy of a scratch list: one exact array, none when the list is empty.</summary>
    private static ImmutableArray<T> Frozen<T>(List<T> items) =>
        ImmutableArray.Create(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));

    /// <summary>
    /// Adds a pooled string unless the list holds it: a reference scan while the list is short (most
    /// entities have a few aliases), a set once it is long, so a much-mentioned entity stays linear.
    /// </summary>
    private static void AddDistinct(List<string> list, string value, ref HashSet<string>? set)
    {
        const int ScanLimit = 8;
        if (set is null && list.Count <= ScanLimit)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (ReferenceEquals(list[i], value))
                {
                    return;
                }
            }

            list.Add(value);
            return;
        }

        if (set is null)
        {
            set = new HashSet<string>(list, ReferenceEqualityComparer.Instance);
        }

        if (set.Add(value))
        {
            list.Add(value);
        }
    }
}

namespace Attribution.Entities;

/// <summary>
/// One real-world person, organisation or group the document mentions, while the entity stage builds
/// it: its best name so far, what it is, and its mentions. Becomes an <see cref="Entity"/> when a
/// speaker or addressee resolves to it. Mutable; lives for one document's entity stage, after which
/// its <see cref="ReferentRegistry"/> may <see cref="Reset"/> it for the next document.
/// </summary>
internal sealed class Referent
{
    public Referent(string name, EntityKind? kind)
    {
        Name = name;
        Kind = kind;
    }

    /// <summary>Makes this a fresh referent of another document, keeping only the capacity of its lists.</summary>
    public void Reset(string name, EntityKind? kind)
    {
        Name = name;
        Kind = kind;
        Gender = default;
        NameWords = 0;
        FirstName = null;
        IsMedia = false;
        IsCountry = false;
        IsPlace = false;
        IsPlural = false;
        IsReferenced = false;
        IsCalledHeOrShe = false;
        Titles.Clear();
        MentionCount = 0;
    }

    /// <summary>The fullest name seen (<c>António Guterres</c> over <c>Guterres</c>), or the description of an unnamed one.</summary>
    public string Name { get; set; }

    /// <summary>Null while the text has not told whether it is a person or an organisation.</summary>
    public EntityKind? Kind { get; set; }

    public Gender Gender { get; set; }

    /// <summary>Number of words of <see cref="Name"/>, so a fuller name replaces a shorter one.</summary>
    public int NameWords { get; set; }

    public string? FirstName { get; set; }

    public bool IsMedia { get; set; }

    public bool IsCountry { get; set; }

    /// <summary>Whether it is a place named after <c>in</c>/<c>at</c>, never a speaker antecedent.</summary>
    public bool IsPlace { get; set; }

    /// <summary>Whether it is several unnamed people (<c>officials</c>, <c>sources</c>): <c>they</c>, never <c>he</c> or <c>she</c>.</summary>
    public bool IsPlural { get; set; }

    /// <summary>
    /// Where titles, roles and appositives of it stand, in the order found, repeats included. Spans,
    /// not strings: most referents never become entities, so their text is read only if they do.
    /// </summary>
    public List<TextSpan> Titles { get; } = [];

    /// <summary>
    /// How many times it is mentioned. The spans, in the order found, are a chain in the document's
    /// <see cref="MentionChains"/> from <see cref="FirstMention"/> to <see cref="LastMention"/>; their text is read only
    /// if it becomes an entity.
    /// </summary>
    public int MentionCount { get; set; }

    /// <summary>Where the chain of its mentions starts in <see cref="MentionChains"/> (when <see cref="MentionCount"/> is above 0).</summary>
    public int FirstMention { get; set; }

    /// <summary>Where the chain of its mentions ends in <see cref="MentionChains"/> (when <see cref="MentionCount"/> is above 0).</summary>
    public int LastMention { get; set; }

    /// <summary>Whether a speaker or addressee resolved to it (only those become entities).</summary>
    public bool IsReferenced { get; set; }

    /// <summary>Whether a <c>he</c> or <c>she</c> has referred to it: a person for certain, whatever its name looks like.</summary>
    public bool IsCalledHeOrShe { get; set; }

    public void AddTitle(TextSpan title)
    {
        if (!title.IsEmpty && (Titles.Count == 0 || Titles[^1] != title))
        {
            Titles.Add(title);
        }
    }

    public void LearnGender(Gender gender)
    {
        if (Gender == Gender.Unknown)
        {
            Gender = gender;
        }
    }
}

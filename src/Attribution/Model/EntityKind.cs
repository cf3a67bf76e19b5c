namespace Attribution;

/// <summary>What kind of real-world speaker or addressee an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>One person.</summary>
    Person,

    /// <summary>A named organisation: a company, a ministry, a news outlet, a body.</summary>
    Organization,

    /// <summary>An unnamed group of people: <c>officials</c>, <c>Israeli civil society groups</c>.</summary>
    Group,

    /// <summary>An unnamed source: <c>a senior official who asked not to be named</c>.</summary>
    Anonymous,
}

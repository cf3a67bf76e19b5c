namespace Attribution.Lexicons;

/// <summary>Generates the plural of an English noun lemma (spokesman → spokesmen, authority → authorities). Stateless.</summary>
internal static class NounInflector
{
    public static string Plural(string lemma)
    {
        ArgumentException.ThrowIfNullOrEmpty(lemma);
        if (lemma.EndsWith("man", StringComparison.Ordinal) && lemma != "german" && lemma != "human")
        {
            return lemma[..^3] + "men";
        }

        if (lemma == "person")
        {
            return "people";
        }

        if (lemma == "child")
        {
            return "children";
        }

        if (lemma == "police" || lemma == "data" || lemma == "military" || lemma == "research")
        {
            return lemma;
        }

        if (lemma.EndsWith("-general", StringComparison.Ordinal))
        {
            return lemma[..^8] + "s-general";
        }

        return VerbInflector.ThirdPerson(lemma);
    }
}

namespace Attribution;

/// <summary>The grammatical gender an entity is referred to with, where the text tells it.</summary>
public enum Gender
{
    /// <summary>The text does not tell.</summary>
    Unknown,

    /// <summary>Referred to as <c>he</c>, <c>Mr</c>, or has a male first name.</summary>
    Male,

    /// <summary>Referred to as <c>she</c>, <c>Ms</c>, <c>Mrs</c>, or has a female first name.</summary>
    Female,
}

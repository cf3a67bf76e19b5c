using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attribution.Serialization;

/// <summary>Writes and reads an enum as its camelCase name (<c>direct</c>, <c>organization</c>), as the contract does.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;

using Microsoft.Extensions.Options;

namespace Attribution.Extensions.DependencyInjection;

/// <summary>Rejects options the builder would reject, with every reason at once, when the extractor is first resolved.</summary>
internal sealed class AttributionServiceOptionsValidator : IValidateOptions<AttributionServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, AttributionServiceOptions options)
    {
        List<string> failures = [];
        if (options.Limits is null)
        {
            failures.Add("Limits must not be null.");
        }
        else if (options.Limits.MaxDocumentLength <= 0)
        {
            failures.Add($"Limits.MaxDocumentLength must be positive (it is {options.Limits.MaxDocumentLength}).");
        }

        if (options.Limits is not null && !Enum.IsDefined(options.Limits.Granularity))
        {
            failures.Add($"Granularity must be Quote or Act (it is {options.Limits.Granularity}).");
        }

        CheckLemmas(options.CueVerbs, nameof(options.CueVerbs), failures);
        CheckLemmas(options.BeliefVerbs, nameof(options.BeliefVerbs), failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckLemmas(IList<string>? lemmas, string property, List<string> failures)
    {
        if (lemmas is null)
        {
            failures.Add($"{property} must not be null.");
            return;
        }

        for (int i = 0; i < lemmas.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lemmas[i]))
            {
                failures.Add($"{property}[{i}] is empty: a verb lemma needs letters.");
            }
        }
    }
}

using Microsoft.Extensions.Options;

namespace Douyin.Eligibility.DependencyInjection;

/// <summary>Checks <see cref="EligibilityOptions"/> when the container builds them, and when an evaluator is created from them.</summary>
internal sealed class EligibilityOptionsValidator : IValidateOptions<EligibilityOptions>
{
    /// <summary>The longest <see cref="EligibilityOptions.DirectoryPollInterval"/> and <see cref="EligibilityOptions.ReloadDebounce"/> accepted.</summary>
    public static readonly TimeSpan MaxInterval = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, EligibilityOptions options)
    {
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <exception cref="ArgumentException">The options are not valid; the message lists every problem.</exception>
    public static void ThrowIfInvalid(EligibilityOptions options)
    {
        var failures = Failures(options).ToList();
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        }
    }

    private static IEnumerable<string> Failures(EligibilityOptions options)
    {
        if (options.RequiredWorkflows is null)
        {
            yield return "EligibilityOptions.RequiredWorkflows is null; use an empty list to require no workflow.";
        }
        else if (options.RequiredWorkflows.Any(string.IsNullOrWhiteSpace))
        {
            yield return "EligibilityOptions.RequiredWorkflows contains a null or blank name.";
        }

        if (options.DirectoryPollInterval <= TimeSpan.Zero || options.DirectoryPollInterval > MaxInterval)
        {
            yield return $"EligibilityOptions.DirectoryPollInterval is {options.DirectoryPollInterval}; it must be more than zero and at most {MaxInterval}.";
        }

        if (options.ReloadDebounce > MaxInterval)
        {
            yield return $"EligibilityOptions.ReloadDebounce is {options.ReloadDebounce}; it must be at most {MaxInterval}.";
        }
    }
}

using Douyin.Eligibility.Resources;
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

    /// <summary>Every problem, in <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</summary>
    private static IEnumerable<string> Failures(EligibilityOptions options)
    {
        if (options.RequiredWorkflows is null)
        {
            yield return Catalog.Text("Options_RequiredWorkflowsNull").ToString();
        }
        else if (options.RequiredWorkflows.Any(string.IsNullOrWhiteSpace))
        {
            yield return Catalog.Text("Options_RequiredWorkflowsBlank").ToString();
        }

        if (options.DirectoryPollInterval <= TimeSpan.Zero || options.DirectoryPollInterval > MaxInterval)
        {
            yield return Catalog.Text("Options_PollInterval", options.DirectoryPollInterval, MaxInterval).ToString();
        }

        if (options.ReloadDebounce > MaxInterval)
        {
            yield return Catalog.Text("Options_ReloadDebounce", options.ReloadDebounce, MaxInterval).ToString();
        }
    }
}

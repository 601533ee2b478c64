using Douyin.Eligibility.Resources;
using Douyin.Eligibility.Rules;
using Microsoft.Extensions.Options;

namespace Douyin.Eligibility.DependencyInjection;

/// <summary>
/// Checks <see cref="EligibilityOptions"/> when the container builds them (at host start with <c>ValidateOnStart</c>),
/// and when an evaluator is created from them. In a container it also loads the rules (once: the evaluator it builds is
/// the one the container hands out), so a bad directory or a rule set with errors fails validation with every
/// diagnostic, one compiler-style line each.
/// </summary>
internal sealed class EligibilityOptionsValidator(EvaluatorBootstrap bootstrap) : IValidateOptions<EligibilityOptions>
{
    /// <summary>The longest <see cref="EligibilityOptions.DirectoryPollInterval"/> and <see cref="EligibilityOptions.ReloadDebounce"/> accepted.</summary>
    public static readonly TimeSpan MaxInterval = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, EligibilityOptions options)
    {
        var failures = Failures(options).ToList();
        if (failures.Count == 0 && string.IsNullOrEmpty(name) && bootstrap.Load(options) is { } failed)
        {
            failures.Add(RulesFailure(options, failed));
        }

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

    /// <summary>Where the rules come from, how many errors, then each error on a line of its own.</summary>
    private static string RulesFailure(EligibilityOptions options, RuleSetLoadResult failed)
    {
        var errors = failed.Errors.ToList();
        var lines = string.Concat(errors.Select(d => Environment.NewLine + d.ToString()));
        return Catalog.Text("Options_RulesRejected", options.RulesDirectory ?? "<embedded>", errors.Count, lines).ToString();
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

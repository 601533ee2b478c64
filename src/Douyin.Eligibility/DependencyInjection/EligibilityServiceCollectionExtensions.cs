using Douyin.Eligibility;
using Douyin.Eligibility.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Douyin eligibility evaluator with a service container.</summary>
public static class EligibilityServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EligibilityEvaluator"/> as a singleton built from <see cref="EligibilityOptions"/>: the
    /// embedded default rules, or <see cref="EligibilityOptions.RulesDirectory"/> (hot-reloaded with
    /// <see cref="EligibilityOptions.WatchForChanges"/>; reloads are logged through <see cref="ILogger{TCategoryName}"/>).
    /// Calling it again adds only the extra configuration. The container disposes the evaluator, which stops watching.
    /// Resolving the evaluator throws <see cref="Douyin.Eligibility.Rules.RuleSetLoadException"/> when the rules have errors,
    /// lack a workflow of <see cref="EligibilityOptions.RequiredWorkflows"/> or cannot run on
    /// <see cref="EligibilityOptions.Backend"/>, and <see cref="OptionsValidationException"/>
    /// when the options are not valid (a blank required workflow, a poll interval that is not positive).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; null keeps the defaults.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddDouyinEligibility(this IServiceCollection services, Action<EligibilityOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<EligibilityOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EligibilityOptions>, EligibilityOptionsValidator>());
        services.TryAddSingleton(provider => EligibilityEvaluator.FromOptions(
            provider.GetRequiredService<IOptions<EligibilityOptions>>().Value,
            provider.GetService<ILoggerFactory>()?.CreateLogger<EligibilityEvaluator>()));
        return services;
    }
}

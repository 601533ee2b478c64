using System.Diagnostics.Metrics;
using Douyin.Eligibility;
using Douyin.Eligibility.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Douyin eligibility evaluator with a service container.</summary>
public static class EligibilityServiceCollectionExtensions
{
    /// <summary>The configuration section the documentation uses for <see cref="EligibilityOptions"/>: <c>DouyinEligibility</c>.</summary>
    public const string DefaultSectionName = "DouyinEligibility";

    /// <summary>
    /// Registers <see cref="EligibilityEvaluator"/> and <see cref="IEligibilityEvaluator"/> as one singleton built from
    /// <see cref="EligibilityOptions"/>: the embedded default rules, or <see cref="EligibilityOptions.RulesDirectory"/>
    /// (hot-reloaded with <see cref="EligibilityOptions.WatchForChanges"/>; reloads are logged through
    /// <see cref="ILogger{TCategoryName}"/>, and metrics go to the container's <see cref="IMeterFactory"/> when there is one).
    /// Calling it again adds only the extra configuration. The container disposes the evaluator, which stops watching.
    /// The options are validated at host start (<c>ValidateOnStart</c>), the rules loaded with them: options that are not
    /// valid (a blank required workflow, a poll interval that is not positive), rules with errors, rules that lack a
    /// workflow of <see cref="EligibilityOptions.RequiredWorkflows"/> or that <see cref="EligibilityOptions.Backend"/>
    /// cannot run, and a directory that cannot be read stop the host with an <see cref="OptionsValidationException"/>
    /// whose message lists every diagnostic, one <c>file(line,col): error CODE: message</c> line each. Without a host,
    /// the first resolve throws it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; null keeps the defaults.</param>
    /// <returns>The service collection, for chaining.</returns>
#pragma warning disable RS0027 // Shipped as is; the IConfiguration overload has no optional parameter, so no call is ambiguous.
    public static IServiceCollection AddDouyinEligibility(this IServiceCollection services, Action<EligibilityOptions>? configure = null)
#pragma warning restore RS0027
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<EligibilityOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => new EvaluatorBootstrap(provider.GetService<ILoggerFactory>(), provider.GetService<IMeterFactory>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EligibilityOptions>, EligibilityOptionsValidator>());
        services.TryAddSingleton(provider => provider.GetRequiredService<EvaluatorBootstrap>().Evaluator(provider.GetRequiredService<IOptions<EligibilityOptions>>().Value));
        services.TryAddSingleton<IEligibilityEvaluator>(provider => provider.GetRequiredService<EligibilityEvaluator>());
        return services;
    }

    /// <summary>
    /// As <see cref="AddDouyinEligibility(IServiceCollection, Action{EligibilityOptions}?)"/>, with the options read from
    /// <paramref name="configuration"/> (usually <c>builder.Configuration.GetSection("DouyinEligibility")</c>, see
    /// <see cref="DefaultSectionName"/>); chain <c>.AddDouyinEligibility(o =&gt; …)</c> to set more (it runs after the
    /// section is read). The keys are the names of the options'
    /// properties: <c>RulesDirectory</c> (blank for the embedded rules), <c>WatchForChanges</c>, <c>ReloadDebounce</c> and
    /// <c>DirectoryPollInterval</c> (<c>hh:mm:ss.fff</c>), <c>RequiredWorkflows</c> (a list, or one comma-separated value,
    /// which replaces the default), <c>DefaultCulture</c> (e.g. <c>zh-CN</c>) and <c>ExplainByDefault</c>. Values that
    /// cannot be read fail validation at start, each named by its key. The section is read when the options are built,
    /// once: later changes to it are not applied.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddDouyinEligibility(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddDouyinEligibility(options => EligibilityConfiguration.Bind(configuration, options));
    }
}

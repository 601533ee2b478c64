using System.Diagnostics.CodeAnalysis;
using Douyin.Eligibility.RulesEngine;

namespace Douyin.Eligibility;

/// <summary>Turns on Microsoft RulesEngine as the typed API's backend.</summary>
public static class RulesEngineOptionsExtensions
{
    private const string NotAotCompatible = "Microsoft RulesEngine parses its expressions with System.Linq.Dynamic.Core, which "
        + "generates types and code at run time and reflects over the input types: not for a trimmed or Native AOT app, where "
        + "the default engine serves (docs/aot.md).";

    /// <summary>
    /// Evaluates every family on Microsoft RulesEngine 6: each loaded rule set is translated (a rule that cannot be
    /// translated is a load error) and run as plain RulesEngine workflows. Decisions keep their outcomes, reason codes and
    /// messages; reasons carry no trace, observed value or gap (<see cref="EvaluationBackend.CanExplain"/> is false).
    /// </summary>
    /// <param name="options">The options to change.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <example><code>services.AddDouyinEligibility(o => o.UseMicrosoftRulesEngine());</code></example>
    [RequiresDynamicCode(NotAotCompatible)]
    [RequiresUnreferencedCode(NotAotCompatible)]
    public static EligibilityOptions UseMicrosoftRulesEngine(this EligibilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Backend = RulesEngineBackend.Instance;
        return options;
    }
}

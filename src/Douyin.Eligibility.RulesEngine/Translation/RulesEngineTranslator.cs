using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// Translates loaded, type-checked rules into plain Microsoft RulesEngine 6 workflows (Dynamic LINQ expressions over
/// <see cref="DouyinRuleFunctions"/>). Anything it cannot translate exactly is a diagnostic, never a silent difference.
/// </summary>
public static class RulesEngineTranslator
{
    /// <summary>Translates every workflow version of <paramref name="ruleSet"/>.</summary>
    /// <param name="ruleSet">A loaded rule set.</param>
    public static RulesEngineTranslation Translate(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return WorkflowTranslator.Translate(ruleSet.Workflows);
    }

    /// <summary>Translates the given workflow versions (e.g. one version of a set).</summary>
    /// <param name="workflows">Loaded workflow versions.</param>
    public static RulesEngineTranslation Translate(IEnumerable<Rules.Workflow> workflows)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        return WorkflowTranslator.Translate(workflows);
    }
}

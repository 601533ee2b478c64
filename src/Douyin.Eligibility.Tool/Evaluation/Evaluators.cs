using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tool.Rules;

namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>Creates the evaluator a command uses: from <c>--rules</c>, or the rules shipped with the library.</summary>
internal static class Evaluators
{
    public static IDecisionEvaluator Create(string? rulesPath, ToolContext context, string? version = null)
    {
        if (rulesPath is not null)
        {
            return new RuleSetEvaluator(RuleFiles.LoadOrFail(rulesPath, context), version);
        }

        var sources = RuleSource.FromEmbeddedResources(typeof(MerchantSnapshot).Assembly, string.Empty);
        if (sources.Count == 0)
        {
            throw new ToolException("No rules given (--rules) and the library ships no default rules.");
        }

        return new RuleSetEvaluator(RuleSet.Load(sources, RuleFiles.Options()).GetRuleSetOrThrow(), version);
    }
}

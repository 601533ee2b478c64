using System.Globalization;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tool.Loading;

namespace Douyin.Eligibility.Tool.Evaluation;

/// <summary>Creates the evaluator a command uses: from <c>--rules</c> (a file or directory), or the rules shipped with the library.</summary>
internal static class Evaluators
{
    // culture: the language rule-file diagnostics are printed in.
    public static IDecisionEvaluator Create(string? rulesPath, ToolContext context, CultureInfo culture, string? version = null)
    {
        var evaluator = rulesPath is null
            ? EligibilityEvaluator.CreateDefault()
            : new EligibilityEvaluator(new RuleSetHolder(RuleFiles.LoadOrFail(rulesPath, context, culture)));
        return new TypedEvaluator(evaluator, version);
    }
}

using System.Text.Json;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using RulesEngine.Models;

namespace Douyin.Eligibility.Benchmarks.Admission;

/// <summary>
/// AllianceAdmission hand-translated for Microsoft RulesEngine 6.0.1 (admission.rulesengine.json, embedded): each of
/// the twelve rules is a pair of Dynamic LINQ forms, "definitely true" and "definitely false", so Passed, Failed and
/// Indeterminate (neither holds) come back exactly; <see cref="AdmissionFunctions"/> covers the date windows.
/// </summary>
public sealed class RulesEngineAdmission
{
    /// <summary>The RulesEngine workflow name.</summary>
    public const string WorkflowName = "AllianceAdmission";

    private readonly global::RulesEngine.RulesEngine _engine;

    /// <summary>Builds the engine from the embedded workflow JSON.</summary>
    public RulesEngineAdmission()
    {
        using var stream = typeof(RulesEngineAdmission).Assembly.GetManifestResourceStream("admission.rulesengine.json")
            ?? throw new InvalidOperationException("admission.rulesengine.json is not embedded.");
        var workflows = JsonSerializer.Deserialize<global::RulesEngine.Models.Workflow[]>(stream) ?? [];
        _engine = new global::RulesEngine.RulesEngine(workflows, new ReSettings { CustomTypes = [typeof(AdmissionFunctions)] });
    }

    /// <summary>Runs every rule pair; writes the twelve three-valued outcomes and returns their And.</summary>
    public RuleOutcome Evaluate(MerchantSnapshot merchant, DateOnly asOf, Span<RuleOutcome> outcomes)
    {
        var results = _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("merchant", merchant), new RuleParameter("asOf", asOf))
            .AsTask().GetAwaiter().GetResult();
        var verdict = RuleOutcome.Passed;
        for (var i = 0; i < results.Count / 2; i++)
        {
            var definitelyTrue = results[2 * i];
            var definitelyFalse = results[(2 * i) + 1];
            if (definitelyTrue.ExceptionMessage is { Length: > 0 } || definitelyFalse.ExceptionMessage is { Length: > 0 })
            {
                outcomes[i] = RuleOutcome.Error;
            }
            else
            {
                outcomes[i] = definitelyTrue.IsSuccess ? RuleOutcome.Passed : definitelyFalse.IsSuccess ? RuleOutcome.Failed : RuleOutcome.Indeterminate;
            }

            verdict = (verdict, outcomes[i]) switch
            {
                (RuleOutcome.Failed, _) or (_, RuleOutcome.Failed) => RuleOutcome.Failed,
                (RuleOutcome.Error, _) or (_, RuleOutcome.Error) => RuleOutcome.Error,
                (RuleOutcome.Indeterminate, _) or (_, RuleOutcome.Indeterminate) => RuleOutcome.Indeterminate,
                _ => RuleOutcome.Passed,
            };
        }

        return verdict;
    }
}

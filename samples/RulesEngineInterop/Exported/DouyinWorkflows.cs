// Written by `douyin-eligibility export --to rulesengine`: the exported workflow versions, their RulesEngine settings,
// and the reader of the Douyin rules' outcomes (see README.md). Do not edit; export again.
#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Douyin.Eligibility.RulesEngine;
using RulesEngine.Models;

namespace Douyin.Eligibility.Interop;

/// <summary>A Douyin rule's outcome: missing data gives Indeterminate, never a pass.</summary>
public enum DouyinOutcome
{
    /// <summary>The condition holds.</summary>
    Passed,

    /// <summary>The condition does not hold.</summary>
    Failed,

    /// <summary>Data the condition needs is missing.</summary>
    Indeterminate,

    /// <summary>The condition could not be computed (an overflow, a division by zero).</summary>
    Error,
}

/// <summary>
/// Reads each Douyin rule's outcome from the results of <c>ExecuteAllRulesAsync</c> on an exported workflow. Every
/// leaf rule is a pair of RulesEngine rules whose Properties name it (<c>DouyinRule</c>: its path, parent names
/// joined by <c>/</c>) and their form (<c>DouyinForm</c>: <c>True</c> or <c>False</c>): an exception in either form
/// is Error, the True form succeeding is Passed, the False form succeeding is Failed, neither is Indeterminate.
/// Nested rules combine by <see cref="DouyinWorkflows.NestedOperators"/>, and a workflow's outcome is its rules combined with And.
/// </summary>
public static class DouyinRuleOutcomes
{
    /// <summary>The outcome of each top-level rule of the workflow, in the workflow's order.</summary>
    public static IReadOnlyList<KeyValuePair<string, DouyinOutcome>> Read(string workflowName, IEnumerable<RuleResultTree> results)
    {
        var operators = DouyinWorkflows.NestedOperators.TryGetValue(workflowName, out var known) ? known : new Dictionary<string, string>();
        var pairs = new Dictionary<string, (RuleResultTree? True, RuleResultTree? False)>(StringComparer.Ordinal);
        var paths = new List<string>();
        foreach (var result in results)
        {
            var path = Property(result, "DouyinRule");
            var isTrue = Property(result, "DouyinForm") == "True";
            if (!pairs.TryGetValue(path, out var pair))
            {
                paths.Add(path);
            }

            pairs[path] = isTrue ? (result, pair.False) : (pair.True, result);
        }

        var top = paths.Select(p => p.Split('/')[0]).Distinct(StringComparer.Ordinal);
        return top.Select(name => new KeyValuePair<string, DouyinOutcome>(name, Outcome(name, pairs, paths, operators))).ToList();
    }

    /// <summary>The workflow's outcome: its rules' outcomes combined with And.</summary>
    public static DouyinOutcome Workflow(IEnumerable<DouyinOutcome> outcomes) => Combine("And", outcomes);

    /// <summary>
    /// And: any Failed decides Failed; else any Error gives Error; else any Indeterminate gives Indeterminate; else
    /// Passed. Or: any Passed decides Passed; else Error, then Indeterminate, as for And; else Failed.
    /// </summary>
    public static DouyinOutcome Combine(string op, IEnumerable<DouyinOutcome> outcomes)
    {
        var isAnd = op == "And";
        var decisive = isAnd ? DouyinOutcome.Failed : DouyinOutcome.Passed;
        var sawError = false;
        var sawUnknown = false;
        foreach (var outcome in outcomes)
        {
            if (outcome == decisive)
            {
                return decisive;
            }

            sawError |= outcome == DouyinOutcome.Error;
            sawUnknown |= outcome == DouyinOutcome.Indeterminate;
        }

        return sawError ? DouyinOutcome.Error : sawUnknown ? DouyinOutcome.Indeterminate : isAnd ? DouyinOutcome.Passed : DouyinOutcome.Failed;
    }

    private static DouyinOutcome Outcome(string path, Dictionary<string, (RuleResultTree? True, RuleResultTree? False)> pairs, List<string> paths, IReadOnlyDictionary<string, string> operators)
    {
        if (pairs.TryGetValue(path, out var pair))
        {
            if (pair.True is null || pair.False is null)
            {
                throw new ArgumentException($"The results hold only one form of the rule {path}.");
            }

            return !string.IsNullOrEmpty(pair.True.ExceptionMessage) || !string.IsNullOrEmpty(pair.False.ExceptionMessage) ? DouyinOutcome.Error
                : pair.True.IsSuccess ? DouyinOutcome.Passed
                : pair.False.IsSuccess ? DouyinOutcome.Failed
                : DouyinOutcome.Indeterminate;
        }

        var prefix = path + "/";
        var children = paths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal))
            .Select(p => prefix + p.Substring(prefix.Length).Split('/')[0])
            .Distinct(StringComparer.Ordinal);
        var op = operators.TryGetValue(path, out var known) ? known : throw new ArgumentException($"The rule {path} has nested rules but no operator in DouyinWorkflows.NestedOperators.");
        return Combine(op, children.Select(child => Outcome(child, pairs, paths, operators)).ToList());
    }

    private static string Property(RuleResultTree result, string key)
        => result.Rule.Properties is { } properties && properties.TryGetValue(key, out var value) && Convert.ToString(value, CultureInfo.InvariantCulture) is { } text
            ? text
            : throw new ArgumentException($"The RulesEngine rule {result.Rule.RuleName} has no {key} property; it is not from an exported Douyin workflow.");
}

/// <summary>One exported workflow version.</summary>
/// <param name="WorkflowName">The RulesEngine workflow name, unique per version (<c>Name@version</c>).</param>
/// <param name="Name">The Douyin workflow name the versions share.</param>
/// <param name="EffectiveFrom">The first day in force (inclusive); null: no lower bound.</param>
/// <param name="EffectiveTo">The last day in force (inclusive); null: no upper bound.</param>
/// <param name="IsEnabled">False for a version that is never chosen by date.</param>
/// <param name="Inputs">The RuleParameters to pass besides <c>asOf</c>: name and type, in order.</param>
public sealed record DouyinWorkflowVersion(string WorkflowName, string Name, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, bool IsEnabled, IReadOnlyList<KeyValuePair<string, Type>> Inputs)
{
    /// <summary>Whether this version is enabled and in force on <paramref name="date"/>.</summary>
    public bool IsInForce(DateOnly date) => IsEnabled && (EffectiveFrom is null || EffectiveFrom <= date) && (EffectiveTo is null || date <= EffectiveTo);
}
/// <summary>The exported workflow versions, the RulesEngine settings they run with, and how nested rules combine.</summary>
public static class DouyinWorkflows
{
    /// <summary>Every exported version, in the rule set's order.</summary>
    public static IReadOnlyList<DouyinWorkflowVersion> All { get; } =
    [
        new("AllianceAdmission@100-point", "AllianceAdmission", null, null, false, [new("merchant", typeof(MerchantSnapshot))]),
        new("AllianceAdmission@2020-04-01", "AllianceAdmission", new DateOnly(2020, 4, 1), new DateOnly(2021, 12, 31), true, [new("merchant", typeof(MerchantSnapshot))]),
        new("AllianceAdmission@2022", "AllianceAdmission", new DateOnly(2022, 1, 1), new DateOnly(2022, 8, 21), true, [new("merchant", typeof(MerchantSnapshot))]),
        new("AllianceAdmission@2022-08-22", "AllianceAdmission", new DateOnly(2022, 8, 22), new DateOnly(2024, 7, 24), true, [new("merchant", typeof(MerchantSnapshot))]),
        new("AllianceAdmission@2024-07-25", "AllianceAdmission", new DateOnly(2024, 7, 25), null, true, [new("merchant", typeof(MerchantSnapshot))]),
        new("AllianceClearance@2020-04-01", "AllianceClearance", new DateOnly(2020, 4, 1), new DateOnly(2021, 12, 31), true, [new("merchant", typeof(MerchantSnapshot))]),
        new("AllianceClearance@2022", "AllianceClearance", new DateOnly(2022, 1, 1), new DateOnly(2022, 8, 21), true, [new("merchant", typeof(MerchantSnapshot))]),
        new("AllianceClearance@2022-08-22", "AllianceClearance", new DateOnly(2022, 8, 22), new DateOnly(2024, 7, 24), true, [new("merchant", typeof(MerchantSnapshot))]),
        new("AllianceClearance@2024-07-25", "AllianceClearance", new DateOnly(2024, 7, 25), null, true, [new("merchant", typeof(MerchantSnapshot))]),
        new("AllianceProductClearance@2024-07-25", "AllianceProductClearance", new DateOnly(2024, 7, 25), null, true, [new("product", typeof(ProductSnapshot))]),
        new("BrandProviderRenewal@2023", "BrandProviderRenewal", new DateOnly(2022, 12, 26), null, true, [new("provider", typeof(BrandProviderSnapshot))]),
        new("StoreOperationAdmission@2024-01-02", "StoreOperationAdmission", new DateOnly(2024, 1, 2), null, true, [new("provider", typeof(StoreOperationProviderSnapshot))]),
        new("StoreOperationPenalty@2024-01-02", "StoreOperationPenalty", new DateOnly(2024, 1, 2), null, true, [new("provider", typeof(StoreOperationProviderSnapshot))]),
    ];

    /// <summary>The rules with nested rules, by workflow name, and how their nested rules combine (<c>And</c> or <c>Or</c>), by rule path.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> NestedOperators { get; } = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["StoreOperationAdmission@2024-01-02"] = new Dictionary<string, string>
        {
            ["CoreSoftwareModules"] = "And",
        },
    };

    /// <summary>The RulesEngine settings the workflows are written for.</summary>
    public static ReSettings CreateSettings() => new()
    {
        CustomTypes = [typeof(DouyinRuleFunctions)],
        EnableScopedParams = true,
        UseFastExpressionCompiler = false,
        IsExpressionCaseSensitive = true,
        EnableExceptionAsErrorMessage = true,
        IgnoreException = false,
    };

    /// <summary>The enabled version of <paramref name="name"/> in force on <paramref name="date"/>, or null.</summary>
    public static DouyinWorkflowVersion? InForce(string name, DateOnly date)
        => All.FirstOrDefault(v => v.Name == name && v.IsInForce(date));
}

// Written by `douyin-eligibility export --to rulesengine`: the exported workflow versions and their RulesEngine
// settings (see README.md). Do not edit; export again.
#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Douyin.Eligibility.RulesEngine;
using RulesEngine.Models;

namespace Douyin.Eligibility.Interop;

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
/// <summary>The exported workflow versions and the RulesEngine settings they run with.</summary>
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
        new("BrandProviderAssessment@2022-08-25", "BrandProviderAssessment", new DateOnly(2022, 8, 25), null, true, [new("provider", typeof(BrandProviderSnapshot))]),
        new("BrandProviderRenewal@2023", "BrandProviderRenewal", new DateOnly(2022, 12, 26), new DateOnly(2023, 1, 25), true, [new("provider", typeof(BrandProviderSnapshot))]),
        new("StoreOperationAdmission@2024-01-02", "StoreOperationAdmission", new DateOnly(2024, 1, 2), null, true, [new("provider", typeof(StoreOperationProviderSnapshot))]),
        new("StoreOperationPenalty@2024-01-02", "StoreOperationPenalty", new DateOnly(2024, 1, 2), null, true, [new("provider", typeof(StoreOperationProviderSnapshot))]),
    ];

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

using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>
/// What every compiled delegate of a rule set shares: the cost model whose maximum sizes it enforces and, in test
/// builds, whether it counts its steps.
/// </summary>
internal sealed record CompileSettings(CostModel Costs, bool CountWork)
{
    public static CompileSettings Default => new(new CostModel(SizeLimits.Default), false);
}

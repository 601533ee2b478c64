using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Douyin.Eligibility.Rules.Binding;

namespace Douyin.Eligibility.Rules.Compilation;

/// <summary>
/// What every compiled delegate of a rule set shares: the cost model whose maximum sizes it enforces and, in test
/// builds, whether it counts its steps and whether it interprets the trees where it could compile them.
/// </summary>
internal sealed record CompileSettings(CostModel Costs, bool CountWork, bool Interpret = false, VerdictTiering Tiering = VerdictTiering.Automatic)
{
    public static CompileSettings Default => new(new CostModel(SizeLimits.Default), false);

    /// <summary>
    /// The one place trees become delegates: compiled to IL where the runtime can generate code, interpreted where it
    /// cannot (Native AOT, docs/aot.md) or when <see cref="Interpret"/> is set (test builds check both give the same results).
    /// </summary>
    public TDelegate ToDelegate<TDelegate>(Expression<TDelegate> lambda)
        where TDelegate : Delegate
        => Interpreted ? lambda.Compile(preferInterpretation: true) : lambda.Compile();

    /// <summary>Whether <see cref="ToDelegate{TDelegate}"/> interprets.</summary>
    public bool Interpreted => Interpret || !RuntimeFeature.IsDynamicCodeSupported;
}

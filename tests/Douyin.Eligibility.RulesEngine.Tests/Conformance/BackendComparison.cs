using System.Text;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.RulesEngine;
using Douyin.Eligibility.Testing.Generation;
using RulesEngine.Models;
using Workflow = Douyin.Eligibility.Rules.Workflow;

namespace Douyin.Eligibility.Testing.Conformance;

/// <summary>
/// Runs cases through the built-in engine (<see cref="Workflow.Evaluate(DateOnly, object?[])"/>) and through the
/// RulesEngine translation of the same rule set (one engine holding every translated version), and compares every
/// top-level rule's three-valued outcome.
/// </summary>
public sealed class BackendComparison
{
    private readonly global::RulesEngine.RulesEngine _engine;

    /// <summary>Translates <paramref name="ruleSet"/> and builds the RulesEngine that runs it.</summary>
    public BackendComparison(RuleSet ruleSet)
        : this(RulesEngineTranslator.Translate(ruleSet))
    {
    }

    /// <summary>Builds the RulesEngine that runs <paramref name="translation"/>.</summary>
    public BackendComparison(RulesEngineTranslation translation)
    {
        Translation = translation;
        _engine = translation.CreateEngine();
    }

    /// <summary>The translation compared.</summary>
    public RulesEngineTranslation Translation { get; }

    /// <summary>Runs every case on every one of <paramref name="versions"/> and adds the comparisons to <paramref name="report"/>.</summary>
    public void Compare(IReadOnlyList<Workflow> versions, IEnumerable<ConformanceCase> cases, ConformanceReport report)
    {
        var translated = new TranslatedWorkflow?[versions.Count];
        for (var i = 0; i < versions.Count; i++)
        {
            translated[i] = Translation.Find(versions[i]);
            if (translated[i] is null)
            {
                var diagnostics = Translation.Diagnostics.Where(d => d.IsError).Take(5).Select(d => d.ToString());
                report.Failures.Add($"{versions[i]} did not translate: {string.Join("; ", diagnostics)}");
            }
        }

        foreach (var @case in cases)
        {
            for (var i = 0; i < versions.Count; i++)
            {
                if (translated[i] is { } t)
                {
                    Compare(versions[i], t, @case, report);
                }
            }
        }
    }

    /// <summary>Runs one case on one version on both backends and adds the comparison to <paramref name="report"/>.</summary>
    public void Compare(Workflow workflow, TranslatedWorkflow translated, ConformanceCase @case, ConformanceReport report)
    {
        var builtIn = workflow.Evaluate(@case.AsOf, @case.Input).Outcomes;
        List<RuleResultTree> results;
        try
        {
            results = _engine.ExecuteAllRulesAsync(translated.WorkflowName, translated.CreateParameters(@case.AsOf, @case.Input)).AsTask().GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            report.Failures.Add($"{workflow} on {@case}: RulesEngine threw {e.GetType().Name}: {e.Message}");
            return;
        }

        var outcomes = new RuleOutcome[builtIn.Count];
        translated.ReadOutcomes(results, outcomes);
        report.Evaluated();
        for (var i = 0; i < builtIn.Count; i++)
        {
            var rule = workflow.Rules[i];
            report.Compared(
                builtIn[i],
                outcomes[i] == builtIn[i] ? null : new Disagreement(workflow.ToString(), rule.Name, @case.ToString(), builtIn[i], outcomes[i], Describe(rule, results)));
        }
    }

    // The rule's own expression, then each RulesEngine form of it (the pair of each leaf, nested leaves included).
    private static string Describe(RuleInfo rule, IEnumerable<RuleResultTree> results)
    {
        var text = new StringBuilder().Append("  rule: ").Append(rule.Expression ?? $"({rule.Operator} of {rule.Children.Count} rules)");
        foreach (var result in results.Where(r => BelongsTo(r.Rule, rule.Name)))
        {
            text.AppendLine().Append("  ").Append(result.Rule.RuleName).Append(" = ").Append(result.IsSuccess)
                .Append(string.IsNullOrEmpty(result.ExceptionMessage) ? "" : $" (exception: {result.ExceptionMessage})")
                .Append(": ").Append(result.Rule.Expression);
        }

        return text.ToString();
    }

    private static bool BelongsTo(Rule rule, string name)
    {
        var path = rule.Properties is { } properties && properties.TryGetValue("DouyinRule", out var value) ? value?.ToString() : null;
        path ??= rule.RuleName;
        return path == name || path.StartsWith(name + "/", StringComparison.Ordinal) || path.StartsWith(name + ".", StringComparison.Ordinal);
    }
}

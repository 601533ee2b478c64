using System.Globalization;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Rules.Evaluation;
using RulesEngine.Models;
using REWorkflow = RulesEngine.Models.Workflow;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>Builds the RulesEngine workflow of each workflow version: a pair of rules per leaf, and how to read them back.</summary>
internal static class WorkflowTranslator
{
    public static RulesEngineTranslation Translate(IEnumerable<Rules.Workflow> workflows)
    {
        var translated = new List<TranslatedWorkflow>();
        var diagnostics = new List<Diagnostic>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var workflow in workflows)
        {
            var errors = diagnostics.Count;
            var result = Translate(workflow, UniqueName(workflow, names), diagnostics);
            if (result is not null && diagnostics.Count == errors)
            {
                translated.Add(result);
            }
        }

        return new RulesEngineTranslation(translated, diagnostics);
    }

    /// <summary>The RulesEngine name of a version: <c>Name@Version</c> (or its first day), unique within the set.</summary>
    private static string UniqueName(Rules.Workflow workflow, HashSet<string> taken)
    {
        var label = workflow.Version ?? workflow.EffectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var name = label is null ? workflow.Name : $"{workflow.Name}@{label}";
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = $"{name}#{n}";
        }

        return unique;
    }

    private static TranslatedWorkflow? Translate(Rules.Workflow workflow, string name, List<Diagnostic> diagnostics)
    {
        var inputNames = workflow.Inputs.Select(i => i.Name).ToArray();
        if (inputNames.Any(n => string.Equals(n, TranslatedWorkflow.AsOfParameter, StringComparison.OrdinalIgnoreCase)))
        {
            diagnostics.Add(TranslationDiagnostics.AsOfNameTaken(workflow));
            return null;
        }

        var rules = new List<Rule>();
        var locations = new List<SourceLocation>();
        foreach (var rule in workflow.CompiledRules)
        {
            Add(rule, rule.Info.Name, operators: null, inputNames, rules, locations, diagnostics);
        }

        var target = new REWorkflow { WorkflowName = name, Rules = rules };
        return new TranslatedWorkflow(workflow, target, [.. locations]);
    }

    /// <summary>
    /// Adds the pair of a leaf, or the pairs of a parent's leaves in order (so a parent's leaves follow each other, as
    /// <see cref="DouyinRuleOutcomes.Read"/> reads them); <paramref name="operators"/> are the parents' operators so far.
    /// </summary>
    private static void Add(CompiledRule rule, string path, string? operators, string[] inputNames, List<Rule> rules, List<SourceLocation> locations, List<Diagnostic> diagnostics)
    {
        if (rule.Condition is not { } condition)
        {
            var op = rule.Info.Operator!.Value.ToString();
            foreach (var child in rule.Children)
            {
                Add(child, $"{path}/{child.Info.Name}", operators is null ? op : $"{operators}/{op}", inputNames, rules, locations, diagnostics);
            }

            return;
        }

        var translator = new ExpressionTranslator(inputNames);
        string whenTrue, whenFalse;
        try
        {
            whenTrue = translator.WhenTrue(condition);
            whenFalse = translator.WhenFalse(condition);
        }
        catch (TranslationException untranslatable)
        {
            diagnostics.Add(TranslationDiagnostics.Untranslatable(rule.Info, untranslatable));
            return;
        }

        var locals = translator.LocalParams.Select(p => new ScopedParam { Name = p.Name, Expression = p.Expression }).ToList();
        rules.Add(Form(rule.Info, path, operators, "True", whenTrue, locals));
        rules.Add(Form(rule.Info, path, operators, "False", whenFalse, locals));
        locations.Add(rule.Info.Location);
        locations.Add(rule.Info.Location);
    }

    private static Rule Form(RuleInfo info, string path, string? operators, string form, string expression, List<ScopedParam> locals)
    {
        var properties = new Dictionary<string, object> { [DouyinRuleOutcomes.RuleProperty] = path, [DouyinRuleOutcomes.FormProperty] = form };
        if (operators is not null)
        {
            properties[DouyinRuleOutcomes.OperatorsProperty] = operators;
        }

        if (info.ReasonCode is { } code)
        {
            properties["ReasonCode"] = code;
        }

        return new Rule
        {
            RuleName = $"{path}.{form}",
            Expression = expression,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            LocalParams = locals.Count == 0 ? null : locals,
            Properties = properties,
            Enabled = true,
        };
    }
}

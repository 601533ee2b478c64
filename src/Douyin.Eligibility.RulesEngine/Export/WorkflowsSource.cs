using System.Globalization;
using System.Text;
using Douyin.Eligibility.Rules;
using RulesEngine.Models;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// The C# source of the export's catalog and outcome reader: <c>DouyinWorkflows</c> (every exported version with its
/// dates and inputs, the RulesEngine settings, and the operators of rules with nested rules, which the workflow JSON does
/// not carry) and <c>DouyinRuleOutcomes</c>, which reads each Douyin rule's three-valued outcome back from a plain
/// RulesEngine run as <see cref="TranslatedWorkflow.ReadOutcomes"/> does.
/// </summary>
internal static class WorkflowsSource
{
    public static string Write(RulesEngineTranslation translation, IReadOnlyList<ExportedType> types, string ns)
    {
        var names = types.ToDictionary(t => t.Clr, t => t.Name);
        var text = new StringBuilder();
        text.Append("// Written by `douyin-eligibility export --to rulesengine`: the exported workflow versions, their RulesEngine settings,\n")
            .Append("// and the reader of the Douyin rules' outcomes (see README.md). Do not edit; export again.\n")
            .Append("#nullable enable\n")
            .Append("using System;\n")
            .Append("using System.Collections.Generic;\n")
            .Append("using System.Globalization;\n")
            .Append("using System.Linq;\n")
            .Append("using Douyin.Eligibility.RulesEngine;\n")
            .Append("using RulesEngine.Models;\n\n")
            .Append("namespace ").Append(ns).Append(";\n\n")
            .Append(Fixed.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Append('\n');
        Catalog(text, translation, names);
        return text.ToString();
    }

    private static void Catalog(StringBuilder text, RulesEngineTranslation translation, Dictionary<Type, string> names)
    {
        var settings = translation.CreateSettings();
        text.Append("/// <summary>The exported workflow versions, the RulesEngine settings they run with, and how nested rules combine.</summary>\n")
            .Append("public static class DouyinWorkflows\n")
            .Append("{\n")
            .Append("    /// <summary>Every exported version, in the rule set's order.</summary>\n")
            .Append("    public static IReadOnlyList<DouyinWorkflowVersion> All { get; } =\n")
            .Append("    [\n");
        foreach (var workflow in translation.Workflows)
        {
            var source = workflow.Source;
            var inputs = string.Join(", ", source.Inputs.Select(i => $"new({CSharpText.Literal(i.Name)}, typeof({names[i.Type]}))"));
            text.Append(CultureInfo.InvariantCulture, $"        new({CSharpText.Literal(workflow.WorkflowName)}, {CSharpText.Literal(source.Name)}, {Day(source.EffectiveFrom)}, {Day(source.EffectiveTo)}, {Bool(source.IsEnabled)}, [{inputs}]),\n");
        }

        text.Append("    ];\n\n")
            .Append("    /// <summary>The rules with nested rules, by workflow name, and how their nested rules combine (<c>And</c> or <c>Or</c>), by rule path.</summary>\n")
            .Append("    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> NestedOperators { get; } = new Dictionary<string, IReadOnlyDictionary<string, string>>\n")
            .Append("    {\n");
        foreach (var workflow in translation.Workflows)
        {
            var parents = new List<(string Path, RuleOperator Operator)>();
            foreach (var rule in workflow.Source.Rules)
            {
                Parents(rule, rule.Name, parents);
            }

            if (parents.Count == 0)
            {
                continue;
            }

            text.Append("        [").Append(CSharpText.Literal(workflow.WorkflowName)).Append("] = new Dictionary<string, string>\n")
                .Append("        {\n");
            foreach (var (path, op) in parents)
            {
                text.Append("            [").Append(CSharpText.Literal(path)).Append("] = \"").Append(op).Append("\",\n");
            }

            text.Append("        },\n");
        }

        text.Append("    };\n\n")
            .Append("    /// <summary>The RulesEngine settings the workflows are written for.</summary>\n")
            .Append("    public static ReSettings CreateSettings() => new()\n")
            .Append("    {\n")
            .Append(CultureInfo.InvariantCulture, $"        CustomTypes = [{CustomTypes(settings, names)}],\n")
            .Append(CultureInfo.InvariantCulture, $"        EnableScopedParams = {Bool(settings.EnableScopedParams)},\n")
            .Append(CultureInfo.InvariantCulture, $"        UseFastExpressionCompiler = {Bool(settings.UseFastExpressionCompiler)},\n")
            .Append(CultureInfo.InvariantCulture, $"        IsExpressionCaseSensitive = {Bool(settings.IsExpressionCaseSensitive)},\n")
            .Append(CultureInfo.InvariantCulture, $"        EnableExceptionAsErrorMessage = {Bool(settings.EnableExceptionAsErrorMessage)},\n")
            .Append(CultureInfo.InvariantCulture, $"        IgnoreException = {Bool(settings.IgnoreException)},\n")
            .Append("    };\n\n")
            .Append("    /// <summary>The enabled version of <paramref name=\"name\"/> in force on <paramref name=\"date\"/>, or null.</summary>\n")
            .Append("    public static DouyinWorkflowVersion? InForce(string name, DateOnly date)\n")
            .Append("        => All.FirstOrDefault(v => v.Name == name && v.IsInForce(date));\n")
            .Append("}\n");
    }

    /// <summary>The settings' custom types as C# <c>typeof</c> expressions over the exported names.</summary>
    internal static string CustomTypes(ReSettings settings, IReadOnlyDictionary<Type, string> names)
        => string.Join(", ", (settings.CustomTypes ?? []).Select(t => $"typeof({(names.TryGetValue(t, out var name) ? name : t == typeof(DouyinRuleFunctions) ? t.Name : t.FullName)})"));

    internal static string Bool(bool value) => value ? "true" : "false";

    private static string Day(DateOnly? day) => day is { } d ? $"new DateOnly({d.Year}, {d.Month}, {d.Day})" : "null";

    private static void Parents(RuleInfo rule, string path, List<(string, RuleOperator)> parents)
    {
        if (rule.Operator is not { } op)
        {
            return;
        }

        parents.Add((path, op));
        foreach (var child in rule.Children)
        {
            Parents(child, $"{path}/{child.Name}", parents);
        }
    }

    private const string Fixed = """
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
        """;
}

using System.Globalization;
using System.Text;
using Douyin.Eligibility.Rules;
using RulesEngine.Models;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// The C# source of the export's catalog, <c>DouyinWorkflows</c>: every exported version with its dates and inputs
/// (which the RulesEngine workflow JSON does not carry) and the RulesEngine settings. Outcomes are read back with
/// <see cref="DouyinRuleOutcomes"/>, exported beside it.
/// </summary>
internal static class WorkflowsSource
{
    public static string Write(RulesEngineTranslation translation, IReadOnlyList<ExportedType> types, string ns)
    {
        var names = types.ToDictionary(t => t.Clr, t => t.Name);
        var text = new StringBuilder();
        text.Append("// Written by `douyin-eligibility export --to rulesengine`: the exported workflow versions and their RulesEngine\n")
            .Append("// settings (see README.md). Do not edit; export again.\n")
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
        text.Append("/// <summary>The exported workflow versions and the RulesEngine settings they run with.</summary>\n")
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

    private const string Fixed = """
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

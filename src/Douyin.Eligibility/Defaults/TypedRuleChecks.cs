using System.Text.Json;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using static Douyin.Eligibility.Decisions.TypedRuleValues;

namespace Douyin.Eligibility.Defaults;

/// <summary>
/// The load-time checks of what the typed API relies on in rule files (docs/rule-conventions.md): the values it reads
/// (each a <see cref="EligibilityDiagnosticCodes.TypedValueOutOfRange"/> error at the value) and the one input it
/// passes (<see cref="EligibilityDiagnosticCodes.TypedInputMismatch"/>). A set with one never loads for the typed API,
/// and every set that loads is one it can evaluate and the decisions can compute with.
/// </summary>
internal static class TypedRuleChecks
{
    private static readonly string LevelNames = string.Join(", ", Levels);
    private static readonly string ScaleNames = string.Join(" or ", Scales);

    /// <summary>
    /// <paramref name="result"/> when it has no rule set or the set passes the checks; otherwise a failed result with
    /// the load's diagnostics and the checks' errors, in file, line and column order.
    /// </summary>
    public static RuleSetLoadResult Apply(RuleSetLoadResult result, IReadOnlyList<RuleSource> sources)
    {
        if (result.RuleSet is not { } set)
        {
            return result;
        }

        return result.WithDiagnostics(Check(set, sources));
    }

    /// <summary>Every problem with the values the typed API reads, once each (an injected rule is reported once).</summary>
    public static IReadOnlyList<Diagnostic> Check(RuleSet set, IReadOnlyList<RuleSource> sources)
    {
        var report = new Report(sources);
        foreach (var workflow in set.Workflows.Where(w => EligibilityWorkflows.All.Contains(w.Name, StringComparer.OrdinalIgnoreCase)))
        {
            Inputs(report, workflow);
            Scale(report, workflow);
            if (Is(workflow, EligibilityWorkflows.AllianceAdmission) || Is(workflow, EligibilityWorkflows.AllianceClearance))
            {
                Param(report, workflow, MaxOpeningsParameter, Openings, required: false);
            }
            else if (Is(workflow, EligibilityWorkflows.BrandProviderRenewal))
            {
                var bands = workflow.Rules.Where(r => r.Properties.ContainsKey(CriterionProperty)).ToList();
                bands.ForEach(band => Band(report, band));
                Param(report, workflow, PassMarkParameter, PassMark, required: bands.Count > 0);
            }
            else if (Is(workflow, EligibilityWorkflows.StoreOperationPenalty))
            {
                workflow.Rules.ToList().ForEach(rule => PenaltyRule(report, rule));
            }
        }

        return report.Diagnostics;
    }

    private static bool Is(Workflow workflow, string name) => string.Equals(workflow.Name, name, StringComparison.OrdinalIgnoreCase);

    private static void Inputs(Report report, Workflow workflow)
    {
        if (!TakesItsSnapshot(workflow))
        {
            var type = InputType(workflow.Name)!.Name;
            var inputs = string.Join(", ", workflow.Inputs.Select(i => $"{i.Name}: {i.TypeName}"));
            report.Error(
                report.For(workflow.FilePath).WorkflowMember(workflow.Name, "Inputs"),
                $"Workflow '{workflow}' takes ({inputs}); the typed API evaluates it with one {type}, so it must declare exactly one input of type {type}.",
                $"工作流 '{workflow}' 的输入为 ({inputs})；类型化 API 只传入一个 {type}，因此它必须只声明一个类型为 {type} 的输入。",
                EligibilityDiagnosticCodes.TypedInputMismatch);
        }
    }

    private static void Scale(Report report, Workflow workflow)
    {
        if (workflow.Properties.TryGetValue(ScaleProperty, out var value) && TypedRuleValues.Scale(workflow) is null)
        {
            report.Error(
                report.For(workflow.FilePath).WorkflowProperty(workflow.Name, ScaleProperty),
                $"Properties.{ScaleProperty} of workflow '{workflow}' is {Describe(value)}; it must be {ScaleNames}.",
                $"工作流 '{workflow}' 的 Properties.{ScaleProperty} 为 {Describe(value)}；应为 {string.Join(" 或 ", Scales)}。");
        }
    }

    private static void Param(Report report, Workflow workflow, string name, NumberRange range, bool required)
    {
        var location = report.For(workflow.FilePath);
        if (!workflow.Parameters.TryGetValue(name, out var value))
        {
            if (required)
            {
                report.Error(
                    location.Workflow(workflow.Name),
                    $"Workflow '{workflow}' has scorecard bands but no constant GlobalParam '{name}'; the typed API needs it, {range.Describe()}.",
                    $"工作流 '{workflow}' 有计分档位，但没有常量 GlobalParam '{name}'；类型化 API 需要它，且应为 {range.DescribeZh()}。");
            }

            return;
        }

        if (Number(value) is not { } number || !range.Contains(number))
        {
            report.Error(
                location.Param(workflow.Name, name),
                $"GlobalParam '{name}' of workflow '{workflow}' is {Describe(value)}; the typed API needs {range.Describe()}.",
                $"工作流 '{workflow}' 的 GlobalParam '{name}' 为 {Describe(value)}；类型化 API 要求 {range.DescribeZh()}。");
        }
    }

    private static void Band(Report report, RuleInfo band)
    {
        var location = report.For(band.Location.Path);
        var criterion = band.Properties[CriterionProperty];
        if (criterion.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(criterion.GetString()))
        {
            report.Error(
                location.RuleProperty(band.Location, CriterionProperty),
                $"Properties.{CriterionProperty} of scorecard band '{band.Name}' is {Describe(criterion)}; it must be a non-empty string naming the criterion.",
                $"计分档位 '{band.Name}' 的 Properties.{CriterionProperty} 为 {Describe(criterion)}；应为表示评分项名称的非空字符串。");
        }

        if (!band.Properties.TryGetValue(PointsProperty, out var points))
        {
            report.Error(
                band.Location,
                $"Scorecard band '{band.Name}' has Properties.{CriterionProperty} but no Properties.{PointsProperty}; give its points, {Points.Describe()}.",
                $"计分档位 '{band.Name}' 有 Properties.{CriterionProperty}，但没有 Properties.{PointsProperty}；请给出分值，应为 {Points.DescribeZh()}。");
        }
        else if (Number(points) is not { } number || !Points.Contains(number))
        {
            report.Error(
                location.RuleProperty(band.Location, PointsProperty),
                $"Properties.{PointsProperty} of scorecard band '{band.Name}' is {Describe(points)}; it must be {Points.Describe()}.",
                $"计分档位 '{band.Name}' 的 Properties.{PointsProperty} 为 {Describe(points)}；应为 {Points.DescribeZh()}。");
        }
    }

    private static void PenaltyRule(Report report, RuleInfo rule)
    {
        if (!rule.Properties.TryGetValue(PenaltyLevelProperty, out var level))
        {
            report.Error(
                rule.Location,
                $"Penalty rule '{rule.Name}' has no Properties.{PenaltyLevelProperty}; it must be one of {LevelNames}.",
                $"处罚规则 '{rule.Name}' 没有 Properties.{PenaltyLevelProperty}；应为 {LevelNames} 之一。");
        }
        else if (Level(rule) == PenaltyLevel.None)
        {
            report.Error(
                report.For(rule.Location.Path).RuleProperty(rule.Location, PenaltyLevelProperty),
                $"Properties.{PenaltyLevelProperty} of penalty rule '{rule.Name}' is {Describe(level)}; it must be one of {LevelNames}.",
                $"处罚规则 '{rule.Name}' 的 Properties.{PenaltyLevelProperty} 为 {Describe(level)}；应为 {LevelNames} 之一。");
        }
    }

    /// <summary>The diagnostics found, without repeats, and one locator per file, built on first need.</summary>
    private sealed class Report(IReadOnlyList<RuleSource> sources)
    {
        private readonly Dictionary<string, RuleFileLocator> _locators = new(StringComparer.Ordinal);
        private readonly HashSet<(SourceLocation, string)> _seen = [];

        public List<Diagnostic> Diagnostics { get; } = [];

        public RuleFileLocator For(string path)
        {
            if (!_locators.TryGetValue(path, out var locator))
            {
                var content = sources.FirstOrDefault(s => string.Equals(s.Path, path, StringComparison.Ordinal))?.Content ?? "";
                locator = _locators[path] = new RuleFileLocator(path, content);
            }

            return locator;
        }

        public void Error(SourceLocation location, string message, string messageZh, string code = EligibilityDiagnosticCodes.TypedValueOutOfRange)
        {
            if (_seen.Add((location, message)))
            {
                Diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, location, message) { MessageZh = messageZh });
            }
        }
    }
}

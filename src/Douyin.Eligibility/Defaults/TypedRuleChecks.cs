using System.Text.Json;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Resources;
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
    private static readonly LocalizableText ScaleNames = Catalog.Alternatives(Scales.Cast<object>().ToList());

    /// <summary>
    /// <paramref name="result"/> when it has no rule set or the set passes the checks; otherwise a failed result with
    /// the load's diagnostics and the checks' errors, in file, line and column order.
    /// </summary>
    public static RuleSetLoadResult Apply(RuleSetLoadResult result, IReadOnlyList<RuleSource> sources) => Apply(result, sources, EligibilityFamilies.All);

    /// <summary>As <see cref="Apply(RuleSetLoadResult, IReadOnlyList{RuleSource})"/>, checking the workflows of <paramref name="families"/>.</summary>
    public static RuleSetLoadResult Apply(RuleSetLoadResult result, IReadOnlyList<RuleSource> sources, IEnumerable<EligibilityFamily> families)
    {
        if (result.RuleSet is not { } set)
        {
            return result;
        }

        return result.WithDiagnostics(Check(set, sources, families));
    }

    /// <summary>Every problem with the values the typed API reads, once each (an injected rule is reported once).</summary>
    public static IReadOnlyList<Diagnostic> Check(RuleSet set, IReadOnlyList<RuleSource> sources) => Check(set, sources, EligibilityFamilies.All);

    /// <summary>As <see cref="Check(RuleSet, IReadOnlyList{RuleSource})"/>, for the workflows of <paramref name="families"/>: each family's input, scale and own checks.</summary>
    public static IReadOnlyList<Diagnostic> Check(RuleSet set, IReadOnlyList<RuleSource> sources, IEnumerable<EligibilityFamily> families)
    {
        var report = new Report(sources);
        var list = families.ToList();
        foreach (var workflow in set.Workflows)
        {
            if (EligibilityFamilies.Find(workflow.Name, list) is not { } family)
            {
                continue;
            }

            Inputs(report, workflow, family.InputType);
            Scale(report, workflow);
            family.RuleChecks?.Invoke(report, workflow);
        }

        return report.Diagnostics;
    }

    /// <summary>Alliance admission and clearance: <c>MaxAllianceOpenings</c>, when given, is a whole number in range.</summary>
    internal static void AllianceOpenings(Report report, Workflow workflow) => Param(report, workflow, MaxOpeningsParameter, Openings, required: false);

    /// <summary>Brand renewal: every scorecard band's criterion and points, and the pass mark once there are bands.</summary>
    internal static void ScorecardBands(Report report, Workflow workflow)
    {
        var bands = workflow.Rules.Where(r => r.Properties.ContainsKey(CriterionProperty)).ToList();
        bands.ForEach(band => Band(report, band));
        Param(report, workflow, PassMarkParameter, PassMark, required: bands.Count > 0);
    }

    /// <summary>Penalty ladder: every rule names a level.</summary>
    internal static void PenaltyRules(Report report, Workflow workflow) => workflow.Rules.ToList().ForEach(rule => PenaltyRule(report, rule));

    private static void Inputs(Report report, Workflow workflow, Type inputType)
    {
        if (!TakesItsSnapshot(workflow, inputType))
        {
            var type = inputType.Name;
            var inputs = string.Join(", ", workflow.Inputs.Select(i => $"{i.Name}: {i.TypeName}"));
            report.Error(
                report.For(workflow.FilePath).WorkflowMember(workflow.Name, "Inputs"),
                Catalog.Text(EligibilityDiagnosticCodes.TypedInputMismatch, workflow.ToString(), inputs, type),
                EligibilityDiagnosticCodes.TypedInputMismatch);
        }
    }

    private static void Scale(Report report, Workflow workflow)
    {
        if (workflow.Properties.TryGetValue(ScaleProperty, out var value) && TypedRuleValues.Scale(workflow) is null)
        {
            report.Error(
                report.For(workflow.FilePath).WorkflowProperty(workflow.Name, ScaleProperty),
                Catalog.Text("DE5001_Scale", ScaleProperty, workflow.ToString(), Describe(value), ScaleNames));
        }
    }

    private static void Param(Report report, Workflow workflow, string name, NumberRange range, bool required)
    {
        // The file is located (read once more) only for a value to report, never for a set that passes.
        if (!workflow.Parameters.TryGetValue(name, out var value))
        {
            if (required)
            {
                report.Error(
                    report.For(workflow.FilePath).Workflow(workflow.Name),
                    Catalog.Text("DE5001_ParamMissing", workflow.ToString(), name, range.Describe()));
            }

            return;
        }

        if (Number(value) is not { } number || !range.Contains(number))
        {
            report.Error(
                report.For(workflow.FilePath).Param(workflow.Name, name),
                Catalog.Text("DE5001_Param", name, workflow.ToString(), Describe(value), range.Describe()));
        }
    }

    private static void Band(Report report, RuleInfo band)
    {
        var criterion = band.Properties[CriterionProperty];
        if (criterion.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(criterion.GetString()))
        {
            report.Error(
                report.For(band.Location.Path).RuleProperty(band.Location, CriterionProperty),
                Catalog.Text("DE5001_Criterion", CriterionProperty, band.Name, Describe(criterion)));
        }

        if (!band.Properties.TryGetValue(PointsProperty, out var points))
        {
            report.Error(
                band.Location,
                Catalog.Text("DE5001_PointsMissing", band.Name, CriterionProperty, PointsProperty, Points.Describe()));
        }
        else if (Number(points) is not { } number || !Points.Contains(number))
        {
            report.Error(
                report.For(band.Location.Path).RuleProperty(band.Location, PointsProperty),
                Catalog.Text("DE5001_Points", PointsProperty, band.Name, Describe(points), Points.Describe()));
        }
    }

    private static void PenaltyRule(Report report, RuleInfo rule)
    {
        if (!rule.Properties.TryGetValue(PenaltyLevelProperty, out var level))
        {
            report.Error(
                rule.Location,
                Catalog.Text("DE5001_LevelMissing", rule.Name, PenaltyLevelProperty, LevelNames));
        }
        else if (Level(rule) == PenaltyLevel.None)
        {
            report.Error(
                report.For(rule.Location.Path).RuleProperty(rule.Location, PenaltyLevelProperty),
                Catalog.Text("DE5001_Level", PenaltyLevelProperty, rule.Name, Describe(level), LevelNames));
        }
    }

    /// <summary>The diagnostics found, without repeats, and one locator per file, built on first need.</summary>
    internal sealed class Report(IReadOnlyList<RuleSource> sources)
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

        public void Error(SourceLocation location, LocalizableText text, string code = EligibilityDiagnosticCodes.TypedValueOutOfRange)
        {
            if (_seen.Add((location, Catalog.Neutral(text))))
            {
                Diagnostics.Add(Catalog.NewDiagnostic(code, DiagnosticSeverity.Error, location, text));
            }
        }
    }
}

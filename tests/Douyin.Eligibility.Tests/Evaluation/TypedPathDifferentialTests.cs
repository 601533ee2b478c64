using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Defaults;
using Douyin.Eligibility.Resources;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Testing.Generation;
using Douyin.Eligibility.Tests.Decisions;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Evaluation;

/// <summary>
/// The typed API's fast paths (validation's fast path, the version picked from day ranges, results made over the
/// outcomes already known, messages from cached catalog texts) against the engine's own explained evaluation read the
/// way the typed API read it before: for the sample files and generated valid and raw snapshots, dated across every
/// version's window, in Chinese and English, explained or not, every check's outcome, message, observed value,
/// threshold, gap, condition, bound, missing fields and error, and the validation errors, are the same.
/// </summary>
public class TypedPathDifferentialTests
{
    private static readonly Lazy<EligibilityEvaluator> Evaluator = new(() => EligibilityEvaluator.CreateDefault());

    private static readonly EvaluationSettings[] Settings =
    [
        EvaluationSettings.Chinese,
        EvaluationSettings.English,
        EvaluationSettings.English with { Explain = false },
        new() { Culture = CultureInfo.GetCultureInfo("zh-CN"), Explain = false },
    ];

    public static TheoryData<SnapshotKind> Kinds => new() { SnapshotKind.Valid, SnapshotKind.Raw };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Merchants_Generated_DecideAsTheEngineExplains(SnapshotKind kind)
    {
        var merchants = MerchantCases.Generate(600, kind, Dates(EligibilityWorkflows.AllianceAdmission, EligibilityWorkflows.AllianceClearance)).ToList();

        Merchants(merchants);
    }

    [Fact]
    public void Merchants_SampleFiles_DecideAsTheEngineExplains()
    {
        Merchants(DecisionReasonTests.Read<MerchantSnapshot>("merchants.jsonl"));
        Merchants(SnapshotGenerator.Generate(300).ToList());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Providers_Generated_DecideAsTheEngineExplains(SnapshotKind kind)
    {
        var brand = BrandProviderCases.Generate(400, kind, Dates(EligibilityWorkflows.BrandProviderRenewal, EligibilityWorkflows.BrandProviderAssessment)).ToList();
        var storeOperation = StoreOperationProviderCases.Generate(400, kind, Dates(EligibilityWorkflows.StoreOperationAdmission, EligibilityWorkflows.StoreOperationPenalty)).ToList();
        brand.AddRange(DecisionReasonTests.Read<BrandProviderSnapshot>("brand-providers.jsonl"));
        storeOperation.AddRange(DecisionReasonTests.Read<StoreOperationProviderSnapshot>("store-operation-providers.jsonl"));

        foreach (var settings in Settings)
        {
            foreach (var p in brand)
            {
                AssertAsEngine(EligibilityWorkflows.BrandProviderRenewal, Evaluator.Value.EvaluateBrandRenewal(p, settings), SnapshotValidator.Collect(p), p, settings);
                AssertAsEngine(EligibilityWorkflows.BrandProviderAssessment, Evaluator.Value.EvaluateBrandAssessment(p, settings), SnapshotValidator.Collect(p), p, settings);
            }

            foreach (var p in storeOperation)
            {
                AssertAsEngine(EligibilityWorkflows.StoreOperationAdmission, Evaluator.Value.EvaluateStoreOperationAdmission(p, settings), SnapshotValidator.Collect(p), p, settings);
                AssertAsEngine(EligibilityWorkflows.StoreOperationPenalty, Evaluator.Value.EvaluateStoreOperationPenalty(p, settings), SnapshotValidator.Collect(p), p, settings);
            }
        }
    }

    [Fact]
    public void Admission_Reasons_AreTheChecksThatDidNotPass()
    {
        foreach (var m in MerchantCases.Generate(500, SnapshotKind.Valid, AsOfDates.Default))
        {
            if (Evaluator.Value.EvaluateAllianceAdmission(m).Decision is not { } decision)
            {
                continue;
            }

            decision.Reasons.Should().Equal(decision.Checks.Where(c => c.Outcome != RuleOutcome.Passed), (a, b) => ReferenceEquals(a, b));
            decision.Outcome.Should().Be(
                decision.Checks.Any(c => c.Outcome == RuleOutcome.Failed) ? AdmissionOutcome.NotEligible
                : decision.Checks.Any(c => c.Outcome != RuleOutcome.Passed) ? AdmissionOutcome.Indeterminate
                : AdmissionOutcome.Eligible);
        }
    }

    private static void Merchants(IReadOnlyList<MerchantSnapshot> merchants)
    {
        foreach (var settings in Settings)
        {
            foreach (var m in merchants)
            {
                var validation = SnapshotValidator.Collect(m);
                AssertAsEngine(EligibilityWorkflows.AllianceAdmission, Evaluator.Value.EvaluateAllianceAdmission(m, settings), validation, m, settings);
                AssertAsEngine(EligibilityWorkflows.AllianceClearance, Evaluator.Value.EvaluateAllianceClearance(m, settings), validation, m, settings);
                var products = Evaluator.Value.EvaluateProductClearance(m, settings);
                for (var i = 0; i < products.Count; i++)
                {
                    if (products[i].Decision is { } decision)
                    {
                        AssertChecks(decision, m.Products[i], m.AsOf, settings);
                    }
                }
            }
        }
    }

    /// <summary>The versions' windows of these workflows, so that generated dates fall in, between and outside them.</summary>
    private static AsOfDates Dates(params string[] workflows)
        => AsOfDates.Covering(workflows.SelectMany(w => Evaluator.Value.CurrentRuleSet.GetVersions(w)));

    private static void AssertAsEngine<TDecision>(string workflowName, EligibilityResult<TDecision> result, ValidationResult validation, ISnapshot snapshot, EvaluationSettings settings)
        where TDecision : EligibilityDecision
    {
        if (!validation.IsSuccess)
        {
            result.IsSuccess.Should().BeFalse();
            result.ValidationErrors.Select(e => (e.Field, e.Code, e.GetMessage(settings.Culture))).Should().Equal(validation.Errors.Select(e => (e.Field, e.Code, e.GetMessage(settings.Culture))), snapshot.Id);
            return;
        }

        if (result.Decision is not { } decision)
        {
            // Valid, and still no decision: no version in force on the date, or the score scale the version does not take.
            var inForce = Evaluator.Value.CurrentRuleSet.GetVersions(workflowName).FirstOrDefault(w => w.IsInForce(snapshot.AsOf));
            result.ValidationErrors.Should().ContainSingle().Which.Code.Should().BeOneOf(inForce is null ? [ValidationCodes.NoRulesInForce] : [ValidationCodes.ScoreScaleMismatch]);
            return;
        }

        AssertChecks(decision, snapshot, snapshot.AsOf, settings);
    }

    /// <summary>Every check of <paramref name="decision"/> against the engine's explained (or plain) result for the same rule, read as the typed API used to.</summary>
    private static void AssertChecks(EligibilityDecision decision, object input, DateOnly asOf, EvaluationSettings settings)
    {
        var ruleSet = Evaluator.Value.CurrentRuleSet;
        var workflow = ruleSet.GetVersions(decision.WorkflowName).First(w => w.IsInForce(asOf));
        decision.WorkflowVersion.Should().Be(workflow.Version);
        decision.EffectiveFrom.Should().Be(workflow.EffectiveFrom);
        var explain = settings.Explain ?? true;
        var engine = explain ? workflow.Explain(asOf, input) : workflow.Evaluate(asOf, input);
        var culture = settings.Culture!;
        var checks = decision.Checks;
        checks.Select(c => c.Outcome).Should().Equal(engine.Outcomes);
        for (var i = 0; i < checks.Count; i++)
        {
            var check = checks[i];
            var result = engine.Results[i];
            var because = $"{decision.SubjectId} {workflow} {result.Name} ({settings})";
            var deciding = explain ? ReasonFactory.DecidingComparison(result) : null;
            check.Code.Should().Be(result.Rule.ReasonCode);
            check.Message.Should().Be(Message(result, workflow, i, culture), because);
            check.MissingFields.Should().Equal(result.Outcome == RuleOutcome.Indeterminate ? result.MissingFields : [], because);
            check.ErrorMessage.Should().Be(result.Outcome == RuleOutcome.Error ? result.ErrorMessage : null, because);
            check.Observed.Should().Be(deciding is null ? null : deciding.Gap is { } g ? g.Observed : deciding.LeftValue, because);
            check.Threshold.Should().Be(deciding is null ? null : deciding.Gap is { } t ? t.Threshold : deciding.RightValue, because);
            check.Gap.Should().Be(deciding?.Gap, because);
            check.Condition.Should().Be(deciding?.ToString(), because);
            check.Bound.Should().Be(explain ? deciding?.Bound ?? ReasonFactory.FirstBound(result) : null, because);
            ReasonValueText.Format(check.Observed, culture).Should().Be(Value(check.Observed, culture));
        }
    }

    /// <summary>The message as the typed API built it before its texts were cached: the rule's message, the unknown note, the assumption note.</summary>
    private static string Message(RuleResult result, Workflow workflow, int index, CultureInfo culture)
    {
        var message = result.GetMessage(culture, Value) ?? result.Name;
        if (result.Outcome == RuleOutcome.Indeterminate && result.MissingFields.Count > 0)
        {
            var fields = Catalog.List(result.MissingFields.Select(MissingFieldNames.ToJson).Distinct(StringComparer.Ordinal));
            message = Catalog.Text("Reason_Unknown", fields, message).ToString(culture);
        }

        var assumptions = RuleAssumptions.For(workflow, index);
        return assumptions.Count > 0 ? message + Catalog.Text("Reason_AssumedThreshold", string.Join(", ", assumptions)).ToString(culture) : message;
    }

    private static string Value(object? value, CultureInfo culture) => value switch
    {
        null => Catalog.Text("Value_Unknown").ToString(culture),
        bool b => Catalog.Text(b ? "Value_Yes" : "Value_No").ToString(culture),
        _ => TraceEntry.FormatValue(value),
    };
}

using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Decisions;

/// <summary>
/// Reasons computed on first read are the reasons the evaluator used to build eagerly: the same code, message, observed
/// value, threshold, condition, gap, missing fields and error for every check of every sample snapshot of every family,
/// explained or not.
/// </summary>
public class DecisionReasonTests
{
    private static readonly Lazy<EligibilityEvaluator> Evaluator = new(() => EligibilityEvaluator.CreateDefault());

    private static readonly EvaluationSettings Verdicts = new() { Explain = false };

    private static readonly EvaluationSettings EnglishExplained = EvaluationSettings.English with { Explain = true };

    public static TheoryData<bool> ExplainOrNot => new() { true, false };

    [Theory]
    [MemberData(nameof(ExplainOrNot))]
    public void Checks_MerchantSamples_EqualTheEagerReasons(bool explain)
    {
        var settings = explain ? EvaluationSettings.Default : Verdicts;
        foreach (var merchant in Read<MerchantSnapshot>("merchants.jsonl", "merchants-with-errors.jsonl", "check/merchants.jsonl", "examples/merchant.json"))
        {
            ShouldEqualEager(Evaluator.Value.EvaluateAllianceAdmission(merchant, settings).Decision!, merchant, explain);
            ShouldEqualEager(Evaluator.Value.EvaluateAllianceClearance(merchant, settings).Decision!, merchant, explain);
            var products = Evaluator.Value.EvaluateProductClearance(merchant, settings);
            for (var i = 0; i < products.Count; i++)
            {
                ShouldEqualEager(products[i].Decision!, merchant.Products[i], explain);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExplainOrNot))]
    public void Checks_ProviderSamples_EqualTheEagerReasons(bool explain)
    {
        var settings = explain ? EvaluationSettings.Default : Verdicts;
        foreach (var provider in Read<BrandProviderSnapshot>("brand-providers.jsonl", "examples/brand-provider.json"))
        {
            ShouldEqualEager(Evaluator.Value.EvaluateBrandRenewal(provider, settings).Decision!, provider, explain);
        }

        foreach (var provider in Read<StoreOperationProviderSnapshot>("store-operation-providers.jsonl", "examples/store-operation-provider.json"))
        {
            ShouldEqualEager(Evaluator.Value.EvaluateStoreOperationAdmission(provider, settings).Decision!, provider, explain);
            ShouldEqualEager(Evaluator.Value.EvaluateStoreOperationPenalty(provider, settings).Decision!, provider, explain);
        }
    }

    [Fact]
    public void Checks_English_EqualTheEagerReasons()
    {
        foreach (var merchant in Read<MerchantSnapshot>("merchants.jsonl").Take(40))
        {
            ShouldEqualEager(Evaluator.Value.EvaluateAllianceAdmission(merchant, EnglishExplained).Decision!, merchant, explain: true);
        }
    }

    [Fact]
    public void Reasons_Admission_AreTheChecksThatDidNotPassInOrder()
    {
        foreach (var merchant in Read<MerchantSnapshot>("merchants.jsonl"))
        {
            var decision = Evaluator.Value.EvaluateAllianceAdmission(merchant).Decision!;

            decision.Reasons.Should().Equal(decision.Checks.Where(c => c.Outcome != RuleOutcome.Passed));
        }
    }

    /// <summary>The reasons as the evaluator built them before they were lazy: from the engine's results, all at once.</summary>
    private static void ShouldEqualEager(EligibilityDecision decision, object input, bool explain)
    {
        var workflow = decision.Evaluation.Workflow;
        var eager = explain ? workflow.Explain(decision.AsOf, input) : workflow.Evaluate(decision.AsOf, input);
        var because = $"{decision.WorkflowName} {decision.SubjectId}";

        decision.Checks.Should().HaveCount(eager.Results.Count, because);
        for (var i = 0; i < eager.Results.Count; i++)
        {
            var result = eager.Results[i];
            var check = decision.Checks[i];
            var comparison = EagerDecidingComparison(result);
            var gap = comparison?.Gap;
            var at = $"{because} {result.Name}";

            check.Code.Should().Be(result.Rule.ReasonCode, at);
            check.RuleName.Should().Be(result.Name, at);
            check.Outcome.Should().Be(result.Outcome, at);
            check.Source.Should().Be(result.Rule.Source, at);
            var note = check.IsAssumption ? (decision.Culture.Name.StartsWith("zh", StringComparison.Ordinal) ? $"（假定阈值，来源未给出：{string.Join(", ", check.Assumptions)}）" : $" (assumed threshold, not from the source: {string.Join(", ", check.Assumptions)})") : string.Empty;
            var fields = Douyin.Eligibility.Resources.Catalog.List(result.MissingFields.Select(MissingFieldNames.ToJson).Distinct(StringComparer.Ordinal)).ToString(decision.Culture);
            var unknown = result.Outcome == RuleOutcome.Indeterminate && result.MissingFields.Count > 0
                ? (decision.Culture.Name.StartsWith("zh", StringComparison.Ordinal) ? $"无法判断（{fields} 未知）：" : $"Cannot tell, {fields} unknown: ")
                : string.Empty;
            var message = unknown + (result.GetMessage(decision.Culture, ReasonValueText.Format) ?? result.Name) + note;
            check.Message.Should().Be(message, at);
            check.MissingFields.Should().Equal(result.MissingFields, at);
            check.ErrorMessage.Should().Be(result.ErrorMessage, at);
            check.Condition.Should().Be(comparison?.ToString(), at);
            check.Observed.Should().Be(gap is not null ? gap.Observed : comparison?.LeftValue, at);
            check.Threshold.Should().Be(gap is not null ? gap.Threshold : comparison?.RightValue, at);
            (check.Gap is null).Should().Be(gap is null, at);
            if (gap is not null)
            {
                check.Gap!.ToString().Should().Be(gap.ToString(), at);
                (check.Gap.Required, check.Gap.Change).Should().Be((gap.Required, gap.Change), at);
            }

            check.ToString().Should().Be($"{result.Rule.ReasonCode ?? result.Name} ({result.Outcome}): {message}", at);
        }
    }

    /// <summary>The former ReasonFactory's search, written with LINQ over the flattened trace.</summary>
    private static TraceEntry? EagerDecidingComparison(RuleResult result)
    {
        var comparisons = Flatten(result).Where(t => t.Operator is not null).ToList();
        return comparisons.FirstOrDefault(t => t.Gap is not null)
            ?? comparisons.FirstOrDefault(t => t.Result != true)
            ?? comparisons.FirstOrDefault();

        static IEnumerable<TraceEntry> Flatten(RuleResult r) => r.Trace.Concat(r.Children.SelectMany(Flatten));
    }

    /// <summary>The valid snapshots of sample files (JSON Lines, or one JSON document).</summary>
    internal static List<T> Read<T>(params string[] files)
        where T : class, ISnapshot
    {
        var items = new List<T>();
        foreach (var file in files)
        {
            var path = Repo.PathOf(["samples", "data", .. file.Split('/')]);
            var snapshots = file.EndsWith(".jsonl", StringComparison.Ordinal)
                ? ReadLines<T>(path)
                : [SnapshotJson.Deserialize<T>(File.ReadAllText(path))];
            items.AddRange(snapshots.Where(s => Validate(s).IsSuccess));
        }

        items.Should().NotBeEmpty();
        return items;
    }

    private static List<T> ReadLines<T>(string path)
        where T : class, ISnapshot
    {
        using var reader = File.OpenText(path);
        return SnapshotJson.ReadJsonLines<T>(reader).Where(r => r.IsSuccess).Select(r => r.Value!).ToList();
    }

    private static ValidationResult Validate<T>(T snapshot) => snapshot switch
    {
        MerchantSnapshot m => SnapshotValidator.Validate(m),
        BrandProviderSnapshot b => SnapshotValidator.Validate(b),
        StoreOperationProviderSnapshot s => SnapshotValidator.Validate(s),
        _ => throw new ArgumentException(typeof(T).Name),
    };
}

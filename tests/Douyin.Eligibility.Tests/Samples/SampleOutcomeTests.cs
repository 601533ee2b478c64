using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Samples;

/// <summary>The sample data exercises every outcome of every family under the shipped (embedded) rules.</summary>
public class SampleOutcomeTests
{
    private static readonly Lazy<EligibilityEvaluator> Evaluator = new(() => EligibilityEvaluator.CreateDefault(new EligibilityOptions { ExplainByDefault = false }));

    [Fact]
    public void AllianceAdmission_Samples_EveryOutcomeOccurs()
        => Outcomes(Merchants(), m => Evaluator.Value.EvaluateAllianceAdmission(m), d => d.Outcome).Should().BeEquivalentTo(Enum.GetValues<AdmissionOutcome>());

    [Fact]
    public void AllianceClearance_Samples_EveryOutcomeOccurs()
        => Outcomes(Merchants(), m => Evaluator.Value.EvaluateAllianceClearance(m), d => d.Outcome).Should().BeEquivalentTo(Enum.GetValues<ClearanceOutcome>());

    [Fact]
    public void ProductClearance_Samples_EveryOutcomeOccurs()
    {
        var results = Merchants().SelectMany(m => Evaluator.Value.EvaluateProductClearance(m)).ToList();

        results.Should().OnlyContain(r => r.IsSuccess);
        results.Select(r => r.Decision!.Outcome).Distinct().Should().BeEquivalentTo(Enum.GetValues<ClearanceOutcome>());
    }

    [Fact]
    public void BrandRenewal_Samples_EveryOutcomeOccurs()
        => Outcomes(SampleDataTests.ReadAll<BrandProviderSnapshot>("brand-providers.jsonl"), p => Evaluator.Value.EvaluateBrandRenewal(p), d => d.Outcome)
            .Should().BeEquivalentTo(Enum.GetValues<RenewalOutcome>());

    [Fact]
    public void StoreOperationAdmission_Samples_EveryOutcomeOccurs()
        => Outcomes(StoreOperationProviders(), p => Evaluator.Value.EvaluateStoreOperationAdmission(p), d => d.Outcome)
            .Should().BeEquivalentTo(Enum.GetValues<AdmissionOutcome>());

    [Fact]
    public void StoreOperationPenalty_EveryLevelOccurs_AndAnIndeterminateOne()
    {
        var decisions = StoreOperationProviders().Select(p => Evaluator.Value.EvaluateStoreOperationPenalty(p)).ToList();

        decisions.Should().OnlyContain(r => r.IsSuccess);
        decisions.Select(r => r.Decision!.Level).Distinct().Should().BeEquivalentTo(Enum.GetValues<PenaltyLevel>());
        decisions.Should().Contain(r => r.Decision!.IsIndeterminate);
    }

    private static List<MerchantSnapshot> Merchants() => SampleDataTests.ReadAll<MerchantSnapshot>("merchants.jsonl");

    private static List<StoreOperationProviderSnapshot> StoreOperationProviders() => SampleDataTests.ReadAll<StoreOperationProviderSnapshot>("store-operation-providers.jsonl");

    private static List<TOutcome> Outcomes<TSnapshot, TDecision, TOutcome>(IEnumerable<TSnapshot> snapshots, Func<TSnapshot, EligibilityResult<TDecision>> evaluate, Func<TDecision, TOutcome> outcome)
        where TDecision : EligibilityDecision
    {
        var results = snapshots.Select(evaluate).ToList();
        results.Should().OnlyContain(r => r.IsSuccess, "every sample snapshot is valid for its family");
        return results.Select(r => outcome(r.Decision!)).Distinct().ToList();
    }
}

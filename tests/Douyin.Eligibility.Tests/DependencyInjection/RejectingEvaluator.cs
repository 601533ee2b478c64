using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Api;

namespace Douyin.Eligibility.Tests.DependencyInjection;

/// <summary>A hand-written test double of <see cref="IEligibilityEvaluator"/>: every snapshot is judged as a null one (invalid).</summary>
internal sealed class RejectingEvaluator : IEligibilityEvaluator
{
    private static readonly EligibilityEvaluator Real = TestRules.Evaluator;

    public RuleSet CurrentRuleSet => Real.CurrentRuleSet;

    public RulesReloadStatus ReloadStatus => Real.ReloadStatus;

    public bool IsWatchingForChanges => false;

    public EligibilityResult<TDecision> Evaluate<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family, TSnapshot? snapshot, EvaluationSettings? settings = null)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
        => Real.Evaluate(family, null, settings);

    public IReadOnlyList<EligibilityResult<TDecision>> EvaluateEach<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family, TSnapshot? snapshot, EvaluationSettings? settings = null)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
        => Real.EvaluateEach(family, null, settings);

    public EligibilityResult<TDecision> EvaluateSubject<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family, EligibilitySubject subject, EvaluationSettings? settings = null)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
        => Real.Evaluate(family, null, settings);

    public EligibilityResult<AdmissionDecision> EvaluateAllianceAdmission(MerchantSnapshot? merchant, EvaluationSettings? settings = null) => Real.EvaluateAllianceAdmission(null, settings);

    public EligibilityResult<ClearanceDecision> EvaluateAllianceClearance(MerchantSnapshot? merchant, EvaluationSettings? settings = null) => Real.EvaluateAllianceClearance(null, settings);

    public IReadOnlyList<EligibilityResult<ClearanceDecision>> EvaluateProductClearance(MerchantSnapshot? merchant, EvaluationSettings? settings = null) => Real.EvaluateProductClearance(null, settings);

    public EligibilityResult<ClearanceDecision> EvaluateProductClearance(ProductSnapshot? product, DateOnly asOf, EvaluationSettings? settings = null) => Real.EvaluateProductClearance(null, asOf, settings);

    public EligibilityResult<RenewalDecision> EvaluateBrandRenewal(BrandProviderSnapshot? provider, EvaluationSettings? settings = null) => Real.EvaluateBrandRenewal(null, settings);

    public EligibilityResult<ClearanceDecision> EvaluateBrandAssessment(BrandProviderSnapshot? provider, EvaluationSettings? settings = null) => Real.EvaluateBrandAssessment(null, settings);

    public EligibilityResult<AdmissionDecision> EvaluateStoreOperationAdmission(StoreOperationProviderSnapshot? provider, EvaluationSettings? settings = null) => Real.EvaluateStoreOperationAdmission(null, settings);

    public EligibilityResult<PenaltyDecision> EvaluateStoreOperationPenalty(StoreOperationProviderSnapshot? provider, EvaluationSettings? settings = null) => Real.EvaluateStoreOperationPenalty(null, settings);
}

using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility;

/// <summary>
/// What a host asks of an evaluator: the typed decisions of every family, the rule set in force and its reload state.
/// <see cref="EligibilityEvaluator"/> implements it, and <c>services.AddDouyinEligibility()</c> registers it, so a
/// consumer can depend on (and mock) this interface. Each member behaves as the <see cref="EligibilityEvaluator"/>
/// member of the same name.
/// </summary>
public interface IEligibilityEvaluator
{
    /// <summary>The rule set in force now (it may be replaced by a reload at any time).</summary>
    RuleSet CurrentRuleSet { get; }

    /// <summary>The state of the rules against their source (see <see cref="EligibilityEvaluator.ReloadStatus"/>).</summary>
    RulesReloadStatus ReloadStatus { get; }

    /// <summary>True when the evaluator reloads its rules directory when files change.</summary>
    bool IsWatchingForChanges { get; }

    /// <summary>Evaluates a snapshot with a family (see <see cref="EligibilityEvaluator.Evaluate{TSnapshot, TDecision}"/>).</summary>
    /// <typeparam name="TSnapshot">The family's snapshot type.</typeparam>
    /// <typeparam name="TDecision">The family's decision type.</typeparam>
    /// <param name="family">The family.</param>
    /// <param name="snapshot">The snapshot; null or invalid gives an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <returns>The decision, or the validation errors.</returns>
    EligibilityResult<TDecision> Evaluate<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family, TSnapshot? snapshot, EvaluationSettings? settings = null)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision;

    /// <summary>Evaluates every subject of a snapshot (see <see cref="EligibilityEvaluator.EvaluateEach{TSnapshot, TDecision}"/>).</summary>
    /// <typeparam name="TSnapshot">The family's snapshot type.</typeparam>
    /// <typeparam name="TDecision">The family's decision type.</typeparam>
    /// <param name="family">The family.</param>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <returns>One result per subject, in order.</returns>
    IReadOnlyList<EligibilityResult<TDecision>> EvaluateEach<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family, TSnapshot? snapshot, EvaluationSettings? settings = null)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision;

    /// <summary>Evaluates one subject of a snapshot (see <see cref="EligibilityEvaluator.EvaluateSubject{TSnapshot, TDecision}"/>).</summary>
    /// <typeparam name="TSnapshot">The family's snapshot type.</typeparam>
    /// <typeparam name="TDecision">The family's decision type.</typeparam>
    /// <param name="family">The family the subject comes from.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <returns>The decision, or the validation errors.</returns>
    EligibilityResult<TDecision> EvaluateSubject<TSnapshot, TDecision>(EligibilityFamily<TSnapshot, TDecision> family, EligibilitySubject subject, EvaluationSettings? settings = null)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision;

    /// <summary>Selected Alliance store admission (see <see cref="EligibilityEvaluator.EvaluateAllianceAdmission"/>).</summary>
    /// <param name="merchant">The store.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <returns>The decision, or the validation errors.</returns>
    EligibilityResult<AdmissionDecision> EvaluateAllianceAdmission(MerchantSnapshot? merchant, EvaluationSettings? settings = null);

    /// <summary>Selected Alliance store clearance (see <see cref="EligibilityEvaluator.EvaluateAllianceClearance"/>).</summary>
    /// <param name="merchant">The store.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <returns>The decision, or the validation errors.</returns>
    EligibilityResult<ClearanceDecision> EvaluateAllianceClearance(MerchantSnapshot? merchant, EvaluationSettings? settings = null);

    /// <summary>Selected Alliance product clearance for every product of the store (see <see cref="EligibilityEvaluator.EvaluateProductClearance(MerchantSnapshot?, EvaluationSettings?)"/>).</summary>
    /// <param name="merchant">The store and its products.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <returns>One result per product, in order.</returns>
#pragma warning disable RS0026 // The same two overloads as EligibilityEvaluator's (shipped), so a call compiles against either.
    IReadOnlyList<EligibilityResult<ClearanceDecision>> EvaluateProductClearance(MerchantSnapshot? merchant, EvaluationSettings? settings = null);

    /// <summary>Selected Alliance product clearance for one product (see <see cref="EligibilityEvaluator.EvaluateProductClearance(ProductSnapshot?, DateOnly, EvaluationSettings?)"/>).</summary>
    /// <param name="product">The product.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <returns>The decision, or the validation errors.</returns>
    EligibilityResult<ClearanceDecision> EvaluateProductClearance(ProductSnapshot? product, DateOnly asOf, EvaluationSettings? settings = null);
#pragma warning restore RS0026

    /// <summary>Brand service provider renewal (see <see cref="EligibilityEvaluator.EvaluateBrandRenewal"/>).</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <returns>The decision, or the validation errors.</returns>
    EligibilityResult<RenewalDecision> EvaluateBrandRenewal(BrandProviderSnapshot? provider, EvaluationSettings? settings = null);

    /// <summary>Brand service provider periodic assessment (see <see cref="EligibilityEvaluator.EvaluateBrandAssessment"/>).</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <returns>The decision, or the validation errors.</returns>
    EligibilityResult<ClearanceDecision> EvaluateBrandAssessment(BrandProviderSnapshot? provider, EvaluationSettings? settings = null);

    /// <summary>Store-operation provider admission (see <see cref="EligibilityEvaluator.EvaluateStoreOperationAdmission"/>).</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <returns>The decision, or the validation errors.</returns>
    EligibilityResult<AdmissionDecision> EvaluateStoreOperationAdmission(StoreOperationProviderSnapshot? provider, EvaluationSettings? settings = null);

    /// <summary>Store-operation provider penalty ladder (see <see cref="EligibilityEvaluator.EvaluateStoreOperationPenalty"/>).</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <returns>The decision, or the validation errors.</returns>
    EligibilityResult<PenaltyDecision> EvaluateStoreOperationPenalty(StoreOperationProviderSnapshot? provider, EvaluationSettings? settings = null);
}

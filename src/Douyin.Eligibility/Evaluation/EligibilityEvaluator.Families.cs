using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility;

/// <summary>One method per rule family.</summary>
public sealed partial class EligibilityEvaluator
{
    /// <summary>Selected Alliance store admission (<c>AllianceAdmission</c>): may the store open the Alliance?</summary>
    /// <param name="merchant">The store; null or invalid gives an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<AdmissionDecision> EvaluateAllianceAdmission(MerchantSnapshot? merchant, EvaluationSettings? settings = null)
        => Run(
            _holder.Current,
            new Request(EligibilityWorkflows.AllianceAdmission, merchant?.Id, merchant?.AsOf ?? default, SnapshotValidator.Validate(merchant), merchant?.ExperienceScoreScale, merchant),
            settings,
            (header, _) => new AdmissionDecision(header, DecisionRules.Admission(header.Checks), NotPassed(header), DecisionRules.OpeningsRemaining(header.Workflow, merchant!.AllianceOpeningsUsed)));

    /// <summary>Selected Alliance store clearance (<c>AllianceClearance</c>): is the store cleared?</summary>
    /// <param name="merchant">The store; null or invalid gives an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<ClearanceDecision> EvaluateAllianceClearance(MerchantSnapshot? merchant, EvaluationSettings? settings = null)
        => Run(
            _holder.Current,
            new Request(EligibilityWorkflows.AllianceClearance, merchant?.Id, merchant?.AsOf ?? default, SnapshotValidator.Validate(merchant), merchant?.ExperienceScoreScale, merchant),
            settings,
            (header, _) => new ClearanceDecision(header, DecisionRules.Clearance(header.Checks), NotPassed(header), DecisionRules.OpeningsRemaining(header.Workflow, merchant!.AllianceOpeningsUsed)));

    /// <summary>
    /// Selected Alliance product clearance (<c>AllianceProductClearance</c>) for every product of the store, as of the
    /// store's date: one result per product, in order, all judged by the same rule set. A product is invalid when it
    /// or the store has validation errors (other products' errors do not count).
    /// </summary>
    /// <param name="merchant">The store and its products; null gives a single invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public IReadOnlyList<EligibilityResult<ClearanceDecision>> EvaluateProductClearance(MerchantSnapshot? merchant, EvaluationSettings? settings = null)
    {
        var validation = SnapshotValidator.Validate(merchant);
        if (merchant is null)
        {
            return [EligibilityResult<ClearanceDecision>.Invalid(null, default, settings?.Culture ?? _options.DefaultCulture, validation.Errors)];
        }

        var ruleSet = _holder.Current;
        var results = new EligibilityResult<ClearanceDecision>[merchant.Products.Count];
        for (var i = 0; i < results.Length; i++)
        {
            var errors = validation.Errors.Where(e => !IsAboutOtherProduct(e.Field, i)).ToArray();
            results[i] = EvaluateProduct(ruleSet, merchant.Products[i], merchant.AsOf, new ValidationResult(errors), settings);
        }

        return results;
    }

    /// <summary>Selected Alliance product clearance (<c>AllianceProductClearance</c>) for one product, judged as of <paramref name="asOf"/>.</summary>
    /// <param name="product">The product; null or invalid gives an invalid result.</param>
    /// <param name="asOf">The evaluation date (the owning store's date).</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<ClearanceDecision> EvaluateProductClearance(ProductSnapshot? product, DateOnly asOf, EvaluationSettings? settings = null)
        => EvaluateProduct(_holder.Current, product, asOf, SnapshotValidator.Validate(product, asOf), settings);

    /// <summary>Brand service provider renewal (<c>BrandProviderRenewal</c>): hard gates and the scorecard.</summary>
    /// <param name="provider">The provider; null or invalid gives an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<RenewalDecision> EvaluateBrandRenewal(BrandProviderSnapshot? provider, EvaluationSettings? settings = null)
        => Run(
            _holder.Current,
            new Request(EligibilityWorkflows.BrandProviderRenewal, provider?.Id, provider?.AsOf ?? default, SnapshotValidator.Validate(provider), null, provider),
            settings,
            (header, result) => DecisionRules.Renewal(header, result.Workflow.Rules));

    /// <summary>Store-operation provider admission (<c>StoreOperationAdmission</c>).</summary>
    /// <param name="provider">The provider; null or invalid gives an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<AdmissionDecision> EvaluateStoreOperationAdmission(StoreOperationProviderSnapshot? provider, EvaluationSettings? settings = null)
        => Run(
            _holder.Current,
            new Request(EligibilityWorkflows.StoreOperationAdmission, provider?.Id, provider?.AsOf ?? default, SnapshotValidator.Validate(provider), null, provider),
            settings,
            (header, _) => new AdmissionDecision(header, DecisionRules.Admission(header.Checks), NotPassed(header), openingsRemaining: null));

    /// <summary>Store-operation provider penalty ladder (<c>StoreOperationPenalty</c>): the most severe level reached.</summary>
    /// <param name="provider">The provider; null or invalid gives an invalid result.</param>
    /// <param name="settings">Culture, explicit version, explain; null keeps the defaults.</param>
    /// <exception cref="KeyNotFoundException">No such explicit version (a missing workflow gives an invalid result, SV022).</exception>
    public EligibilityResult<PenaltyDecision> EvaluateStoreOperationPenalty(StoreOperationProviderSnapshot? provider, EvaluationSettings? settings = null)
        => Run(
            _holder.Current,
            new Request(EligibilityWorkflows.StoreOperationPenalty, provider?.Id, provider?.AsOf ?? default, SnapshotValidator.Validate(provider), null, provider),
            settings,
            (header, result) => DecisionRules.Penalty(header, result.Workflow.Rules));

    private EligibilityResult<ClearanceDecision> EvaluateProduct(RuleSet ruleSet, ProductSnapshot? product, DateOnly asOf, ValidationResult validation, EvaluationSettings? settings)
        => Run(
            ruleSet,
            new Request(EligibilityWorkflows.AllianceProductClearance, product?.Id, asOf, validation, null, product),
            settings,
            (header, _) => new ClearanceDecision(header, DecisionRules.Clearance(header.Checks), NotPassed(header), openingsRemaining: null));

    private static DecisionReason[] NotPassed(DecisionHeader header) => header.Checks.Where(c => !DecisionRules.IsPassed(c)).ToArray();

    /// <summary>True for a field under <c>products[j]</c> with j ≠ <paramref name="index"/>.</summary>
    private static bool IsAboutOtherProduct(string field, int index)
    {
        const string prefix = "products[";
        if (!field.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var close = field.IndexOf(']', prefix.Length);
        return close > 0 && int.TryParse(field.AsSpan(prefix.Length, close - prefix.Length), out var j) && j != index;
    }
}

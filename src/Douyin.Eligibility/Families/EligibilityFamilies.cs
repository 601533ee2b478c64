using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Defaults;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Families;

/// <summary>The seven built-in rule families (docs/rule-conventions.md), in one registry every consumer enumerates.</summary>
public static class EligibilityFamilies
{
    /// <summary>Selected Alliance store admission: may the store open the Alliance? Input <c>merchant: MerchantSnapshot</c>.</summary>
    public static EligibilityFamily<MerchantSnapshot, AdmissionDecision> AllianceAdmission { get; } = new(
        workflowName: EligibilityWorkflows.AllianceAdmission,
        inputName: "merchant",
        inputType: typeof(MerchantSnapshot),
        outcomeType: typeof(AdmissionOutcome),
        route: "/alliance/admission",
        description: "Selected Alliance store admission",
        validate: SnapshotValidator.Validate,
        withAsOf: (s, asOf) => s with { AsOf = asOf },
        experienceScale: s => s.ExperienceScoreScale,
        decide: static (evaluation, facts) => DecisionRules.NewAllianceAdmission(evaluation, facts.OpeningsMax))
    {
        RuleFile = "alliance/admission.json",
        ReasonCodePrefix = "ALLIANCE_",
        RuleChecks = TypedRuleChecks.AllianceOpenings,
    };

    /// <summary>Selected Alliance store clearance: is the store cleared? Input <c>merchant: MerchantSnapshot</c>.</summary>
    public static EligibilityFamily<MerchantSnapshot, ClearanceDecision> AllianceClearance { get; } = new(
        workflowName: EligibilityWorkflows.AllianceClearance,
        inputName: "merchant",
        inputType: typeof(MerchantSnapshot),
        outcomeType: typeof(ClearanceOutcome),
        route: "/alliance/clearance",
        description: "Selected Alliance store clearance",
        validate: SnapshotValidator.Validate,
        withAsOf: (s, asOf) => s with { AsOf = asOf },
        experienceScale: s => s.ExperienceScoreScale,
        decide: static (evaluation, facts) => DecisionRules.NewAllianceClearance(evaluation, facts.OpeningsMax))
    {
        RuleFile = "alliance/clearance.json",
        ReasonCodePrefix = "CLEARANCE_",
        RuleChecks = TypedRuleChecks.AllianceOpenings,
    };

    /// <summary>
    /// Selected Alliance product clearance: every product of a merchant snapshot, judged on the store's date, is a
    /// subject (id <c>store/product</c>); input <c>product: ProductSnapshot</c>.
    /// </summary>
    public static EligibilityFamily<MerchantSnapshot, ClearanceDecision> AllianceProductClearance { get; } = new(
        workflowName: EligibilityWorkflows.AllianceProductClearance,
        inputName: "product",
        inputType: typeof(ProductSnapshot),
        outcomeType: typeof(ClearanceOutcome),
        route: "/alliance/product-clearance",
        description: "Selected Alliance product clearance",
        subjectCollection: "products",
        validate: SnapshotValidator.Validate,
        withAsOf: (s, asOf) => s with { AsOf = asOf },
        subjects: ProductSubjects,
        decide: static (evaluation, _) => DecisionRules.NewClearance(evaluation))
    {
        RuleFile = "alliance/product-clearance.json",
        ReasonCodePrefix = "PRODUCT_",
    };

    /// <summary>Brand service provider renewal: hard gates and the scorecard. Input <c>provider: BrandProviderSnapshot</c>.</summary>
    public static EligibilityFamily<BrandProviderSnapshot, RenewalDecision> BrandProviderRenewal { get; } = new(
        workflowName: EligibilityWorkflows.BrandProviderRenewal,
        inputName: "provider",
        inputType: typeof(BrandProviderSnapshot),
        outcomeType: typeof(RenewalOutcome),
        route: "/providers/brand-renewal",
        description: "Brand service provider renewal",
        validate: SnapshotValidator.Validate,
        withAsOf: (s, asOf) => s with { AsOf = asOf },
        decide: static (evaluation, _) => DecisionRules.Renewal(evaluation))
    {
        RuleFile = "providers/brand-renewal.json",
        ReasonCodePrefix = "RENEWAL_",
        RuleChecks = TypedRuleChecks.ScorecardBands,
    };

    /// <summary>
    /// Brand service provider periodic assessment (from 2022-08-25, 30-day cycles): a provider certified more than 90
    /// days keeps its certification (<see cref="ClearanceOutcome.Retain"/>) only when its bound merchants' 30-day GMV
    /// reaches the minimum; failing cancels it (<see cref="ClearanceOutcome.Clear"/>). Input <c>provider: BrandProviderSnapshot</c>.
    /// </summary>
    public static EligibilityFamily<BrandProviderSnapshot, ClearanceDecision> BrandProviderAssessment { get; } = new(
        workflowName: EligibilityWorkflows.BrandProviderAssessment,
        inputName: "provider",
        inputType: typeof(BrandProviderSnapshot),
        outcomeType: typeof(ClearanceOutcome),
        route: "/providers/brand-assessment",
        description: "Brand service provider periodic assessment",
        validate: SnapshotValidator.Validate,
        withAsOf: (s, asOf) => s with { AsOf = asOf },
        decide: static (evaluation, _) => DecisionRules.NewClearance(evaluation))
    {
        RuleFile = "providers/brand-assessment.json",
        ReasonCodePrefix = "ASSESSMENT_",
    };

    /// <summary>Store-operation provider admission. Input <c>provider: StoreOperationProviderSnapshot</c>.</summary>
    public static EligibilityFamily<StoreOperationProviderSnapshot, AdmissionDecision> StoreOperationAdmission { get; } = new(
        workflowName: EligibilityWorkflows.StoreOperationAdmission,
        inputName: "provider",
        inputType: typeof(StoreOperationProviderSnapshot),
        outcomeType: typeof(AdmissionOutcome),
        route: "/providers/store-operation/admission",
        description: "Store-operation provider admission",
        validate: SnapshotValidator.Validate,
        withAsOf: (s, asOf) => s with { AsOf = asOf },
        decide: static (evaluation, _) => DecisionRules.NewAdmission(evaluation))
    {
        RuleFile = "providers/store-operation-admission.json",
        ReasonCodePrefix = "STOREOP_",
    };

    /// <summary>
    /// Store-operation provider penalty ladder: the most severe level reached. The tool shows an indeterminate one as
    /// <c>Delisted (ClearedOut indeterminate)</c>. Input <c>provider: StoreOperationProviderSnapshot</c>.
    /// </summary>
    public static EligibilityFamily<StoreOperationProviderSnapshot, PenaltyDecision> StoreOperationPenalty { get; } = new(
        workflowName: EligibilityWorkflows.StoreOperationPenalty,
        inputName: "provider",
        inputType: typeof(StoreOperationProviderSnapshot),
        outcomeType: typeof(PenaltyLevel),
        route: "/providers/store-operation/penalty",
        description: "Store-operation provider penalty ladder",
        validate: SnapshotValidator.Validate,
        withAsOf: (s, asOf) => s with { AsOf = asOf },
        decide: static (evaluation, _) => DecisionRules.Penalty(evaluation),
        shownOutcome: p => p.IndeterminateLevel is { } open ? $"{p.Level} ({open} indeterminate)" : p.Level.ToString())
    {
        RuleFile = "providers/store-operation-penalties.json",
        ReasonCodePrefix = "PENALTY_",
        RuleChecks = TypedRuleChecks.PenaltyRules,
    };

    /// <summary>The seven families, in the order of <see cref="EligibilityWorkflows.All"/>.</summary>
    public static IReadOnlyList<EligibilityFamily> All { get; } =
    [
        AllianceAdmission, AllianceClearance, AllianceProductClearance, BrandProviderRenewal, BrandProviderAssessment, StoreOperationAdmission,
        StoreOperationPenalty,
    ];

    /// <summary>The family whose workflow is <paramref name="workflowName"/> (any case) among <paramref name="families"/> (default <see cref="All"/>); null when none.</summary>
    /// <param name="workflowName">The workflow name.</param>
    /// <param name="families">The families to search; null for the built-ins.</param>
    public static EligibilityFamily? Find(string workflowName, IEnumerable<EligibilityFamily>? families = null)
        => (families ?? All).FirstOrDefault(f => string.Equals(f.WorkflowName, workflowName, StringComparison.OrdinalIgnoreCase));

    /// <summary>One product of a merchant snapshot, on its own, judged as of <paramref name="asOf"/> (the typed API's one-product call).</summary>
    internal static EligibilitySubject ProductSubject(ProductSnapshot? product, DateOnly asOf)
        => new(product?.Id ?? string.Empty, product?.Id, asOf, product, SnapshotValidator.Validate(product, asOf), null);

    /// <summary>Every product of the store, as of the store's date; a product is invalid when it or the store has errors (other products' do not count).</summary>
    private static IReadOnlyList<EligibilitySubject> ProductSubjects(MerchantSnapshot? merchant, ValidationResult validation)
    {
        var subjects = new EligibilitySubject[merchant!.Products.Count];
        for (var i = 0; i < subjects.Length; i++)
        {
            var product = merchant.Products[i];
            // A valid store (the usual case) shares its one valid result with every product.
            var own = validation.IsSuccess ? validation : new ValidationResult(validation.Errors.Where(e => !IsAboutOtherProduct(e.Field, i)).ToArray());
            subjects[i] = new EligibilitySubject($"{merchant.Id}/{product?.Id}", product?.Id, merchant.AsOf, product, own, null);
        }

        return subjects;
    }

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

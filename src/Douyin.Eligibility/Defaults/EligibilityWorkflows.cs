namespace Douyin.Eligibility;

/// <summary>
/// The workflow names the typed API evaluates, as fixed by docs/rule-conventions.md. A rule set used with
/// <see cref="EligibilityEvaluator"/> defines the workflows of the families it is asked about.
/// </summary>
public static class EligibilityWorkflows
{
    /// <summary>Selected Alliance store admission; input <c>merchant: MerchantSnapshot</c>.</summary>
    public const string AllianceAdmission = "AllianceAdmission";

    /// <summary>Selected Alliance store clearance; input <c>merchant: MerchantSnapshot</c>.</summary>
    public const string AllianceClearance = "AllianceClearance";

    /// <summary>Selected Alliance product clearance; input <c>product: ProductSnapshot</c>.</summary>
    public const string AllianceProductClearance = "AllianceProductClearance";

    /// <summary>Brand service provider renewal; input <c>provider: BrandProviderSnapshot</c>.</summary>
    public const string BrandProviderRenewal = "BrandProviderRenewal";

    /// <summary>Brand service provider periodic assessment (from 2022-08-25); input <c>provider: BrandProviderSnapshot</c>.</summary>
    public const string BrandProviderAssessment = "BrandProviderAssessment";

    /// <summary>Store-operation provider admission; input <c>provider: StoreOperationProviderSnapshot</c>.</summary>
    public const string StoreOperationAdmission = "StoreOperationAdmission";

    /// <summary>Store-operation provider penalty ladder; input <c>provider: StoreOperationProviderSnapshot</c>.</summary>
    public const string StoreOperationPenalty = "StoreOperationPenalty";

    /// <summary>All the names, one per built-in family, in the order of <see cref="Families.EligibilityFamilies.All"/>.</summary>
    public static IReadOnlyList<string> All { get; } = Families.EligibilityFamilies.All.Select(f => f.WorkflowName).ToArray();

    /// <summary>
    /// The default of <see cref="EligibilityOptions.RequiredWorkflows"/>: the built-in families whose sourced rules are in
    /// force without an end date, so a rule set must have a version of each in force today. Left out:
    /// <see cref="BrandProviderRenewal"/>, whose only sourced round (2023) was in force from 2022-12-26 to 2023-01-25, so
    /// no version is in force today (docs/rules/brand-renewal.md); and <see cref="BrandProviderAssessment"/>, added after
    /// the first six, so that a host with rules of its own does not fail at start when the package gains a family
    /// (docs/families.md). A host that evaluates it adds it to its list.
    /// </summary>
    public static IReadOnlyList<string> RequiredByDefault { get; } =
        [AllianceAdmission, AllianceClearance, AllianceProductClearance, StoreOperationAdmission, StoreOperationPenalty];
}

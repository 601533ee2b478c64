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

    /// <summary>Store-operation provider admission; input <c>provider: StoreOperationProviderSnapshot</c>.</summary>
    public const string StoreOperationAdmission = "StoreOperationAdmission";

    /// <summary>Store-operation provider penalty ladder; input <c>provider: StoreOperationProviderSnapshot</c>.</summary>
    public const string StoreOperationPenalty = "StoreOperationPenalty";

    /// <summary>All six names, one per built-in family, in the order of <see cref="Families.EligibilityFamilies.All"/>.</summary>
    public static IReadOnlyList<string> All { get; } = Families.EligibilityFamilies.All.Select(f => f.WorkflowName).ToArray();
}

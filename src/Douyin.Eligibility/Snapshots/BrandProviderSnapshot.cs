using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// A brand service provider as known on <see cref="AsOf"/>: what brand-provider renewal and the
/// 30-day GMV assessment read. Null means "unknown", never "fine". The Chinese name of each field is in docs/snapshots.md.
/// </summary>
[System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = MaxLengthMetadata.Justification)]
public sealed record BrandProviderSnapshot : ISnapshot
{
    /// <summary>JSON <c>id</c>. Provider id. Required (SV001).</summary>
    [MaxLength(128)]
    public string Id { get; init; } = "";

    /// <summary>JSON <c>asOf</c>. Evaluation date, China time; the 30-day assessment window ends on it inclusive (e.g. data cut-off 2023-01-25). Required (SV002).</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>JSON <c>name</c>. Provider name; null = unknown.</summary>
    [MaxLength(1_024)]
    public string? Name { get; init; }

    /// <summary>JSON <c>certifiedDate</c>. Date the brand-provider certification was granted; null = unknown. Must not be after <see cref="AsOf"/> (SV009).</summary>
    public DateOnly? CertifiedDate { get; init; }

    /// <summary>Whole days from <see cref="CertifiedDate"/> to <see cref="AsOf"/>, for "certified more than 90 days"; null when unknown. Derived, not serialized.</summary>
    [JsonIgnore]
    public int? DaysSinceCertified => SnapshotFormulas.DaysSince(CertifiedDate, AsOf);

    // Qualification and behaviour record

    /// <summary>JSON <c>qualificationReviewPassed</c>. Passed the qualification review; null = unknown.</summary>
    public bool? QualificationReviewPassed { get; init; }

    /// <summary>JSON <c>submissionsOnTime</c>. Submitted all required information within the deadline; null = unknown.</summary>
    public bool? SubmissionsOnTime { get; init; }

    /// <summary>JSON <c>violationCount</c>. Violations found in the renewal period, ≥ 0; null = unknown.</summary>
    public int? ViolationCount { get; init; }

    /// <summary>JSON <c>violationFinesFen</c>. Total fines for those violations, in fen, ≥ 0; null = unknown.</summary>
    public long? ViolationFinesFen { get; init; }

    /// <summary>JSON <c>renewalEligibilityRevoked</c>. The platform revoked renewal eligibility for violations; null = unknown.</summary>
    public bool? RenewalEligibilityRevoked { get; init; }

    // Standard contracts

    /// <summary>JSON <c>standardContractCount</c>. Service contracts with brand merchants on the standard terms, ≥ 0; null = unknown.</summary>
    public int? StandardContractCount { get; init; }

    /// <summary>JSON <c>contractsDefineRightsAndDuties</c>. Merchant contracts state both parties' rights and duties; null = unknown.</summary>
    public bool? ContractsDefineRightsAndDuties { get; init; }

    /// <summary>JSON <c>contractsBindMerchantsToPlatformRules</c>. Merchant contracts contain clauses binding merchants to platform rules; null = unknown.</summary>
    public bool? ContractsBindMerchantsToPlatformRules { get; init; }

    // Information security

    /// <summary>JSON <c>dataBackupInPlace</c>. A data backup system is in place; null = unknown.</summary>
    public bool? DataBackupInPlace { get; init; }

    /// <summary>JSON <c>accountManagementProcessInPlace</c>. An account management process is in place; null = unknown.</summary>
    public bool? AccountManagementProcessInPlace { get; init; }

    // Content and conversion

    /// <summary>JSON <c>contentCreativityScore</c>. Content creativity rating on a 100-point scale [0, 100] (assumed; the source gives no scale); null = unknown.</summary>
    public decimal? ContentCreativityScore { get; init; }

    /// <summary>JSON <c>adClickThroughRate</c>. Ad click-through rate, a rate in [0, 1]; null = unknown.</summary>
    public decimal? AdClickThroughRate { get; init; }

    /// <summary>JSON <c>orderConversionRate</c>. Order conversion rate, a rate in [0, 1]; null = unknown.</summary>
    public decimal? OrderConversionRate { get; init; }

    // Platform-rule compliance

    /// <summary>JSON <c>fakeOrdersFound</c>. Fake orders / brushing were found; null = unknown.</summary>
    public bool? FakeOrdersFound { get; init; }

    /// <summary>JSON <c>harmfulInformationFound</c>. Harmful information was published; null = unknown.</summary>
    public bool? HarmfulInformationFound { get; init; }

    // Scale, satisfaction and service level

    /// <summary>JSON <c>brandsServed</c>. Number of brands served, ≥ 0; null = unknown.</summary>
    public int? BrandsServed { get; init; }

    /// <summary>JSON <c>customerSatisfactionRate</c>. Brand-merchant satisfaction, a rate in [0, 1]; null = unknown.</summary>
    public decimal? CustomerSatisfactionRate { get; init; }

    /// <summary>JSON <c>promotionActivityCount</c>. Promotion activities run in the assessment period, ≥ 0; null = unknown.</summary>
    public int? PromotionActivityCount { get; init; }

    /// <summary>JSON <c>avgResponseMinutes</c>. Average response time to merchants, in minutes, ≥ 0; null = unknown.</summary>
    public decimal? AvgResponseMinutes { get; init; }

    /// <summary>JSON <c>serviceProcessDefined</c>. A customer-service process is defined; null = unknown.</summary>
    public bool? ServiceProcessDefined { get; init; }

    // Business planning, team, diversification, risk

    /// <summary>JSON <c>businessPlanInPlace</c>. A clear business plan and budget exist; null = unknown.</summary>
    public bool? BusinessPlanInPlace { get; init; }

    /// <summary>JSON <c>teamSize</c>. Team size, ≥ 0; null = unknown.</summary>
    public int? TeamSize { get; init; }

    /// <summary>JSON <c>businessLineCount</c>. Distinct business lines, e.g. other platforms, live-stream selling, ≥ 0; null = unknown.</summary>
    public int? BusinessLineCount { get; init; }

    /// <summary>JSON <c>riskManagementInPlace</c>. Risk prevention and insurance arrangements exist; null = unknown.</summary>
    public bool? RiskManagementInPlace { get; init; }

    // Dated assessment and 2023 renewal specifics

    /// <summary>
    /// JSON <c>boundMerchantsSelfSaleGmv30dFen</c>. Valid self-sale settled GMV of all bound merchants over the assessment
    /// window that ends on <see cref="AsOf"/>, in fen, ≥ 0; null = unknown. The window is the one the sources call "30 days"
    /// for the workflow judged: for the 2023 renewal, 2022-12-26 to the cut-off 2023-01-25 (31 calendar days inclusive,
    /// evaluated with AsOf = 2023-01-25); for the periodic assessment from 2022-08-25, the 30-day cycle ending on AsOf
    /// (AsOf − 30 &lt; day ≤ AsOf). docs/snapshots.md.
    /// </summary>
    public long? BoundMerchantsSelfSaleGmv30dFen { get; init; }

    /// <summary>JSON <c>depositPaidInFull</c>. The deposit is paid in full; null = unknown.</summary>
    public bool? DepositPaidInFull { get; init; }

    /// <summary>JSON <c>supplementaryAgreementSigned</c>. The supplementary agreement is signed; null = unknown.</summary>
    public bool? SupplementaryAgreementSigned { get; init; }
}

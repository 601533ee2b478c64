using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// A brand service provider (品牌服务商) as known on <see cref="AsOf"/>: what brand-provider renewal (续牌) and the
/// 30-day GMV assessment read. Null means "unknown", never "fine".
/// </summary>
public sealed record BrandProviderSnapshot : ISnapshot
{
    /// <summary>JSON <c>id</c>. Provider id (服务商ID). Required (SV001).</summary>
    [MaxLength(128)]
    public string Id { get; init; } = "";

    /// <summary>JSON <c>asOf</c>. Evaluation date, China time; the 30-day assessment window ends on it inclusive (e.g. data cut-off 2023-01-25). Required (SV002).</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>JSON <c>name</c>. Provider name (服务商名称); null = unknown.</summary>
    [MaxLength(1_024)]
    public string? Name { get; init; }

    /// <summary>JSON <c>certifiedDate</c>. Date the brand-provider certification was granted (认证日期); null = unknown. Must not be after <see cref="AsOf"/> (SV009).</summary>
    public DateOnly? CertifiedDate { get; init; }

    /// <summary>Whole days from <see cref="CertifiedDate"/> to <see cref="AsOf"/> (认证天数), for "certified more than 90 days"; null when unknown. Derived, not serialized.</summary>
    [JsonIgnore]
    public int? DaysSinceCertified => CertifiedDate is { } certified ? AsOf.DayNumber - certified.DayNumber : null;

    // Qualification and behaviour record (审查资质和行为记录)

    /// <summary>JSON <c>qualificationReviewPassed</c>. Passed the qualification review (资质审查通过); null = unknown.</summary>
    public bool? QualificationReviewPassed { get; init; }

    /// <summary>JSON <c>submissionsOnTime</c>. Submitted all required information within the deadline (按时提交信息); null = unknown.</summary>
    public bool? SubmissionsOnTime { get; init; }

    /// <summary>JSON <c>violationCount</c>. Violations found in the renewal period (违规次数), ≥ 0; null = unknown.</summary>
    public int? ViolationCount { get; init; }

    /// <summary>JSON <c>violationFinesFen</c>. Total fines for those violations (违规罚款), in fen, ≥ 0; null = unknown.</summary>
    public long? ViolationFinesFen { get; init; }

    /// <summary>JSON <c>renewalEligibilityRevoked</c>. The platform revoked renewal eligibility for violations (取消续牌资格); null = unknown.</summary>
    public bool? RenewalEligibilityRevoked { get; init; }

    // Standard contracts (规范合同签订)

    /// <summary>JSON <c>standardContractCount</c>. Service contracts with brand merchants on the standard terms (规范服务合同数), ≥ 0; null = unknown.</summary>
    public int? StandardContractCount { get; init; }

    /// <summary>JSON <c>contractsDefineRightsAndDuties</c>. Merchant contracts state both parties' rights and duties (明确双方权利义务); null = unknown.</summary>
    public bool? ContractsDefineRightsAndDuties { get; init; }

    /// <summary>JSON <c>contractsBindMerchantsToPlatformRules</c>. Merchant contracts contain clauses binding merchants to platform rules (约束商家违规行为条款); null = unknown.</summary>
    public bool? ContractsBindMerchantsToPlatformRules { get; init; }

    // Information security (信息安全保障措施)

    /// <summary>JSON <c>dataBackupInPlace</c>. A data backup system is in place (数据备份制度); null = unknown.</summary>
    public bool? DataBackupInPlace { get; init; }

    /// <summary>JSON <c>accountManagementProcessInPlace</c>. An account management process is in place (账号管理流程); null = unknown.</summary>
    public bool? AccountManagementProcessInPlace { get; init; }

    // Content and conversion (内容创意能力 / 创意转化效果)

    /// <summary>JSON <c>contentCreativityScore</c>. Content creativity rating (内容创意能力评分) on a 100-point scale [0, 100] (assumed; the source gives no scale); null = unknown.</summary>
    public decimal? ContentCreativityScore { get; init; }

    /// <summary>JSON <c>adClickThroughRate</c>. Ad click-through rate (广告点击率), a rate in [0, 1]; null = unknown.</summary>
    public decimal? AdClickThroughRate { get; init; }

    /// <summary>JSON <c>orderConversionRate</c>. Order conversion rate (订单成交率), a rate in [0, 1]; null = unknown.</summary>
    public decimal? OrderConversionRate { get; init; }

    // Platform-rule compliance (严格遵守平台规则)

    /// <summary>JSON <c>fakeOrdersFound</c>. Fake orders / brushing were found (恶意刷单); null = unknown.</summary>
    public bool? FakeOrdersFound { get; init; }

    /// <summary>JSON <c>harmfulInformationFound</c>. Harmful information was published (发布不良信息); null = unknown.</summary>
    public bool? HarmfulInformationFound { get; init; }

    // Scale, satisfaction and service level

    /// <summary>JSON <c>brandsServed</c>. Number of brands served (服务品牌数量), ≥ 0; null = unknown.</summary>
    public int? BrandsServed { get; init; }

    /// <summary>JSON <c>customerSatisfactionRate</c>. Brand-merchant satisfaction (客户满意度), a rate in [0, 1]; null = unknown.</summary>
    public decimal? CustomerSatisfactionRate { get; init; }

    /// <summary>JSON <c>promotionActivityCount</c>. Promotion activities run in the assessment period (宣传推广活动), ≥ 0; null = unknown.</summary>
    public int? PromotionActivityCount { get; init; }

    /// <summary>JSON <c>avgResponseMinutes</c>. Average response time to merchants (平均响应时长), in minutes, ≥ 0; null = unknown.</summary>
    public decimal? AvgResponseMinutes { get; init; }

    /// <summary>JSON <c>serviceProcessDefined</c>. A customer-service process is defined (客户服务流程); null = unknown.</summary>
    public bool? ServiceProcessDefined { get; init; }

    // Business planning, team, diversification, risk (经营规划 / 团队建设 / 多元化业务 / 风险管理)

    /// <summary>JSON <c>businessPlanInPlace</c>. A clear business plan and budget exist (业务计划与资金预算); null = unknown.</summary>
    public bool? BusinessPlanInPlace { get; init; }

    /// <summary>JSON <c>teamSize</c>. Team size (团队人数), ≥ 0; null = unknown.</summary>
    public int? TeamSize { get; init; }

    /// <summary>JSON <c>businessLineCount</c>. Distinct business lines, e.g. other platforms, live-stream selling (多元化业务线数), ≥ 0; null = unknown.</summary>
    public int? BusinessLineCount { get; init; }

    /// <summary>JSON <c>riskManagementInPlace</c>. Risk prevention and insurance arrangements exist (风险防范机制); null = unknown.</summary>
    public bool? RiskManagementInPlace { get; init; }

    // Dated assessment and 2023 renewal specifics

    /// <summary>
    /// JSON <c>boundMerchantsSelfSaleGmv30dFen</c>. Valid self-sale settled GMV of all bound merchants over the 30 days
    /// ending on <see cref="AsOf"/> (绑定商家近30天有效自卖结算GMV), in fen, ≥ 0; null = unknown.
    /// </summary>
    public long? BoundMerchantsSelfSaleGmv30dFen { get; init; }

    /// <summary>JSON <c>depositPaidInFull</c>. The deposit is paid in full (保证金足额缴纳); null = unknown.</summary>
    public bool? DepositPaidInFull { get; init; }

    /// <summary>JSON <c>supplementaryAgreementSigned</c>. The supplementary agreement is signed (签署补充协议); null = unknown.</summary>
    public bool? SupplementaryAgreementSigned { get; init; }
}

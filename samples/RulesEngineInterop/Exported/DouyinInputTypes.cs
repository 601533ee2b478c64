// Written by `douyin-eligibility export --to rulesengine`: plain data types shaped like the Douyin.Eligibility
// input types the exported workflows read, for System.Text.Json and the library's snapshot JSON. Do not edit; export again.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Douyin.Eligibility.RulesEngine;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Interop;

/// <summary>As <c>Douyin.Eligibility.Snapshots.MerchantSnapshot</c>; a JSON property it does not have is an error, as in the library.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class MerchantSnapshot
{
    /// <summary>JSON <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>JSON <c>asOf</c>.</summary>
    [JsonPropertyName("asOf")]
    public DateOnly AsOf { get; set; }

    /// <summary>JSON <c>shopName</c>.</summary>
    [JsonPropertyName("shopName")]
    public string? ShopName { get; set; }

    /// <summary>JSON <c>isSettled</c>.</summary>
    [JsonPropertyName("isSettled")]
    public bool? IsSettled { get; set; }

    /// <summary>JSON <c>isStoreOpened</c>.</summary>
    [JsonPropertyName("isStoreOpened")]
    public bool? IsStoreOpened { get; set; }

    /// <summary>JSON <c>isStoreStatusNormal</c>.</summary>
    [JsonPropertyName("isStoreStatusNormal")]
    public bool? IsStoreStatusNormal { get; set; }

    /// <summary>JSON <c>isAccountStatusNormal</c>.</summary>
    [JsonPropertyName("isAccountStatusNormal")]
    public bool? IsAccountStatusNormal { get; set; }

    /// <summary>JSON <c>settledDate</c>.</summary>
    [JsonPropertyName("settledDate")]
    public DateOnly? SettledDate { get; set; }

    /// <summary>Computed as the library computes it; not in the JSON.</summary>
    [JsonIgnore]
    public int? DaysSinceSettled => SnapshotFormulas.DaysSince(SettledDate, AsOf);

    /// <summary>JSON <c>gmv30dFen</c>.</summary>
    [JsonPropertyName("gmv30dFen")]
    public long? Gmv30dFen { get; set; }

    /// <summary>JSON <c>storeScore</c>.</summary>
    [JsonPropertyName("storeScore")]
    public decimal? StoreScore { get; set; }

    /// <summary>JSON <c>positiveRate</c>.</summary>
    [JsonPropertyName("positiveRate")]
    public decimal? PositiveRate { get; set; }

    /// <summary>JSON <c>experienceScore</c>.</summary>
    [JsonPropertyName("experienceScore")]
    public decimal? ExperienceScore { get; set; }

    /// <summary>JSON <c>experienceScoreScale</c>.</summary>
    [JsonPropertyName("experienceScoreScale")]
    public ScoreScale? ExperienceScoreScale { get; set; }

    /// <summary>JSON <c>sellsVirtualGoodsOnly</c>.</summary>
    [JsonPropertyName("sellsVirtualGoodsOnly")]
    public bool? SellsVirtualGoodsOnly { get; set; }

    /// <summary>JSON <c>warehouseInspectionPassed</c>.</summary>
    [JsonPropertyName("warehouseInspectionPassed")]
    public bool? WarehouseInspectionPassed { get; set; }

    /// <summary>JSON <c>isAllianceConnected</c>.</summary>
    [JsonPropertyName("isAllianceConnected")]
    public bool? IsAllianceConnected { get; set; }

    /// <summary>JSON <c>isErpIntegrated</c>.</summary>
    [JsonPropertyName("isErpIntegrated")]
    public bool? IsErpIntegrated { get; set; }

    /// <summary>JSON <c>isBrandQualificationCompliant</c>.</summary>
    [JsonPropertyName("isBrandQualificationCompliant")]
    public bool? IsBrandQualificationCompliant { get; set; }

    /// <summary>JSON <c>isJudgedUnsuitable</c>.</summary>
    [JsonPropertyName("isJudgedUnsuitable")]
    public bool? IsJudgedUnsuitable { get; set; }

    /// <summary>JSON <c>allianceOpeningsUsed</c>.</summary>
    [JsonPropertyName("allianceOpeningsUsed")]
    public int? AllianceOpeningsUsed { get; set; }

    /// <summary>JSON <c>wasClearedForViolation</c>.</summary>
    [JsonPropertyName("wasClearedForViolation")]
    public bool? WasClearedForViolation { get; set; }

    /// <summary>JSON <c>seriousViolationPoints30d</c>.</summary>
    [JsonPropertyName("seriousViolationPoints30d")]
    public int? SeriousViolationPoints30d { get; set; }

    /// <summary>JSON <c>penaltyHistoryFrom</c>.</summary>
    [JsonPropertyName("penaltyHistoryFrom")]
    public DateOnly? PenaltyHistoryFrom { get; set; }

    /// <summary>JSON <c>penalties</c>.</summary>
    [JsonPropertyName("penalties")]
    public List<PenaltyRecord> Penalties { get; set; } = [];

    /// <summary>JSON <c>controllerStoresKnown</c>.</summary>
    [JsonPropertyName("controllerStoresKnown")]
    public bool? ControllerStoresKnown { get; set; }

    /// <summary>JSON <c>controllerStores</c>.</summary>
    [JsonPropertyName("controllerStores")]
    public List<ControllerStoreSnapshot> ControllerStores { get; set; } = [];

    /// <summary>JSON <c>products</c>.</summary>
    [JsonPropertyName("products")]
    public List<ProductSnapshot> Products { get; set; } = [];
}

/// <summary>As <c>Douyin.Eligibility.Snapshots.ProductSnapshot</c>; a JSON property it does not have is an error, as in the library.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class ProductSnapshot
{
    /// <summary>JSON <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>JSON <c>title</c>.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>JSON <c>category</c>.</summary>
    [JsonPropertyName("category")]
    public string? Category { get; set; }

    /// <summary>JSON <c>qualityReturnRate</c>.</summary>
    [JsonPropertyName("qualityReturnRate")]
    public decimal? QualityReturnRate { get; set; }

    /// <summary>JSON <c>qualityReturnRateThreshold</c>.</summary>
    [JsonPropertyName("qualityReturnRateThreshold")]
    public decimal? QualityReturnRateThreshold { get; set; }

    /// <summary>JSON <c>pickupRate24h</c>.</summary>
    [JsonPropertyName("pickupRate24h")]
    public decimal? PickupRate24h { get; set; }

    /// <summary>JSON <c>customerServiceSatisfactionRate</c>.</summary>
    [JsonPropertyName("customerServiceSatisfactionRate")]
    public decimal? CustomerServiceSatisfactionRate { get; set; }

    /// <summary>JSON <c>isCleared</c>.</summary>
    [JsonPropertyName("isCleared")]
    public bool? IsCleared { get; set; }

    /// <summary>JSON <c>clearedDate</c>.</summary>
    [JsonPropertyName("clearedDate")]
    public DateOnly? ClearedDate { get; set; }
}

/// <summary>As <c>Douyin.Eligibility.Snapshots.BrandProviderSnapshot</c>; a JSON property it does not have is an error, as in the library.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class BrandProviderSnapshot
{
    /// <summary>JSON <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>JSON <c>asOf</c>.</summary>
    [JsonPropertyName("asOf")]
    public DateOnly AsOf { get; set; }

    /// <summary>JSON <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>JSON <c>certifiedDate</c>.</summary>
    [JsonPropertyName("certifiedDate")]
    public DateOnly? CertifiedDate { get; set; }

    /// <summary>Computed as the library computes it; not in the JSON.</summary>
    [JsonIgnore]
    public int? DaysSinceCertified => SnapshotFormulas.DaysSince(CertifiedDate, AsOf);

    /// <summary>JSON <c>qualificationReviewPassed</c>.</summary>
    [JsonPropertyName("qualificationReviewPassed")]
    public bool? QualificationReviewPassed { get; set; }

    /// <summary>JSON <c>submissionsOnTime</c>.</summary>
    [JsonPropertyName("submissionsOnTime")]
    public bool? SubmissionsOnTime { get; set; }

    /// <summary>JSON <c>violationCount</c>.</summary>
    [JsonPropertyName("violationCount")]
    public int? ViolationCount { get; set; }

    /// <summary>JSON <c>violationFinesFen</c>.</summary>
    [JsonPropertyName("violationFinesFen")]
    public long? ViolationFinesFen { get; set; }

    /// <summary>JSON <c>renewalEligibilityRevoked</c>.</summary>
    [JsonPropertyName("renewalEligibilityRevoked")]
    public bool? RenewalEligibilityRevoked { get; set; }

    /// <summary>JSON <c>standardContractCount</c>.</summary>
    [JsonPropertyName("standardContractCount")]
    public int? StandardContractCount { get; set; }

    /// <summary>JSON <c>contractsDefineRightsAndDuties</c>.</summary>
    [JsonPropertyName("contractsDefineRightsAndDuties")]
    public bool? ContractsDefineRightsAndDuties { get; set; }

    /// <summary>JSON <c>contractsBindMerchantsToPlatformRules</c>.</summary>
    [JsonPropertyName("contractsBindMerchantsToPlatformRules")]
    public bool? ContractsBindMerchantsToPlatformRules { get; set; }

    /// <summary>JSON <c>dataBackupInPlace</c>.</summary>
    [JsonPropertyName("dataBackupInPlace")]
    public bool? DataBackupInPlace { get; set; }

    /// <summary>JSON <c>accountManagementProcessInPlace</c>.</summary>
    [JsonPropertyName("accountManagementProcessInPlace")]
    public bool? AccountManagementProcessInPlace { get; set; }

    /// <summary>JSON <c>contentCreativityScore</c>.</summary>
    [JsonPropertyName("contentCreativityScore")]
    public decimal? ContentCreativityScore { get; set; }

    /// <summary>JSON <c>adClickThroughRate</c>.</summary>
    [JsonPropertyName("adClickThroughRate")]
    public decimal? AdClickThroughRate { get; set; }

    /// <summary>JSON <c>orderConversionRate</c>.</summary>
    [JsonPropertyName("orderConversionRate")]
    public decimal? OrderConversionRate { get; set; }

    /// <summary>JSON <c>fakeOrdersFound</c>.</summary>
    [JsonPropertyName("fakeOrdersFound")]
    public bool? FakeOrdersFound { get; set; }

    /// <summary>JSON <c>harmfulInformationFound</c>.</summary>
    [JsonPropertyName("harmfulInformationFound")]
    public bool? HarmfulInformationFound { get; set; }

    /// <summary>JSON <c>brandsServed</c>.</summary>
    [JsonPropertyName("brandsServed")]
    public int? BrandsServed { get; set; }

    /// <summary>JSON <c>customerSatisfactionRate</c>.</summary>
    [JsonPropertyName("customerSatisfactionRate")]
    public decimal? CustomerSatisfactionRate { get; set; }

    /// <summary>JSON <c>promotionActivityCount</c>.</summary>
    [JsonPropertyName("promotionActivityCount")]
    public int? PromotionActivityCount { get; set; }

    /// <summary>JSON <c>avgResponseMinutes</c>.</summary>
    [JsonPropertyName("avgResponseMinutes")]
    public decimal? AvgResponseMinutes { get; set; }

    /// <summary>JSON <c>serviceProcessDefined</c>.</summary>
    [JsonPropertyName("serviceProcessDefined")]
    public bool? ServiceProcessDefined { get; set; }

    /// <summary>JSON <c>businessPlanInPlace</c>.</summary>
    [JsonPropertyName("businessPlanInPlace")]
    public bool? BusinessPlanInPlace { get; set; }

    /// <summary>JSON <c>teamSize</c>.</summary>
    [JsonPropertyName("teamSize")]
    public int? TeamSize { get; set; }

    /// <summary>JSON <c>businessLineCount</c>.</summary>
    [JsonPropertyName("businessLineCount")]
    public int? BusinessLineCount { get; set; }

    /// <summary>JSON <c>riskManagementInPlace</c>.</summary>
    [JsonPropertyName("riskManagementInPlace")]
    public bool? RiskManagementInPlace { get; set; }

    /// <summary>JSON <c>boundMerchantsSelfSaleGmv30dFen</c>.</summary>
    [JsonPropertyName("boundMerchantsSelfSaleGmv30dFen")]
    public long? BoundMerchantsSelfSaleGmv30dFen { get; set; }

    /// <summary>JSON <c>depositPaidInFull</c>.</summary>
    [JsonPropertyName("depositPaidInFull")]
    public bool? DepositPaidInFull { get; set; }

    /// <summary>JSON <c>supplementaryAgreementSigned</c>.</summary>
    [JsonPropertyName("supplementaryAgreementSigned")]
    public bool? SupplementaryAgreementSigned { get; set; }
}

/// <summary>As <c>Douyin.Eligibility.Snapshots.StoreOperationProviderSnapshot</c>; a JSON property it does not have is an error, as in the library.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class StoreOperationProviderSnapshot
{
    /// <summary>JSON <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>JSON <c>asOf</c>.</summary>
    [JsonPropertyName("asOf")]
    public DateOnly AsOf { get; set; }

    /// <summary>JSON <c>name</c>.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>JSON <c>softwareModules</c>.</summary>
    [JsonPropertyName("softwareModules")]
    public List<string> SoftwareModules { get; set; } = [];

    /// <summary>JSON <c>softwareModulesKnown</c>.</summary>
    [JsonPropertyName("softwareModulesKnown")]
    public bool? SoftwareModulesKnown { get; set; }

    /// <summary>JSON <c>cooperationCaseCount</c>.</summary>
    [JsonPropertyName("cooperationCaseCount")]
    public int? CooperationCaseCount { get; set; }

    /// <summary>JSON <c>stampedValidContractCount</c>.</summary>
    [JsonPropertyName("stampedValidContractCount")]
    public int? StampedValidContractCount { get; set; }

    /// <summary>JSON <c>registeredDate</c>.</summary>
    [JsonPropertyName("registeredDate")]
    public DateOnly? RegisteredDate { get; set; }

    /// <summary>Computed as the library computes it; not in the JSON.</summary>
    [JsonIgnore]
    public int? RegisteredFullYears => SnapshotFormulas.FullYearsSince(RegisteredDate, AsOf);

    /// <summary>JSON <c>registeredCapitalFen</c>.</summary>
    [JsonPropertyName("registeredCapitalFen")]
    public long? RegisteredCapitalFen { get; set; }

    /// <summary>JSON <c>employeeCount</c>.</summary>
    [JsonPropertyName("employeeCount")]
    public int? EmployeeCount { get; set; }

    /// <summary>JSON <c>hasFixedOffice</c>.</summary>
    [JsonPropertyName("hasFixedOffice")]
    public bool? HasFixedOffice { get; set; }

    /// <summary>JSON <c>enterpriseQualificationValid</c>.</summary>
    [JsonPropertyName("enterpriseQualificationValid")]
    public bool? EnterpriseQualificationValid { get; set; }

    /// <summary>JSON <c>depositPaidFen</c>.</summary>
    [JsonPropertyName("depositPaidFen")]
    public long? DepositPaidFen { get; set; }

    /// <summary>JSON <c>violationHistoryFrom</c>.</summary>
    [JsonPropertyName("violationHistoryFrom")]
    public DateOnly? ViolationHistoryFrom { get; set; }

    /// <summary>JSON <c>violations</c>.</summary>
    [JsonPropertyName("violations")]
    public List<ProviderViolation> Violations { get; set; } = [];

    /// <summary>Computed as the library computes it; not in the JSON.</summary>
    [JsonIgnore]
    public int? CurrentYearViolationPoints => SnapshotFormulas.CurrentYearPoints(Violations, static v => (v.Date, v.Points, v.AppealUpheld), AsOf);
}

/// <summary>As <c>Douyin.Eligibility.Snapshots.ScoreScale</c>; JSON: the value's name, never a number.</summary>
[JsonConverter(typeof(EnumNameConverter<ScoreScale>))]
public enum ScoreScale
{
    /// <summary>FivePoint.</summary>
    FivePoint = 1,
    /// <summary>HundredPoint.</summary>
    HundredPoint = 2,
}

/// <summary>As <c>Douyin.Eligibility.Snapshots.PenaltyRecord</c>; a JSON property it does not have is an error, as in the library.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class PenaltyRecord
{
    /// <summary>JSON <c>rule</c>.</summary>
    [JsonPropertyName("rule")]
    public string Rule { get; set; } = "";

    /// <summary>JSON <c>date</c>.</summary>
    [JsonPropertyName("date")]
    public DateOnly Date { get; set; }

    /// <summary>JSON <c>severity</c>.</summary>
    [JsonPropertyName("severity")]
    public string? Severity { get; set; }

    /// <summary>JSON <c>description</c>.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>JSON <c>points</c>.</summary>
    [JsonPropertyName("points")]
    public int? Points { get; set; }
}

/// <summary>As <c>Douyin.Eligibility.Snapshots.ControllerStoreSnapshot</c>; a JSON property it does not have is an error, as in the library.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class ControllerStoreSnapshot
{
    /// <summary>JSON <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>JSON <c>hasSeriousViolationPenalty</c>.</summary>
    [JsonPropertyName("hasSeriousViolationPenalty")]
    public bool? HasSeriousViolationPenalty { get; set; }

    /// <summary>JSON <c>hasSeriousTransactionSafetyIncident</c>.</summary>
    [JsonPropertyName("hasSeriousTransactionSafetyIncident")]
    public bool? HasSeriousTransactionSafetyIncident { get; set; }

    /// <summary>JSON <c>penalties</c>.</summary>
    [JsonPropertyName("penalties")]
    public List<PenaltyRecord> Penalties { get; set; } = [];
}

/// <summary>As <c>Douyin.Eligibility.Snapshots.ProviderViolation</c>; a JSON property it does not have is an error, as in the library.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class ProviderViolation
{
    /// <summary>JSON <c>id</c>.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>JSON <c>date</c>.</summary>
    [JsonPropertyName("date")]
    public DateOnly Date { get; set; }

    /// <summary>JSON <c>points</c>.</summary>
    [JsonPropertyName("points")]
    public int? Points { get; set; }

    /// <summary>JSON <c>kind</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "";

    /// <summary>JSON <c>appealed</c>.</summary>
    [JsonPropertyName("appealed")]
    public bool? Appealed { get; set; }

    /// <summary>JSON <c>appealUpheld</c>.</summary>
    [JsonPropertyName("appealUpheld")]
    public bool? AppealUpheld { get; set; }
}

/// <summary>Reads an enum from exactly one of its value names (a number, or another spelling, is an error) and writes the name.</summary>
public sealed class EnumNameConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } name
            && Enum.GetNames<TEnum>().Contains(name, StringComparer.Ordinal))
        {
            return Enum.Parse<TEnum>(name);
        }

        throw new JsonException($"Expected one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// A store-operation service provider as known on <see cref="AsOf"/>: what admission (software,
/// cooperation, capability, hardware) and the points-based violation ladder read. Null means "unknown". The Chinese name of each field is in docs/snapshots.md.
/// </summary>
[System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = MaxLengthMetadata.Justification)]
public sealed record StoreOperationProviderSnapshot : ISnapshot
{
    /// <summary>JSON <c>id</c>. Provider id. Required (SV001).</summary>
    [MaxLength(128)]
    public string Id { get; init; } = "";

    /// <summary>JSON <c>asOf</c>. Evaluation date, China time. Required (SV002).</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>JSON <c>name</c>. Provider (company) name; null = unknown.</summary>
    [MaxLength(1_024)]
    public string? Name { get; init; }

    /// <summary>
    /// JSON <c>softwareModules</c>. Service modules offered, open codes such as those in
    /// <see cref="StoreOperationModules"/>; never null, empty when none are known. A module absent from the list counts
    /// as "not offered" only when <see cref="SoftwareModulesKnown"/> is true.
    /// </summary>
    [MaxLength(100)]
    [MaxItemLength(128)]
    public IReadOnlyList<string> SoftwareModules { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>
    /// JSON <c>softwareModulesKnown</c>. True when <see cref="SoftwareModules"/> lists every module the provider offers,
    /// so a missing core module fails admission; false or null (unknown, the JSON property left out) makes a core module
    /// that is not listed Indeterminate, naming this field. A listed module counts either way. Like
    /// <see cref="MerchantSnapshot.ControllerStoresKnown"/> for a merchant's other stores.
    /// </summary>
    public bool? SoftwareModulesKnown { get; init; }

    /// <summary>JSON <c>cooperationCaseCount</c>. Cooperation cases submitted, ≥ 0; null = unknown.</summary>
    public int? CooperationCaseCount { get; init; }

    /// <summary>JSON <c>stampedValidContractCount</c>. Valid cooperation contracts stamped by the applicant, ≥ 0; null = unknown.</summary>
    public int? StampedValidContractCount { get; init; }

    /// <summary>JSON <c>registeredDate</c>. Company registration date; null = unknown. Must not be after <see cref="AsOf"/> (SV009).</summary>
    public DateOnly? RegisteredDate { get; init; }

    /// <summary>
    /// Full years from <see cref="RegisteredDate"/> to <see cref="AsOf"/>: an anniversary on <see cref="AsOf"/>
    /// counts. Null when the date is unknown. Derived, not serialized.
    /// </summary>
    [JsonIgnore]
    public int? RegisteredFullYears => SnapshotFormulas.FullYearsSince(RegisteredDate, AsOf);

    /// <summary>JSON <c>registeredCapitalFen</c>. Registered capital, in fen, ≥ 0; null = unknown.</summary>
    public long? RegisteredCapitalFen { get; init; }

    /// <summary>JSON <c>employeeCount</c>. Number of employees, ≥ 0; null = unknown.</summary>
    public int? EmployeeCount { get; init; }

    /// <summary>JSON <c>hasFixedOffice</c>. Has a fixed office; null = unknown.</summary>
    public bool? HasFixedOffice { get; init; }

    /// <summary>JSON <c>enterpriseQualificationValid</c>. Enterprise qualification (business licence etc.) is valid; null = unknown.</summary>
    public bool? EnterpriseQualificationValid { get; init; }

    /// <summary>JSON <c>depositPaidFen</c>. Deposit paid, in fen, ≥ 0; null = unknown.</summary>
    public long? DepositPaidFen { get; init; }

    /// <summary>
    /// JSON <c>violationHistoryFrom</c>. The first date from which <see cref="Violations"/> is complete; an empty list
    /// proves "no points this year" only when this is on or before 1 January of <see cref="AsOf"/>'s year.
    /// Null = completeness unknown. Must not be after <see cref="AsOf"/> (SV009).
    /// </summary>
    public DateOnly? ViolationHistoryFrom { get; init; }

    /// <summary>JSON <c>violations</c>. Recorded violations for the penalty ladder; never null.</summary>
    [MaxLength(1_000)]
    public IReadOnlyList<ProviderViolation> Violations { get; init => field = ValueList<ProviderViolation>.From(value); } = ValueList<ProviderViolation>.Empty;

    /// <summary>
    /// Points accumulated in <see cref="AsOf"/>'s calendar year up to <see cref="AsOf"/>, leaving out
    /// violations whose appeal was upheld; points reset every 31 Dec 23:59:59. Null (unknown, so the ladder is
    /// indeterminate) when one of those violations has unknown points, which validation rejects (SV016). Stays within
    /// the range of <see cref="int"/> instead of overflowing. Derived, not serialized.
    /// </summary>
    [JsonIgnore]
    public int? CurrentYearViolationPoints
        => SnapshotFormulas.CurrentYearPoints(Violations, static v => (v.Date, v.Points, v.AppealUpheld), AsOf);
}

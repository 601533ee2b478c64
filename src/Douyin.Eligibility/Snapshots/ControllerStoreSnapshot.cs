using System.ComponentModel.DataAnnotations;
using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Snapshots;

/// <summary>
/// Another store of the same actual controller, as far as Selected Alliance admission
/// condition 10 needs it: no specified serious-violation penalty and no serious transaction-safety incident.
/// </summary>
[System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = MaxLengthMetadata.Justification)]
public sealed record ControllerStoreSnapshot
{
    /// <summary>JSON <c>id</c>. The other store's id. Required (SV001).</summary>
    [MaxLength(128)]
    public string Id { get; init; } = "";

    /// <summary>
    /// JSON <c>hasSeriousViolationPenalty</c>. Whether that store was penalised for one of the specified serious
    /// violations; null = unknown. Use this when the source gives only a flag;
    /// <see cref="Penalties"/> holds the detail when it is known.
    /// </summary>
    public bool? HasSeriousViolationPenalty { get; init; }

    /// <summary>
    /// JSON <c>hasSeriousTransactionSafetyIncident</c>. Whether that store had a case that seriously endangered
    /// transaction safety; null = unknown.
    /// </summary>
    public bool? HasSeriousTransactionSafetyIncident { get; init; }

    /// <summary>JSON <c>penalties</c>. That store's known penalties; never null, empty when none are listed.</summary>
    [MaxLength(1_000)]
    public IReadOnlyList<PenaltyRecord> Penalties { get; init => field = ValueList<PenaltyRecord>.From(value); } = ValueList<PenaltyRecord>.Empty;
}

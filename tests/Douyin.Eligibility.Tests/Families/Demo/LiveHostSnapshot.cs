using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Families.Demo;

/// <summary>
/// The demo family's snapshot (docs/families.md): a live-stream host applying to sell through the platform. JSON
/// names are camelCase like every snapshot's; unknown members are errors.
/// </summary>
public sealed record LiveHostSnapshot : ISnapshot
{
    /// <summary>JSON <c>id</c>. The host's account id.</summary>
    public string Id { get; init; } = "";

    /// <summary>JSON <c>asOf</c>. The evaluation date.</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>JSON <c>followers</c>. Followers on the evaluation date; null = unknown.</summary>
    public int? Followers { get; init; }

    /// <summary>JSON <c>violationPoints30d</c>. Violation points of the last 30 days; null = unknown.</summary>
    public int? ViolationPoints30d { get; init; }
}

namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// The plain C# definitions of the snapshot members the library computes instead of reading them from JSON (they have
/// no setter), for the exported input types: each is the call of the library property's own formula. An input type with
/// a computed member missing here cannot be exported.
/// </summary>
internal static class DerivedMembers
{
    private const string Snapshots = "Douyin.Eligibility.Snapshots.";

    // Each calls the formula the library's property calls (SnapshotFormulas, exported beside the types).
    private static readonly Dictionary<string, string> Bodies = new(StringComparer.Ordinal)
    {
        [Snapshots + "MerchantSnapshot.DaysSinceSettled"] = "SnapshotFormulas.DaysSince(SettledDate, AsOf)",
        [Snapshots + "BrandProviderSnapshot.DaysSinceCertified"] = "SnapshotFormulas.DaysSince(CertifiedDate, AsOf)",
        [Snapshots + "StoreOperationProviderSnapshot.RegisteredFullYears"] = "SnapshotFormulas.FullYearsSince(RegisteredDate, AsOf)",
        [Snapshots + "StoreOperationProviderSnapshot.CurrentYearViolationPoints"] = "SnapshotFormulas.CurrentYearPoints(Violations, static v => (v.Date, v.Points, v.AppealUpheld), AsOf)",
    };

    /// <summary>The C# body of <paramref name="type"/>'s computed member <paramref name="member"/>, or null when none is known.</summary>
    public static string? Body(Type type, string member) => Bodies.GetValueOrDefault($"{type.FullName}.{member}");
}

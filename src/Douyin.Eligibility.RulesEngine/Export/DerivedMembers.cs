namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// The plain C# definitions of the snapshot members the library computes instead of reading them from JSON (they have
/// no setter), for the exported input types. Each must compute what the library's property computes; the interop
/// sample's agreement test (the exported files on RulesEngine against the built-in engine, on the sample data) checks
/// that, and an input type with a computed member missing here cannot be exported.
/// </summary>
internal static class DerivedMembers
{
    private const string Snapshots = "Douyin.Eligibility.Snapshots.";

    private static readonly Dictionary<string, string> Bodies = new(StringComparer.Ordinal)
    {
        [Snapshots + "MerchantSnapshot.DaysSinceSettled"] = "DouyinRuleFunctions.DaysBetween(SettledDate, AsOf)",
        [Snapshots + "BrandProviderSnapshot.DaysSinceCertified"] = "DouyinRuleFunctions.DaysBetween(CertifiedDate, AsOf)",

        // Full years: an anniversary on AsOf counts (AddYears takes a 29 February start to 28 February).
        [Snapshots + "StoreOperationProviderSnapshot.RegisteredFullYears"] =
            "RegisteredDate is { } registered ? AsOf.Year - registered.Year - (registered.AddYears(AsOf.Year - registered.Year) > AsOf ? 1 : 0) : null",

        // Points of the violations dated in AsOf's year up to AsOf, upheld appeals left out; unknown when one of them has
        // no points; kept within int.
        [Snapshots + "StoreOperationProviderSnapshot.CurrentYearViolationPoints"] =
            "Violations.Where(v => v is not null && v.Date.Year == AsOf.Year && v.Date <= AsOf && v.AppealUpheld != true)"
            + ".Aggregate((long?)0L, (total, v) => total is { } t && v.Points is { } p ? Math.Clamp(t + p, int.MinValue, int.MaxValue) : null) is { } points ? (int)points : null",
    };

    /// <summary>The C# body of <paramref name="type"/>'s computed member <paramref name="member"/>, or null when none is known.</summary>
    public static string? Body(Type type, string member) => Bodies.GetValueOrDefault($"{type.FullName}.{member}");
}

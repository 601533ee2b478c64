using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Testing.Generation;

/// <summary>
/// Store-operation providers for admission and the penalty ladder: core software modules present or missing
/// (and, raw, in another case or null), counts, capital and deposit around their minimums, registration on and
/// beside its anniversaries (29 February included), violations either side of 1 January whose points sum to around
/// 4, 12, 24 and 48, appeals upheld or not, a violation history starting before, on or after 1 January, and (raw)
/// unknown or extreme points, null violations and dates after the evaluation date.
/// </summary>
public static class StoreOperationProviderCases
{
    /// <summary>The seed used unless another is given.</summary>
    public const int DefaultSeed = 10_004;

    private static readonly string[] Modules =
    [
        StoreOperationModules.StoreDecoration, StoreOperationModules.ProductListing, StoreOperationModules.OrderManagement,
        StoreOperationModules.ProductPhotography, StoreOperationModules.CustomerService, StoreOperationModules.Logistics, "LiveStreaming",
    ];

    private static readonly string[] Kinds =
    [
        ProviderViolationKinds.ServiceNotAsPromised, ProviderViolationKinds.UnreasonablePricing, ProviderViolationKinds.ComplaintNotHandled,
        ProviderViolationKinds.FalseInformation, ProviderViolationKinds.PrivacyBreach,
    ];

    /// <summary>Makes <paramref name="count"/> providers, lazily; the same arguments give the same providers.</summary>
    public static IEnumerable<StoreOperationProviderSnapshot> Generate(int count, SnapshotKind kind, AsOfDates dates, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Next(random, $"SO-{seed}-{i}", kind, dates.Next(random));
        }
    }

    /// <summary>The providers as cases, each at its own date, plus (raw) one missing input.</summary>
    public static IEnumerable<ConformanceCase> Cases(int count, SnapshotKind kind, AsOfDates dates, int seed = DefaultSeed)
    {
        if (kind == SnapshotKind.Raw)
        {
            yield return new ConformanceCase("store-operation-provider-null", dates.From.AddDays(400), null);
        }

        foreach (var p in Generate(count, kind, dates, seed))
        {
            yield return new ConformanceCase(p.Id, p.AsOf, p);
        }
    }

    private static StoreOperationProviderSnapshot Next(Random random, string id, SnapshotKind kind, DateOnly asOf)
    {
        const double Unknown = 1.0 / 12;
        var startOfYear = new DateOnly(asOf.Year, 1, 1);
        var modules = random.Chance(0.7)
            ? Modules.Take(3).Concat(Modules.Skip(3).Where(_ => random.Chance(0.5))).ToArray()
            : Modules.Where(_ => random.Chance(0.6)).ToArray();
        var registered = random.Next(4) switch
        {
            0 => asOf.AddYears(-random.Next(0, 3)).AddDays(random.Next(-1, 2)),
            1 => new DateOnly(random.Pick(2020, 2024), 2, 29),
            2 => asOf.AddDays(-random.Next(0, 4_000)),
            _ => asOf.AddYears(-1),
        };
        var p = new StoreOperationProviderSnapshot
        {
            Id = id,
            AsOf = asOf,
            Name = random.Chance(0.1) ? null : "广州凌云电商代运营有限公司",
            SoftwareModules = modules,
            CooperationCaseCount = random.Maybe(random.Pick(0, 1, 2, 17), Unknown),
            StampedValidContractCount = random.Maybe(random.Pick(0, 1, 2, 30), Unknown),
            RegisteredDate = random.Chance(Unknown) ? null : registered > asOf ? asOf : registered,
            RegisteredCapitalFen = random.Maybe(Math.Max(0L, random.Chance(0.6) ? random.Around(1L, 2, 100_000_000L) : random.Next(0, 2_000_000_000)), Unknown),
            EmployeeCount = random.Maybe(Math.Max(0, random.Around(1, 2, 20)), Unknown),
            HasFixedOffice = random.Flag(0.9, Unknown),
            EnterpriseQualificationValid = random.Flag(0.9, Unknown),
            DepositPaidFen = random.Maybe(Math.Max(0L, random.Around(1L, 2, 5_000_000L)), Unknown),
            ViolationHistoryFrom = random.Next(6) switch
            {
                0 => null,
                1 => RandomValues.Clamp(startOfYear.AddDays(random.Next(-1, 2)), DateOnly.MinValue, asOf),
                2 => asOf,
                _ => startOfYear.AddYears(-random.Next(1, 3)),
            },
            Violations = [.. Violations(random, asOf, startOfYear)],
        };

        if (kind == SnapshotKind.Raw && random.Chance(0.3))
        {
            p = random.Next(8) switch
            {
                0 => p with { Violations = [.. p.Violations, Violation(random, asOf, startOfYear) with { Points = null }] },
                1 => p with { Violations = [.. p.Violations, Violation(random, asOf, startOfYear) with { Points = random.Pick(int.MaxValue, -5, int.MinValue) }] },
                2 => p with { Violations = [.. p.Violations, null!] },
                3 => p with { Violations = [.. p.Violations, Violation(random, asOf, startOfYear) with { Date = asOf.AddDays(random.Next(1, 60)), Kind = "" }] },
                4 => p with { SoftwareModules = [.. p.SoftwareModules, null!, "storedecoration", ""] },
                5 => p with { RegisteredDate = asOf.AddDays(random.Next(1, 800)), ViolationHistoryFrom = asOf.AddDays(random.Next(1, 30)) },
                6 => p with { AsOf = random.Pick(default, DateOnly.MaxValue), ViolationHistoryFrom = random.Pick<DateOnly?>(null, DateOnly.MinValue, DateOnly.MaxValue), RegisteredDate = random.Pick<DateOnly?>(DateOnly.MinValue, DateOnly.MaxValue) },
                _ => p with { CooperationCaseCount = -1, EmployeeCount = int.MinValue, RegisteredCapitalFen = long.MinValue, DepositPaidFen = long.MaxValue, Id = "" },
            };
        }

        return p;
    }

    private static IEnumerable<ProviderViolation> Violations(Random random, DateOnly asOf, DateOnly startOfYear)
    {
        // Totals around the ladder's steps (4, 12, 24, 48): a few violations of a few points, or many, or one large one.
        var count = random.Pick(0, 0, 1, 2, 3, 5, 8);
        for (var i = 0; i < count; i++)
        {
            yield return Violation(random, asOf, startOfYear);
        }
    }

    private static ProviderViolation Violation(Random random, DateOnly asOf, DateOnly startOfYear)
    {
        var date = random.Next(4) switch
        {
            0 => startOfYear,
            1 => startOfYear.AddDays(-1),
            2 => asOf,
            _ => random.Between(startOfYear.AddYears(-1), asOf),
        };
        return new ProviderViolation
        {
            Id = $"V{random.Next(100_000, 999_999)}",
            Date = date > asOf ? asOf : date,
            Points = random.Pick(0, 1, 2, 3, 4, 4, 6, 8, 12, 12, 24, 48),
            Kind = random.Pick(Kinds),
            Appealed = random.Flag(0.3, 0.1),
            AppealUpheld = random.Flag(0.3, 0.4),
        };
    }
}

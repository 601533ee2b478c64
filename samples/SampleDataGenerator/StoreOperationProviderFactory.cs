using Douyin.Eligibility.Snapshots;

namespace SampleDataGenerator;

/// <summary>Store-operation providers: admission near each threshold, and violation points on every rung of the ladder.</summary>
internal sealed class StoreOperationProviderFactory(Rng rng, DateOnly asOf)
{
    private static readonly string[] Core = [StoreOperationModules.StoreDecoration, StoreOperationModules.ProductListing, StoreOperationModules.OrderManagement];
    private static readonly string[] Extra = [StoreOperationModules.ProductPhotography, StoreOperationModules.CustomerService, StoreOperationModules.Logistics, "LiveStreaming"];
    private static readonly string[] Kinds = [ProviderViolationKinds.ServiceNotAsPromised, ProviderViolationKinds.UnreasonablePricing, ProviderViolationKinds.ComplaintNotHandled, ProviderViolationKinds.FalseInformation, ProviderViolationKinds.PrivacyBreach];

    // Current-year points, spread over the ladder: none, below ServiceHidden (4), each rung and its boundary.
    private static readonly int[] PointTargets = [0, 0, 2, 3, 4, 6, 11, 12, 15, 23, 24, 30, 47, 48, 60];

    public StoreOperationProviderSnapshot Create(int index)
    {
        var provider = new StoreOperationProviderSnapshot
        {
            Id = $"DP-{55_100 + (index * 29) + rng.Int(0, 20)}",
            AsOf = asOf,
            Name = rng.Pick(Names.Cities) + rng.Pick(Names.CompanyWords) + rng.Pick(Names.StoreOperationKinds) + "有限公司",
            SoftwareModules = [.. Core, .. Extra.Where(_ => rng.Chance(0.5))],
            SoftwareModulesKnown = true,
            CooperationCaseCount = rng.Int(1, 40),
            StampedValidContractCount = rng.Int(1, 30),
            RegisteredDate = rng.DaysBefore(asOf, 400, 4000),
            RegisteredCapitalFen = rng.Long(100_000_000, 2_000_000_000),
            EmployeeCount = rng.Int(20, 300),
            HasFixedOffice = true,
            EnterpriseQualificationValid = true,
            DepositPaidFen = rng.Pick([5_000_000L, 5_000_000L, 10_000_000L]),
            ViolationHistoryFrom = new DateOnly(asOf.Year - 1, 1, 1),
            Violations = Violations(PointTargets[index % PointTargets.Length]),
        };

        return (index % 7) switch
        {
            2 => AdmissionGap(provider),
            4 => Boundary(provider),
            6 when index % 14 == 6 => provider with { ViolationHistoryFrom = rng.Chance(0.5) ? null : asOf.AddDays(-rng.Int(20, 200)), Violations = [] },
            6 => provider with { EmployeeCount = null, HasFixedOffice = null },
            _ => provider,
        };
    }

    private List<ProviderViolation> Violations(int points)
    {
        var violations = new List<ProviderViolation>();
        var remaining = points;
        while (remaining > 0)
        {
            var p = Math.Min(remaining, rng.Pick([1, 2, 3, 4, 6, 12]));
            violations.Add(Violation(rng.DaysBefore(asOf, 0, asOf.DayOfYear - 1), p, appealUpheld: false));
            remaining -= p;
        }

        if (rng.Chance(0.3))
        {
            violations.Add(Violation(rng.DaysBefore(asOf, 0, asOf.DayOfYear - 1), rng.Int(2, 12), appealUpheld: true)); // withdrawn
        }

        if (rng.Chance(0.4))
        {
            violations.Add(Violation(new DateOnly(asOf.Year - 1, rng.Int(1, 12), rng.Int(1, 28)), rng.Int(2, 20), appealUpheld: false)); // reset on 31 Dec
        }

        return [.. violations.OrderBy(v => v.Date)];
    }

    private ProviderViolation Violation(DateOnly date, int points, bool appealUpheld) => new()
    {
        Id = $"V{date:yyyyMMdd}-{rng.Int(1, 9999):D4}",
        Date = date,
        Points = points,
        Kind = rng.Pick(Kinds),
        Appealed = appealUpheld || rng.Chance(0.2),
        AppealUpheld = appealUpheld ? true : null,
    };

    private StoreOperationProviderSnapshot AdmissionGap(StoreOperationProviderSnapshot p) => rng.Int(0, 6) switch
    {
        0 => p with { SoftwareModules = [StoreOperationModules.StoreDecoration, StoreOperationModules.ProductPhotography, StoreOperationModules.CustomerService] },
        1 => p with { CooperationCaseCount = 0 },
        2 => p with { StampedValidContractCount = 0 },
        3 => p with { EmployeeCount = rng.Pick([19, 12, 8]) },
        4 => p with { RegisteredCapitalFen = rng.Pick([99_999_999L, 50_000_000L]) },
        5 => p with { DepositPaidFen = rng.Pick([4_999_999L, 2_000_000L, 0L]) },
        _ => p with { HasFixedOffice = false, EnterpriseQualificationValid = rng.Chance(0.5) },
    };

    /// <summary>Exactly on the admission thresholds (20 employees, 1,000,000 CNY capital, …); registered exactly one year, or one day short of it.</summary>
    private StoreOperationProviderSnapshot Boundary(StoreOperationProviderSnapshot p) => p with
    {
        RegisteredDate = rng.Chance(0.5) ? asOf.AddYears(-1) : asOf.AddYears(-1).AddDays(1),
        EmployeeCount = 20,
        RegisteredCapitalFen = 100_000_000,
        DepositPaidFen = 5_000_000,
        CooperationCaseCount = 1,
        StampedValidContractCount = 1,
    };
}

using Douyin.Eligibility.Json;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.RulesEngine.Tests.Conformance;
using Douyin.Eligibility.RulesEngine.Tests.Support;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Testing.Conformance;
using Douyin.Eligibility.Testing.Generation;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.RulesEngine.Tests.Generation;

public class GeneratorTests
{
    [Fact]
    public void Generate_DefaultSeed_KeepsTheBenchmarkMix()
    {
        // The mix docs/performance.md gives for the benchmark workload (10,000 snapshots at 2026-11-20).
        var workflow = ShippedRules.Set.GetWorkflow("AllianceAdmission", SnapshotGenerator.AsOf);

        var outcomes = SnapshotGenerator.Generate(10_000).Select(s => workflow.Evaluate(s.AsOf, s).Outcome).ToList();

        outcomes.Count(o => o == RuleOutcome.Passed).Should().Be(4_575);
        outcomes.Count(o => o == RuleOutcome.Failed).Should().Be(4_117);
        outcomes.Count(o => o == RuleOutcome.Indeterminate).Should().Be(1_308);
    }

    [Theory]
    [MemberData(nameof(ShippedRules.Families), MemberType = typeof(ShippedRules))]
    public void Generate_SameSeed_SameSnapshots(string family)
    {
        var conformance = ShippedRules.Family(family);

        var first = conformance.Generate(200, SnapshotKind.Raw, AsOfDates.Default).Select(Describe).ToList();
        var second = conformance.Generate(200, SnapshotKind.Raw, AsOfDates.Default).Select(Describe).ToList();

        second.Should().Equal(first);
    }

    [Fact]
    public void Generate_ValidKind_EverySnapshotPassesValidation()
    {
        var dates = AsOfDates.Default;
        var invalid = MerchantCases.Generate(3_000, SnapshotKind.Valid, dates).Select(m => (m.Id, SnapshotValidator.Validate(m)))
            .Concat(BrandProviderCases.Generate(3_000, SnapshotKind.Valid, dates).Select(p => (p.Id, SnapshotValidator.Validate(p))))
            .Concat(StoreOperationProviderCases.Generate(3_000, SnapshotKind.Valid, dates).Select(p => (p.Id, SnapshotValidator.Validate(p))))
            .Concat(ProductCases.Cases(3_000, SnapshotKind.Valid, dates).Select(c => (c.Id, SnapshotValidator.Validate((ProductSnapshot)c.Input!, c.AsOf))))
            .Where(r => !r.Item2.IsSuccess)
            .Select(r => $"{r.Id}: {string.Join("; ", r.Item2.Errors)}")
            .Take(10)
            .ToList();

        invalid.Should().BeEmpty();
    }

    [Fact]
    public void Generate_RawKind_IncludesWhatValidationRejects()
    {
        var dates = AsOfDates.Default;

        var merchants = MerchantCases.Generate(2_000, SnapshotKind.Raw, dates).ToList();
        var providers = StoreOperationProviderCases.Generate(2_000, SnapshotKind.Raw, dates).ToList();

        merchants.Count(m => !SnapshotValidator.Validate(m).IsSuccess).Should().BeInRange(200, 1_500);
        merchants.Should().Contain(m => m.Penalties.Contains(null!));
        merchants.Should().Contain(m => m.ControllerStores.Contains(null!));
        providers.Should().Contain(p => p.Violations.Any(v => v != null && v.Points == null));
        providers.Should().Contain(p => p.CurrentYearViolationPoints == int.MaxValue);
    }

    [Theory]
    [MemberData(nameof(ShippedRules.Families), MemberType = typeof(ShippedRules))]
    public void Generate_RawKind_EveryVersionPassesFailsAndIsIndeterminate(string family)
    {
        // Each version's rules come out Passed, Failed and Indeterminate on the cases the conformance suite generates
        // (built-in engine), and every rule at least two ways: agreement there is not agreement on a single answer.
        var versions = ShippedRules.Set.GetVersions(family);
        var cases = ShippedRules.Family(family).Generate(RuleOutcomeConformanceTests.GeneratedPerFamily, SnapshotKind.Raw, AsOfDates.Covering(versions)).ToList();

        foreach (var workflow in versions)
        {
            var seen = new HashSet<RuleOutcome>[workflow.Rules.Count];
            for (var i = 0; i < seen.Length; i++)
            {
                seen[i] = [];
            }

            foreach (var c in cases)
            {
                var outcomes = workflow.Evaluate(c.AsOf, c.Input).Outcomes;
                for (var i = 0; i < seen.Length; i++)
                {
                    seen[i].Add(outcomes[i]);
                }
            }

            seen.SelectMany(s => s).Should().Contain([RuleOutcome.Passed, RuleOutcome.Failed, RuleOutcome.Indeterminate], "{0}", workflow);
            var narrow = workflow.Rules.Select((r, i) => (r.Name, Seen: seen[i])).Where(r => r.Seen.Count < 2).Select(r => $"{r.Name}: {string.Join(",", r.Seen)}");
            narrow.Should().BeEmpty("every rule of {0} should come out at least two ways", workflow);
        }
    }

    private static string Describe(ConformanceCase c) => c.Input switch
    {
        null => c.ToString(),
        MerchantSnapshot m => $"{c} {SafeJson(m)}",
        BrandProviderSnapshot p => $"{c} {SafeJson(p)}",
        StoreOperationProviderSnapshot p => $"{c} {SafeJson(p)}",
        ProductSnapshot p => $"{c} {p}",
        var other => $"{c} {other}",
    };

    private static string SafeJson<T>(T snapshot)
        where T : class, ISnapshot
    {
        try
        {
            return SnapshotJson.Serialize(snapshot);
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or ArgumentException)
        {
            return snapshot.ToString()!;
        }
    }
}

using Douyin.Eligibility.RulesEngine.Tests.Support;
using Douyin.Eligibility.Testing.Conformance;
using Douyin.Eligibility.Testing.Generation;

using Xunit.Abstractions;

namespace Douyin.Eligibility.RulesEngine.Tests.Conformance;

/// <summary>
/// Every shipped workflow version on both backends, rule by rule: the built-in engine's three-valued outcome against
/// the RulesEngine translation's, over the sample data and 10,000 generated snapshots per family (raw: missing values,
/// null items, invalid and extreme values, a missing input), each snapshot at its own date across the versions' windows.
/// </summary>
public class RuleOutcomeConformanceTests(ITestOutputHelper output)
{
    /// <summary>Generated snapshots per family.</summary>
    public const int GeneratedPerFamily = 10_000;

    [Fact]
    public void Translate_ShippedRules_EveryVersionWithoutDiagnostics()
    {
        var translation = ShippedRules.Comparison.Translation;

        translation.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        translation.Workflows.Select(w => w.Source).Should().BeEquivalentTo(ShippedRules.Set.Workflows, o => o.WithStrictOrdering());
        translation.Workflows.Select(w => w.WorkflowName).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(ShippedRules.Families), MemberType = typeof(ShippedRules))]
    public void Evaluate_SampleData_SameRuleOutcomesOnEveryVersion(string family)
    {
        var versions = ShippedRules.Set.GetVersions(family);
        var report = new ConformanceReport();

        ShippedRules.Comparison.Compare(versions, ShippedRules.Family(family).Samples(ShippedRules.SampleDirectory, ShippedRules.RuleTestDirectory), report);

        output.WriteLine($"{family}: {report.Summary()}");
        report.Evaluations.Should().BeGreaterThan(0);
        report.AllAgree.Should().BeTrue(report.ToString());
    }

    [Theory]
    [MemberData(nameof(ShippedRules.Families), MemberType = typeof(ShippedRules))]
    public void Evaluate_GeneratedSnapshots_SameRuleOutcomesOnEveryVersion(string family)
    {
        var versions = ShippedRules.Set.GetVersions(family);
        var cases = ShippedRules.Family(family).Generate(GeneratedPerFamily, SnapshotKind.Raw, AsOfDates.Covering(versions)).ToList();
        var report = new ConformanceReport();

        ShippedRules.Comparison.Compare(versions, cases, report);

        output.WriteLine($"{family}: {report.Summary()}");
        report.Evaluations.Should().Be(cases.Count * (long)versions.Count, report.ToString());
        report.AllAgree.Should().BeTrue(report.ToString());
        // The cases reach every outcome, so agreement is not agreement on one kind of answer.
        report.Count(Rules.RuleOutcome.Passed).Should().BeGreaterThan(0);
        report.Count(Rules.RuleOutcome.Failed).Should().BeGreaterThan(0);
        report.Count(Rules.RuleOutcome.Indeterminate).Should().BeGreaterThan(0);
    }
}

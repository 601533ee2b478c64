using Douyin.Eligibility.RulesEngine.Tests.Support;
using Douyin.Eligibility.Testing.Conformance;
using Douyin.Eligibility.Testing.Generation;

using Xunit.Abstractions;

namespace Douyin.Eligibility.RulesEngine.Tests.Conformance;

/// <summary>
/// The typed API on both backends: <c>EligibilityEvaluator.CreateDefault()</c> against
/// <c>CreateDefault(o.UseMicrosoftRulesEngine())</c>, family by family, over the sample data and valid generated
/// snapshots: the same validity, version, outcome, and reason code, outcome and message of every check.
/// </summary>
public sealed class DecisionConformanceTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Generated (valid) snapshots per family.</summary>
    public const int GeneratedPerFamily = 10_000;

    private readonly EligibilityEvaluator _builtIn = EligibilityEvaluator.CreateDefault();
    private readonly EligibilityEvaluator _rulesEngine = EligibilityEvaluator.CreateDefault(new EligibilityOptions().UseMicrosoftRulesEngine());

    public void Dispose()
    {
        _builtIn.Dispose();
        _rulesEngine.Dispose();
    }

    [Fact]
    public void CreateDefault_UseMicrosoftRulesEngine_ComparesTwoBackends()
    {
        // What the decisions below compare: the built-in engine against RulesEngine, not one engine with itself.
        _builtIn.Backend.Should().BeSameAs(EvaluationBackend.BuiltIn);
        _rulesEngine.Backend.Name.Should().Be("rulesengine");
        _rulesEngine.Backend.CanExplain.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(ShippedRules.Families), MemberType = typeof(ShippedRules))]
    public void Evaluate_SampleAndGeneratedSnapshots_SameDecisions(string family)
    {
        var conformance = ShippedRules.Family(family);
        var versions = ShippedRules.Set.GetVersions(family);
        var cases = conformance.Samples(ShippedRules.SampleDirectory, ShippedRules.RuleTestDirectory)
            .Concat(conformance.Generate(GeneratedPerFamily, SnapshotKind.Valid, AsOfDates.Covering(versions, marginDays: 0)))
            .ToList();
        var report = new ConformanceReport();

        for (var i = 0; i < cases.Count; i++)
        {
            conformance.Decide(_builtIn, _rulesEngine, cases[i], i, report);
        }

        output.WriteLine($"{family}: {report.Summary()}");
        report.Decisions.Should().BeGreaterThanOrEqualTo(cases.Count);
        report.AllAgree.Should().BeTrue(report.ToString());
    }

    [Fact]
    public void Evaluate_ManyThreadsAtOnce_SameDecisionsAsBuiltIn()
    {
        // The service calls one evaluator from many requests at once: the RulesEngine backend must not mix them up.
        var family = ShippedRules.Family("AllianceAdmission");
        var versions = ShippedRules.Set.GetVersions(family.WorkflowName);
        var cases = family.Generate(4_000, SnapshotKind.Valid, AsOfDates.Covering(versions, marginDays: 0)).ToArray();
        var expected = cases.Select(c => _builtIn.EvaluateAllianceAdmission((Snapshots.MerchantSnapshot)c.Input!)).ToArray();
        var actual = new Decisions.EligibilityResult<Decisions.AdmissionDecision>[cases.Length];

        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = _rulesEngine.EvaluateAllianceAdmission((Snapshots.MerchantSnapshot)cases[i].Input!));

        var differences = expected.Zip(actual, (e, a) => DecisionComparison.Difference(e, a)).OfType<string>().Take(5).ToList();
        differences.Should().BeEmpty();
    }
}

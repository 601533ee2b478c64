using Douyin.Eligibility.RulesEngine.Tests.Support;
using Douyin.Eligibility.Testing.Conformance;
using Douyin.Eligibility.Testing.Generation;

namespace Douyin.Eligibility.RulesEngine.Tests.Conformance;

/// <summary>
/// The typed API on both backends: <c>EligibilityEvaluator.CreateDefault()</c> against
/// <c>CreateDefault(o.UseMicrosoftRulesEngine())</c>, family by family, over the sample data and valid generated
/// snapshots: the same validity, version, outcome, and reason code, outcome and message of every check.
/// </summary>
public sealed class DecisionConformanceTests : IDisposable
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

        report.Decisions.Should().BeGreaterThanOrEqualTo(cases.Count);
        report.AllAgree.Should().BeTrue(report.ToString());
    }
}

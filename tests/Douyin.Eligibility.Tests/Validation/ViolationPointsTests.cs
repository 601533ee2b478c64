using System.Globalization;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Api;
using Douyin.Eligibility.Tests.RuleFiles;
using Douyin.Eligibility.Validation;
using static Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Validation;

/// <summary>
/// A violation's points are required: unknown points are never read as 0 (which gave penalty None and admission
/// Eligible). Missing and null are the same, an SV016 validation error naming the field, like the other required fields.
/// </summary>
public class ViolationPointsTests
{
    private static readonly DateOnly AsOf = new(2024, 6, 30);

    private const string WithoutPoints = """{"id":"DP-1","asOf":"2024-06-30","violationHistoryFrom":"2020-01-01","violations":[{"date":"2024-03-01","kind":"FalseInformation"}]}""";

    [Fact]
    public void Validate_ViolationWithoutPoints_ReportsSV016()
    {
        var provider = StoreOperationProvider() with { Violations = [new ProviderViolation { Date = new DateOnly(2023, 3, 1), Kind = "K" }] };

        var error = SnapshotValidator.Validate(provider).Errors.Should().ContainSingle().Which;

        error.Should().Match<ValidationError>(e => e.Field == "violations[0].points" && e.Code == ValidationCodes.PointsMissing);
        error.GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Should().Contain("violations[0].points");
    }

    [Theory]
    [InlineData(WithoutPoints)]
    [InlineData("""{"id":"DP-1","asOf":"2024-06-30","violations":[{"date":"2024-03-01","kind":"FalseInformation","points":null}]}""")]
    public void Validate_MissingOrNullPointsInJson_ReportSV016Alike(string json)
    {
        var read = SnapshotJson.Read<StoreOperationProviderSnapshot>(json);

        read.IsSuccess.Should().BeTrue();
        SnapshotValidator.Validate(read.Value).Errors.Should().ContainSingle().Which.Code.Should().Be("SV016");
    }

    [Fact]
    public void EvaluateStoreOperationPenalty_ViolationWithoutPoints_IsInvalidNamingTheField()
    {
        var provider = SnapshotJson.Deserialize<StoreOperationProviderSnapshot>(WithoutPoints);

        var result = TestRules.Evaluator.EvaluateStoreOperationPenalty(provider);

        result.IsSuccess.Should().BeFalse();
        result.Decision.Should().BeNull();
        result.ValidationErrors.Should().ContainSingle().Which.Field.Should().Be("violations[0].points");
    }

    [Fact]
    public void EvaluateStoreOperationAdmission_ViolationWithoutPoints_IsInvalid()
    {
        var provider = Passing.StoreOperationProvider() with { Violations = [new ProviderViolation { Date = new DateOnly(2024, 3, 1), Kind = "K" }] };

        EligibilityEvaluator.CreateDefault().EvaluateStoreOperationAdmission(provider).ValidationErrors
            .Should().ContainSingle().Which.Code.Should().Be("SV016");
    }

    [Fact]
    public void CurrentYearViolationPoints_UnknownPointsThisYear_IsUnknown()
    {
        var provider = Provider(new ProviderViolation { Date = new DateOnly(2024, 3, 1), Points = 4, Kind = "K" }, new ProviderViolation { Date = new DateOnly(2024, 4, 1), Kind = "K" });

        provider.CurrentYearViolationPoints.Should().BeNull();
    }

    [Fact]
    public void CurrentYearViolationPoints_UnknownPointsOfAnUpheldAppealOrAnotherYear_DoNotCount()
    {
        var provider = Provider(
            new ProviderViolation { Date = new DateOnly(2024, 3, 1), Points = 4, Kind = "K" },
            new ProviderViolation { Date = new DateOnly(2024, 4, 1), Kind = "K", AppealUpheld = true },
            new ProviderViolation { Date = new DateOnly(2023, 4, 1), Kind = "K" });

        provider.CurrentYearViolationPoints.Should().Be(4);
    }

    [Fact]
    public void CurrentYearViolationPoints_PointsBeyondIntRange_SaturateInsteadOfThrowing()
    {
        var violations = Enumerable.Range(0, 3).Select(_ => new ProviderViolation { Date = new DateOnly(2024, 3, 1), Points = int.MaxValue, Kind = "K" }).ToArray();

        var act = () => Provider(violations).CurrentYearViolationPoints;

        act.Should().NotThrow().Which.Should().Be(int.MaxValue);
    }

    [Fact]
    public void Evaluate_ShippedLadderOnUnvalidatedUnknownPoints_IsIndeterminateNotNone()
    {
        // The engine used directly (no validation): unknown points leave the ladder open instead of reading as 0.
        var workflow = ShippedRules.Set.GetWorkflow(EligibilityWorkflows.StoreOperationPenalty, AsOf);
        var provider = Provider(new ProviderViolation { Date = new DateOnly(2024, 3, 1), Kind = "K" }) with { ViolationHistoryFrom = new DateOnly(2020, 1, 1) };

        var result = workflow.Evaluate(AsOf, provider);

        result.Results.Should().OnlyContain(r => r.Outcome == RuleOutcome.Indeterminate);
    }

    private static StoreOperationProviderSnapshot Provider(params ProviderViolation[] violations)
        => new() { Id = "DP-1", AsOf = AsOf, Violations = violations };
}

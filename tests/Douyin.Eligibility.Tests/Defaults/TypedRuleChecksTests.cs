using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Api;
using TestSnapshots = Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Defaults;

/// <summary>
/// The params and properties the typed API reads get range checks when the rules are loaded (DE5001), and the typed
/// API never throws for a set that loaded, even one loaded without those checks.
/// </summary>
public class TypedRuleChecksTests
{
    private const string Openings = "{ \"Name\": \"MaxAllianceOpenings\", \"Expression\": \"3\" }";
    private const string Admission = "alliance/admission.json";
    private const string Renewal = "providers/brand-renewal.json";
    private const string Penalties = "providers/store-operation-penalties.json";
    private const string HugePoints = "79228162514264337593543950335";
    private const string OneInput = "\"Inputs\": [{ \"Name\": \"merchant\", \"Type\": \"MerchantSnapshot\" }]";
    private const string TwoInputs = "\"Inputs\": [{ \"Name\": \"merchant\", \"Type\": \"MerchantSnapshot\" }, { \"Name\": \"product\", \"Type\": \"ProductSnapshot\" }]";

    [Fact]
    public void TryCreate_MaxAllianceOpeningsBeyondIntRange_ReportsDE5001AtTheParam()
    {
        using var rules = TestRules.Copy();
        rules.Edit(Admission, Openings, Openings.Replace("\"3\"", "\"3000000000\""));

        var result = EligibilityEvaluator.TryCreate(rules.Path, out var evaluator);

        evaluator.Should().BeNull();
        var diagnostic = result.Errors.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be(EligibilityDiagnosticCodes.TypedValueOutOfRange);
        diagnostic.ToString().Should().MatchRegex(@"admission\.json\(11,53\): error DE5001: ");
        diagnostic.Message.Should().Contain("MaxAllianceOpenings").And.Contain("3000000000").And.Contain("[0, 1000000]");
        diagnostic.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")).Should().Contain("MaxAllianceOpenings").And.Contain("3000000000");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("1000001")]
    [InlineData("\\\"three\\\"")]
    [InlineData("true")]
    public void TryCreate_MaxAllianceOpeningsNotAWholeNumberInRange_ReportsDE5001(string expression)
    {
        // The test clearance rules do not compare with the param, so only the typed API's check can catch a string.
        using var rules = TestRules.Copy();
        rules.Edit("alliance/clearance.json", Openings, Openings.Replace("\"3\"", $"\"{expression}\""));

        var result = EligibilityEvaluator.TryCreate(rules.Path, out _);

        result.Errors.Should().Contain(d => d.Code == "DE5001" && d.Message.Contains("MaxAllianceOpenings"));
    }

    [Fact]
    public void TryCreate_ScorecardPointsNearDecimalMax_ReportsDE5001ForEachBand()
    {
        using var rules = TestRules.Copy();
        rules.Edit(Renewal, "\"Points\": 40", $"\"Points\": {HugePoints}");
        rules.Edit(Renewal, "\"Points\": 20", $"\"Points\": {HugePoints}");

        var result = EligibilityEvaluator.TryCreate(rules.Path, out _);

        result.Errors.Should().HaveCount(2).And.OnlyContain(d => d.Code == "DE5001" && d.Message.Contains("Points") && d.Location.Path.EndsWith("brand-renewal.json"));
        result.Errors.Select(d => d.Location.Line + 1).Should().Equal(33, 41);
    }

    [Theory]
    [InlineData("\"Points\": 40", "\"Points\": -5")]
    [InlineData("\"Points\": 40", "\"Points\": \"forty\"")]
    [InlineData("\"Criterion\": \"ClickThroughRate\", \"Points\": 40", "\"Criterion\": \"ClickThroughRate\"")]
    [InlineData("\"Criterion\": \"ClickThroughRate\", \"Points\": 40", "\"Criterion\": 7, \"Points\": 40")]
    [InlineData("\"Criterion\": \"ClickThroughRate\", \"Points\": 40", "\"Criterion\": \" \", \"Points\": 40")]
    [InlineData("{ \"Name\": \"ScorecardPassMark\", \"Expression\": \"60\" }", "{ \"Name\": \"ScorecardPassMark\", \"Expression\": \"-1\" }")]
    [InlineData("{ \"Name\": \"ScorecardPassMark\", \"Expression\": \"60\" }", "{ \"Name\": \"ScorecardPassMark\", \"Expression\": \"1000001\" }")]
    [InlineData("{ \"Name\": \"ScorecardPassMark\", \"Expression\": \"60\" },", "")]
    public void TryCreate_ScorecardValueOutOfRange_ReportsDE5001(string oldText, string newText)
    {
        using var rules = TestRules.Copy();
        rules.Edit(Renewal, oldText, newText);

        var result = EligibilityEvaluator.TryCreate(rules.Path, out _);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be("DE5001");
    }

    [Theory]
    [InlineData("\"PenaltyLevel\": \"2\"")]
    [InlineData("\"PenaltyLevel\": 2")]
    [InlineData("\"PenaltyLevel\": \"Suspended\"")]
    [InlineData("\"Level\": \"Delisted\"")]
    public void TryCreate_PenaltyLevelNotOneOfTheNames_ReportsDE5001(string newText)
    {
        using var rules = TestRules.Copy();
        rules.Edit(Penalties, "\"PenaltyLevel\": \"Delisted\"", newText);

        var result = EligibilityEvaluator.TryCreate(rules.Path, out _);

        var diagnostic = result.Errors.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be("DE5001");
        diagnostic.Message.Should().Contain("PenaltyLevel").And.Contain("ServiceHidden, Delisted, Banned, ClearedOut");
    }

    [Theory]
    [InlineData("\"2\"")]
    [InlineData("2")]
    [InlineData("\"TenPoint\"")]
    public void TryCreate_ExperienceScoreScaleNotOneOfTheNames_ReportsDE5001AtTheProperty(string value)
    {
        using var rules = TestRules.Copy();
        rules.Edit("alliance/versions/admission-100-point.json", "\"ExperienceScoreScale\": \"HundredPoint\"", $"\"ExperienceScoreScale\": {value}");

        var result = EligibilityEvaluator.TryCreate(rules.Path, out _);

        var diagnostic = result.Errors.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be("DE5001");
        diagnostic.ToString().Should().MatchRegex(@"admission-100-point\.json\(6,\d+\): error DE5001: .*ExperienceScoreScale");
    }

    [Fact]
    public void TryCreate_TypedWorkflowWithASecondInput_ReportsDE5002AtTheInputs()
    {
        using var rules = TestRules.Copy();
        rules.Edit(Admission, OneInput, TwoInputs);

        var result = EligibilityEvaluator.TryCreate(rules.Path, out _);

        var diagnostic = result.Errors.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be(EligibilityDiagnosticCodes.TypedInputMismatch);
        diagnostic.ToString().Should().MatchRegex(@"admission\.json\(7,\d+\): error DE5002: Workflow 'AllianceAdmission \(2024-07-25\)' takes \(merchant: MerchantSnapshot, product: ProductSnapshot\)");
    }

    [Fact]
    public void EvaluateAllianceAdmission_UncheckedSetWithASecondInput_IsInvalidInsteadOfThrowing()
    {
        using var evaluator = Unchecked(Admission, OneInput, TwoInputs);

        var act = () => evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant());

        act.Should().NotThrow().Which.ValidationErrors.Should().ContainSingle().Which.Code.Should().Be("SV021");
    }

    [Fact]
    public void TryCreate_TestAndShippedRules_HaveNoTypedApiDiagnostics()
    {
        EligibilityEvaluator.TryCreate(TestRules.Directory, out var fromDirectory).Diagnostics.Should().BeEmpty();
        EligibilityEvaluator.TryCreate(null, out var embedded).Diagnostics.Should().BeEmpty();
        fromDirectory!.Dispose();
        embedded!.Dispose();
    }

    [Fact]
    public void ReloadNow_OutOfRangeEdit_IsRejectedAndTheLastGoodSetStays()
    {
        using var rules = TestRules.Copy();
        using var evaluator = EligibilityEvaluator.Create(rules.Path);
        var hash = evaluator.CurrentRuleSet.ContentHash;
        rules.Edit(Admission, Openings, Openings.Replace("\"3\"", "\"3000000000\""));

        var result = evaluator.ReloadNow();

        result.Errors.Should().ContainSingle().Which.Code.Should().Be("DE5001");
        evaluator.CurrentRuleSet.ContentHash.Should().Be(hash);
    }

    [Fact]
    public void LoadRuleSet_OutOfRangeParam_ReportsDE5001()
    {
        var sources = Sources(Admission, Openings, Openings.Replace("\"3\"", "\"3000000000\""));

        var result = EligibilityEvaluator.LoadRuleSet(sources);

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be("DE5001");
    }

    [Fact]
    public void EvaluateAllianceAdmission_UncheckedSetWithHugeMaxOpenings_DoesNotThrow()
    {
        using var evaluator = Unchecked(Admission, Openings, Openings.Replace("\"3\"", "\"3000000000\""));

        var result = evaluator.EvaluateAllianceAdmission(TestRules.GoodMerchant());

        result.IsSuccess.Should().BeTrue();
        result.Decision!.OpeningsRemaining.Should().Be(999_999, "an unchecked value is read clamped into its documented range [0, 1000000]");
    }

    [Fact]
    public void EvaluateAllianceClearance_UncheckedSetWithHugeMaxOpenings_DoesNotThrow()
    {
        using var evaluator = Unchecked("alliance/clearance.json", Openings, Openings.Replace("\"3\"", "\"79228162514264337593543950335.0\""));

        var act = () => evaluator.EvaluateAllianceClearance(TestRules.GoodMerchant());

        act.Should().NotThrow().Which.Decision!.OpeningsRemaining.Should().Be(999_999);
    }

    [Fact]
    public void EvaluateBrandRenewal_UncheckedSetWithHugePoints_DoesNotThrow()
    {
        using var evaluator = Unchecked(Renewal, "\"Points\": 40", $"\"Points\": {HugePoints}", "\"Points\": 30", $"\"Points\": {HugePoints}");

        var act = () => evaluator.EvaluateBrandRenewal(TestSnapshots.Passing.BrandProvider());

        var card = act.Should().NotThrow().Which.Decision!.Scorecard;
        card.MaxTotal.Should().BeLessThanOrEqualTo(5_000_000m);
    }

    [Fact]
    public void EvaluateStoreOperationPenalty_UncheckedNumericLevel_IsNotTakenForALevel()
    {
        using var evaluator = Unchecked(Penalties, "\"PenaltyLevel\": \"Delisted\"", "\"PenaltyLevel\": \"4\"");
        var provider = TestSnapshots.StoreOperationProvider() with
        {
            AsOf = new DateOnly(2024, 6, 1),
            Violations = [TestSnapshots.Passing.Violation(new DateOnly(2024, 3, 1), 30)],
        };

        var decision = evaluator.EvaluateStoreOperationPenalty(provider).Decision!;

        decision.Level.Should().Be(PenaltyLevel.ServiceHidden, "\"4\" is not a level name, so that rule is not on the ladder");
    }

    [Fact]
    public void Evaluate_UncheckedNumericScaleProperty_IsNotTakenForAScale()
    {
        // "1" would parse as FivePoint; a hundred-point snapshot must then not be rejected with SV014.
        using var evaluator = Unchecked("alliance/clearance.json", "\"ExperienceScoreScale\": \"FivePoint\"", "\"ExperienceScoreScale\": \"1\"");
        var merchant = TestRules.GoodMerchant() with { ExperienceScore = 80m, ExperienceScoreScale = ScoreScale.HundredPoint };

        evaluator.EvaluateAllianceClearance(merchant).ValidationErrors.Should().NotContain(e => e.Code == "SV014");
    }

    /// <summary>The test rules with one file changed, loaded the way a caller with its own holder loads them: no typed checks.</summary>
    private static EligibilityEvaluator Unchecked(string file, params string[] replacements)
    {
        var set = RuleSet.Load(Sources(file, replacements), EligibilityEvaluator.CreateRuleSetOptions()).GetRuleSetOrThrow();
        return new EligibilityEvaluator(new RuleSetHolder(set));
    }

    private static List<RuleSource> Sources(string file, params string[] replacements)
    {
        var target = Path.GetFullPath(Path.Combine(TestRules.Directory, file));
        return RuleSource.FromDirectory(TestRules.Directory).Select(source =>
        {
            if (Path.GetFullPath(source.Path) != target)
            {
                return source;
            }

            var text = source.Content;
            for (var i = 0; i < replacements.Length; i += 2)
            {
                text.Should().Contain(replacements[i]);
                text = text.Replace(replacements[i], replacements[i + 1]);
            }

            return RuleSource.FromText(source.Path, text);
        }).ToList();
    }
}

using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Rules.Functions;

namespace Douyin.Eligibility.RulesEngine.Tests.Translation;

public sealed class ExpressionTranslatorTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 1);

    /// <summary>Merchants that make the conditions below pass, fail, come out unknown and throw.</summary>
    private static readonly string[] Merchants =
    [
        """{"id":"all-known","asOf":"2025-06-01","shopName":"a\"b\\c 中","isSettled":true,"isStoreOpened":false,"storeScore":4.5,"positiveRate":0.8,"gmv30dFen":100,"allianceOpeningsUsed":2,"experienceScoreScale":"HundredPoint","penaltyHistoryFrom":"2024-01-01","penalties":[{"rule":"PublishingEvasion","date":"2025-05-01","points":2},{"rule":"Other","date":"2023-01-01","points":4}]}""",
        """{"id":"unknowns","asOf":"2025-06-01","isStoreOpened":true,"storeScore":4.1,"penalties":[{"rule":"Other","date":"2025-05-30"}]}""",
        """{"id":"zeroes","asOf":"2025-06-01","shopName":"","isSettled":false,"storeScore":0,"positiveRate":0,"gmv30dFen":9223372036854775807,"allianceOpeningsUsed":-2147483648,"penalties":[]}""",
        """{"id":"error-behind-unknown","asOf":"2025-06-01","storeScore":4.5,"positiveRate":0.5,"penalties":[{"rule":"A","date":"2025-01-01","points":2}]}""",
        """{"id":"huge","asOf":"2025-06-01","gmv30dFen":9223372036854775807,"penalties":[{"rule":"A","date":"2025-01-01","points":2147483647},{"rule":"B","date":"2025-01-02","points":2147483647}]}""",
    ];

    public static TheoryData<string> Conditions => new()
    {
        // Kleene logic, and errors behind an unknown operand (the right side runs unless the left decides).
        "merchant.IsSettled && (merchant.IsStoreOpened || merchant.StoreScore / (merchant.StoreScore - merchant.StoreScore) > 1)",
        "merchant.IsSettled || !(merchant.IsStoreOpened && merchant.PositiveRate / 0 > 1)",
        "(merchant.IsSettled && merchant.IsStoreOpened) || (merchant.StoreScore > 4 && merchant.PositiveRate > 0.75) || merchant.Gmv30dFen > 0",
        "merchant.IsSettled == merchant.IsStoreOpened",
        "!(merchant.IsSettled != (merchant.StoreScore >= 4.1))",
        // Conditionals, coalesce, null tests.
        "(merchant.IsSettled ? merchant.StoreScore : merchant.PositiveRate) > 0.5",
        "merchant.IsStoreOpened ? merchant.StoreScore / 0 > 1 : merchant.IsSettled",
        "(merchant.StoreScore ?? merchant.PositiveRate ?? 4.2) > 4.15",
        "merchant.StoreScore == null || merchant.ShopName != null",
        "merchant.Penalties != null && merchant.ControllerStores == null",
        // Arithmetic: checked, division, widening, the smallest values.
        "merchant.Gmv30dFen + 1 > 0",
        "merchant.AllianceOpeningsUsed * 2 < 10",
        "-merchant.AllianceOpeningsUsed > 0",
        "merchant.AllianceOpeningsUsed % 3 == 2",
        "merchant.Gmv30dFen / 100 + merchant.AllianceOpeningsUsed >= 1",
        "merchant.StoreScore * 100 - merchant.AllianceOpeningsUsed > -2147483648",
        "merchant.Gmv30dFen > -9223372036854775807 - 1",
        "merchant.StoreScore < 1000000000000000000.5 && merchant.StoreScore > -1000000000000000.25",
        // Collections: folds, stops, missing elements.
        "merchant.Penalties.Any(p => p.Points > 3)",
        "merchant.Penalties.All(p => p.Points > 1)",
        "merchant.Penalties.Any(p => p.Points / (p.Points - 2) > 0)",
        "merchant.Penalties.Count(p => p.Points > 1) >= 1",
        "merchant.Penalties.Count() == 2",
        "merchant.Penalties.Any()",
        "merchant.Penalties.Sum(p => p.Points) > 5",
        "merchant.Penalties.Max(p => p.Date) > Date(\"2024-01-01\")",
        "merchant.Penalties.Min(p => p.Points) == 2",
        "merchant.Penalties.Any(p => merchant.Penalties.All(q => q.Points >= p.Points))",
        // Strings: ordinal, escapes.
        "merchant.ShopName == \"a\\\"b\\\\c 中\"",
        "merchant.ShopName.StartsWith(\"a\") || merchant.ShopName.EndsWith(\"中\")",
        "merchant.ShopName.Contains(\"b\\\\\") && merchant.ShopName + \"x\" != \"x\"",
        // Dates, enums and functions.
        "merchant.Penalties.Any(p => WithinLastDays(p.Date, 365) && p.Rule == \"PublishingEvasion\")",
        "merchant.PenaltyHistoryFrom <= AddDays(AsOf, -365)",
        "DaysBetween(merchant.PenaltyHistoryFrom, AsOf) > 500 && Year(AsOf) == 2025",
        "StartOfYear(AsOf) == Date(\"2025-01-01\") && merchant.ExperienceScoreScale == \"HundredPoint\"",
        "AddDays(AsOf, -2147483647) < AsOf",
        "Abs(merchant.StoreScore - 5) < 1",
    };

    [Theory]
    [MemberData(nameof(Conditions))]
    public void Evaluate_Condition_SameOutcomeOnBothEngines(string condition)
    {
        var harness = TranslationHarness.For([condition]);
        foreach (var json in Merchants)
        {
            var merchant = TranslationHarness.Merchant(json);
            harness.OnRulesEngine(AsOf, merchant).Should().Equal(harness.BuiltIn(AsOf, merchant), $"for {merchant.Id}, translated as {harness.Translated.Workflow.Rules.First().Expression}");
        }

        harness.OnRulesEngine(AsOf, null).Should().Equal(harness.BuiltIn(AsOf, null), "for a missing merchant");
    }

    [Fact]
    public void Evaluate_ErrorBehindUnknownOperand_IsErrorOnBothEngines()
    {
        var harness = TranslationHarness.For(["merchant.IsSettled && (merchant.IsStoreOpened || merchant.StoreScore / (merchant.StoreScore - merchant.StoreScore) > 1)"]);
        var merchant = TranslationHarness.Merchant("""{"id":"m","asOf":"2025-06-01","storeScore":4.5}""");

        harness.BuiltIn(AsOf, merchant).Should().Equal(RuleOutcome.Error);
        harness.OnRulesEngine(AsOf, merchant).Should().Equal(RuleOutcome.Error);
    }

    [Fact]
    public void Translate_ParamThatCannotFail_BecomesLocalParamOfTheRulesUsingIt()
    {
        var harness = TranslationHarness.For(["Score > 4"], new Dictionary<string, string> { ["Score"] = "merchant.StoreScore" });

        harness.Translated.Workflow.Rules.Should().OnlyContain(r => r.LocalParams != null && r.LocalParams.Single().Name == "p_Score");
    }

    [Fact]
    public void Evaluate_ParamThatMayFailUnused_IsNotComputedSoNoError()
    {
        var harness = TranslationHarness.For(
            ["Score > 4 || merchant.StoreScore / Zero > 1"],
            new Dictionary<string, string> { ["Score"] = "merchant.StoreScore", ["Zero"] = "merchant.StoreScore - merchant.StoreScore" });
        var merchant = TranslationHarness.Merchant("""{"id":"m","asOf":"2025-06-01","storeScore":4.5}""");

        harness.Translated.Workflow.Rules.SelectMany(r => r.LocalParams ?? []).Should().NotContain(p => p.Name == "p_Zero");
        harness.OnRulesEngine(AsOf, merchant).Should().Equal(RuleOutcome.Passed);
        harness.BuiltIn(AsOf, merchant).Should().Equal(RuleOutcome.Passed);
    }

    [Fact]
    public void Translate_MemberOfComputedValue_IsDE7001AtTheMember()
    {
        var translation = TranslationHarness.Translate(["(merchant.IsSettled ? merchant : merchant).StoreScore > 1"], null, out _);

        translation.Workflows.Should().BeEmpty();
        var diagnostic = translation.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(RulesEngineDiagnosticCodes.Untranslatable);
        diagnostic.ToString().Should().StartWith("w.json(").And.Contain("error DE7001").And.Contain("member access on a computed value");
    }

    [Fact]
    public void Knows_EveryBuiltInFunction_HasATranslation()
    {
        BuiltInFunctions.Registry.All.Where(f => !ExpressionTranslator.Knows(f)).Select(f => f.GetType().Name).Should().BeEmpty();
    }
}

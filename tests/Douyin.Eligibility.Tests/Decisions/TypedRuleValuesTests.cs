using System.Globalization;
using System.Text.Json;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Defaults;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Decisions;

public class TypedRuleValuesTests
{
    public static TheoryData<object?, decimal?> Numbers => new()
    {
        { 3, 3m },
        { -7L, -7m },
        { 2.5m, 2.5m },
        { 0.25d, 0.25m },
        { double.NaN, null },
        { double.PositiveInfinity, null },
        { 1e29d, null },
        { "3", null },
        { true, null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void NumberObject_ConstantValue_ConvertsOnlyFiniteNumbers(object? value, decimal? expected)
        => TypedRuleValues.Number(value).Should().Be(expected);

    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData("-1", -1d)]
    [InlineData("\"12\"", null)]
    [InlineData("null", null)]
    [InlineData("1e400", null)]
    public void NumberJson_Element_ConvertsOnlyNumbersInDecimalRange(string json, double? expected)
        => TypedRuleValues.Number(Json(json)).Should().Be(expected is { } e ? (decimal)e : null);

    [Theory]
    [InlineData(5, true, true)]
    [InlineData(5.5, true, false)]
    [InlineData(5.5, false, true)]
    [InlineData(-1, false, false)]
    [InlineData(11, false, false)]
    [InlineData(10, true, true)]
    public void RangeContains_Value_RespectsBoundsAndWholeness(double value, bool whole, bool expected)
        => new NumberRange(0m, 10m, whole).Contains((decimal)value).Should().Be(expected);

    [Theory]
    [InlineData(-3, true, 0)]
    [InlineData(12, true, 10)]
    [InlineData(7.9, true, 7)]
    [InlineData(7.9, false, 7.9)]
    public void RangeClamp_Value_ReturnsNearestAllowed(double value, bool whole, double expected)
        => new NumberRange(0m, 10m, whole).Clamp((decimal)value).Should().Be((decimal)expected);

    [Fact]
    public void OpeningsClamp_FractionAboveMax_ReturnsMax()
        => TypedRuleValues.Openings.Clamp(2_000_000.5m).Should().Be(1_000_000m);

    [Theory]
    [InlineData(true, "en", "a whole number in [0, 1000000]")]
    [InlineData(false, "en", "a number in [0, 1000000]")]
    public void RangeDescribe_English_NamesKindAndInterval(bool whole, string culture, string expected)
        => new NumberRange(0m, 1_000_000m, whole).Describe().ToString(CultureInfo.GetCultureInfo(culture)).Should().Be(expected);

    [Fact]
    public void RangeDescribe_Chinese_DiffersFromEnglishAndKeepsInterval()
    {
        var text = TypedRuleValues.Openings.Describe();

        var zh = text.ToString(CultureInfo.GetCultureInfo("zh-CN"));

        zh.Should().Contain("[0, 1000000]").And.NotBe(text.ToString(CultureInfo.GetCultureInfo("en")));
    }

    [Theory]
    [InlineData("\"Banned\"", PenaltyLevel.Banned)]
    [InlineData("\"clearedout\"", PenaltyLevel.ClearedOut)]
    [InlineData("\"SERVICEHIDDEN\"", PenaltyLevel.ServiceHidden)]
    [InlineData("\"None\"", PenaltyLevel.None)]
    [InlineData("\"2\"", PenaltyLevel.None)]
    [InlineData("2", PenaltyLevel.None)]
    [InlineData("\"Suspended\"", PenaltyLevel.None)]
    public void Level_PenaltyLevelProperty_ReadsNamesIgnoringCase(string json, PenaltyLevel expected)
        => TypedRuleValues.Level(Rule((TypedRuleValues.PenaltyLevelProperty, json))).Should().Be(expected);

    [Fact]
    public void Level_NoProperty_IsNone()
        => TypedRuleValues.Level(Rule()).Should().Be(PenaltyLevel.None);

    [Fact]
    public void Levels_Order_IsLeastSevereFirst()
        => TypedRuleValues.Levels.Should().Equal(PenaltyLevel.ServiceHidden, PenaltyLevel.Delisted, PenaltyLevel.Banned, PenaltyLevel.ClearedOut);

    [Theory]
    [InlineData("40", 40)]
    [InlineData("2.5", 2.5)]
    [InlineData("-5", 0)]
    [InlineData("79228162514264337593543950335", 1000000)]
    [InlineData("\"40\"", 0)]
    public void BandPoints_PointsProperty_ClampsIntoRange(string json, double expected)
        => TypedRuleValues.BandPoints(Rule((TypedRuleValues.PointsProperty, json))).Should().Be((decimal)expected);

    [Fact]
    public void BandPoints_NoProperty_IsZero()
        => TypedRuleValues.BandPoints(Rule()).Should().Be(0m);

    [Theory]
    [InlineData("\"Quality\"", "Quality")]
    [InlineData("3", null)]
    [InlineData("null", null)]
    public void Text_RuleProperty_ReturnsOnlyStrings(string json, string? expected)
        => TypedRuleValues.Text(Rule((TypedRuleValues.CriterionProperty, json)), TypedRuleValues.CriterionProperty).Should().Be(expected);

    [Theory]
    [InlineData("hundredpoint", ScoreScale.HundredPoint)]
    [InlineData("FivePoint", ScoreScale.FivePoint)]
    [InlineData("1", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Name_Text_MatchesEnumNamesOnly(string? text, ScoreScale? expected)
        => TypedRuleValues.Name(text, TypedRuleValues.Scales).Should().Be(expected);

    public static TheoryData<object?, string> Described => new()
    {
        { null, "null" },
        { "abc", "\"abc\"" },
        { true, "true" },
        { false, "false" },
        { 1.5m, "1.5" },
        { 3000000000L, "3000000000" },
        { 0.5d, "0.5" },
    };

    [Theory]
    [MemberData(nameof(Described))]
    public void DescribeObject_Value_WritesItAsRuleAuthorsDo(object? value, string expected)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            TypedRuleValues.Describe(value).Should().Be(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void DescribeJson_Element_ReturnsRawText()
        => TypedRuleValues.Describe(Json("{ \"a\": [1, 2.50] }")).Should().Be("{ \"a\": [1, 2.50] }");

    [Theory]
    [InlineData(EligibilityWorkflows.AllianceAdmission, typeof(MerchantSnapshot))]
    [InlineData("alliancecleArance", typeof(MerchantSnapshot))]
    [InlineData(EligibilityWorkflows.BrandProviderRenewal, typeof(BrandProviderSnapshot))]
    [InlineData(EligibilityWorkflows.StoreOperationAdmission, typeof(StoreOperationProviderSnapshot))]
    [InlineData("NotAFamily", null)]
    public void InputType_WorkflowName_IsItsFamilysSnapshot(string workflow, Type? expected)
        => TypedRuleValues.InputType(workflow).Should().Be(expected);

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static RuleInfo Rule(params (string Name, string Json)[] properties)
        => new("R", new SourceLocation("rules.json", 0, 0))
        {
            Properties = properties.ToDictionary(p => p.Name, p => Json(p.Json)),
        };
}

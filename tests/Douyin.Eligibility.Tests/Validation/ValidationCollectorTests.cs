using MaxLengthAttribute = System.ComponentModel.DataAnnotations.MaxLengthAttribute;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Validation;

/// <summary>The collector's checks, by the field and code they report (messages are the catalogs' concern).</summary>
public class ValidationCollectorTests
{
    private static readonly DateOnly AsOf = new(2024, 8, 1);

    private static IEnumerable<(string Field, string Code)> Errors(Action<ValidationCollector> check)
    {
        var collector = new ValidationCollector();
        check(collector);
        return collector.ToResult().Errors.Select(e => (e.Field, e.Code));
    }

    [Theory]
    [InlineData("", "StoreScore", "storeScore")]
    [InlineData("products[2]", "QualityReturnRate", "products[2].qualityReturnRate")]
    [InlineData("merchant", "Gmv30dFen", "merchant.gmv30dFen")]
    public void Field_ParentAndProperty_IsTheCamelCaseJsonPath(string parent, string property, string expected)
        => ValidationCollector.Field(parent, property).Should().Be(expected);

    [Fact]
    public void Item_ListAndIndex_IsTheIndexedPath()
        => ValidationCollector.Item("penalties", 12).Should().Be("penalties[12]");

    [Fact]
    public void ToResult_NothingReported_IsTheSharedValidResult()
        => new ValidationCollector().ToResult().Should().BeSameAs(ValidationResult.Valid);

    private static readonly Dictionary<string, (Action<ValidationCollector> Check, string? Code)> CheckCases = new()
    {
        ["id blank"] = (c => c.Id("", "Id", " "), ValidationCodes.IdMissing),
        ["id null"] = (c => c.Id("", "Id", null), ValidationCodes.IdMissing),
        ["id ok"] = (c => c.Id("", "Id", "S1"), null),
        ["id control character"] = (c => c.Id("", "Id", "S\u00011"), ValidationCodes.ControlCharacter),
        ["code blank"] = (c => c.Code("", "Code", ""), ValidationCodes.CodeMissing),
        ["name with tab"] = (c => c.Name("", "Name", "a\tb"), ValidationCodes.ControlCharacter),
        ["name null"] = (c => c.Name("", "Name", null), null),
        ["free text with CR LF tab"] = (c => c.FreeText("", "Note", "a\r\n\tb"), null),
        ["free text with bell"] = (c => c.FreeText("", "Note", "a\u0007"), ValidationCodes.ControlCharacter),
        ["asOf default"] = (c => c.AsOf("", "AsOf", default), ValidationCodes.AsOfMissing),
        ["asOf set"] = (c => c.AsOf("", "AsOf", AsOf), null),
        ["money negative"] = (c => c.Money("", "Gmv", -1), ValidationCodes.NegativeMoney),
        ["money zero"] = (c => c.Money("", "Gmv", 0), null),
        ["money unknown"] = (c => c.Money("", "Gmv", null), null),
        ["quantity negative"] = (c => c.Quantity("", "Count", -0.5m), ValidationCodes.NegativeQuantity),
        ["points missing"] = (c => c.RequiredPoints("", "Points", null), ValidationCodes.PointsMissing),
        ["points negative"] = (c => c.RequiredPoints("", "Points", -2), ValidationCodes.NegativeQuantity),
        ["points zero"] = (c => c.RequiredPoints("", "Points", 0), null),
        ["rate above one"] = (c => c.Rate("", "Rate", 1.01m), ValidationCodes.RateOutOfRange),
        ["rate below zero"] = (c => c.Rate("", "Rate", -0.01m), ValidationCodes.RateOutOfRange),
        ["rate bounds"] = (c => { c.Rate("", "Rate", 0m); c.Rate("", "Rate", 1m); }, null),
        ["score above max"] = (c => c.Score("", "Score", 5.1m, 5m), ValidationCodes.ScoreOutOfRange),
        ["score at max"] = (c => c.Score("", "Score", 5m, 5m), null),
        ["event date missing"] = (c => c.EventDate("", "Date", default, AsOf), ValidationCodes.EventDateMissing),
        ["event after asOf"] = (c => c.EventDate("", "Date", AsOf.AddDays(1), AsOf), ValidationCodes.EventAfterAsOf),
        ["event on asOf"] = (c => c.EventDate("", "Date", AsOf, AsOf), null),
        ["event without asOf"] = (c => c.EventDate("", "Date", AsOf.AddDays(1), default), null),
        ["date after asOf"] = (c => c.NotAfterAsOf("", "Date", AsOf.AddDays(1), AsOf), ValidationCodes.DateAfterAsOf),
        ["date unknown"] = (c => c.NotAfterAsOf("", "Date", null, AsOf), null),
    };

    public static TheoryData<string> Checks => new(CheckCases.Keys);

    [Theory]
    [MemberData(nameof(Checks))]
    public void Check_Value_ReportsTheExpectedCodeAtTheField(string scenario)
    {
        var (check, code) = CheckCases[scenario];
        var errors = Errors(check).ToList();

        if (code is null)
        {
            errors.Should().BeEmpty(scenario);
        }
        else
        {
            errors.Should().ContainSingle(scenario).Which.Code.Should().Be(code, scenario);
        }
    }

    [Theory]
    [InlineData(4.9, ScoreScale.FivePoint, null)]
    [InlineData(5.1, ScoreScale.FivePoint, ValidationCodes.ScoreOutOfRange)]
    [InlineData(99, ScoreScale.HundredPoint, null)]
    [InlineData(101, ScoreScale.HundredPoint, ValidationCodes.ScoreOutOfRange)]
    public void Score_OnAScale_IsCheckedAgainstThatScalesMaximum(double score, ScoreScale scale, string? code)
        => Errors(c => c.Score("", "ExperienceScore", (decimal)score, "ExperienceScoreScale", scale))
            .Select(e => e.Code).Should().Equal(code is null ? [] : [code]);

    [Fact]
    public void Score_WithoutItsScale_ReportsTheScaleField()
        => Errors(c => c.Score("", "ExperienceScore", 4m, "ExperienceScoreScale", null))
            .Should().Equal(("experienceScoreScale", ValidationCodes.ScoreScaleMissing));

    [Fact]
    public void Score_UnknownScaleValue_IsAnUnknownEnumValue()
        => Errors(c => c.Score("", "ExperienceScore", 4m, "ExperienceScoreScale", (ScoreScale)42))
            .Should().Equal(("experienceScoreScale", ValidationCodes.UnknownEnumValue));

    [Fact]
    public void Score_UnknownScoreWithoutScale_IsNotAnError()
        => Errors(c => c.Score("", "ExperienceScore", null, "ExperienceScoreScale", null)).Should().BeEmpty();

    [Fact]
    public void Name_EveryCharacter_IsAControlCharacterExactlyWhenCharIsControlSaysSo()
    {
        for (var ch = '\0'; ch < '\u0400'; ch++)
        {
            var text = $"ab{ch}c";

            Errors(c => c.Name("", "Name", text)).Select(e => e.Code).Should().Equal(char.IsControl(ch) ? [ValidationCodes.ControlCharacter] : [], $"U+{(int)ch:X4}");
            Errors(c => c.FreeText("", "Note", text)).Select(e => e.Code)
                .Should().Equal(char.IsControl(ch) && ch is not ('\t' or '\r' or '\n') ? [ValidationCodes.ControlCharacter] : [], $"U+{(int)ch:X4}");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void IndexOfControl_EveryLengthAndPosition_IsTheFirstControlCharacter(bool allowLineBreaks)
    {
        char[] probes = ['\0', '\t', '\n', '\r', '\u001F', ' ', '~', '\u007F', '\u0085', '\u009F', '\u00A0', '\u5E97', '\uFFFF'];
        for (var length = 1; length <= 40; length++)
        {
            for (var at = 0; at < length; at++)
            {
                foreach (var probe in probes)
                {
                    var text = new string('\u5E97', length).ToCharArray();
                    text[at] = probe;
                    if (at + 3 < length)
                    {
                        text[at + 3] = '\u0001';
                    }

                    var expected = Array.FindIndex(text, ch => char.IsControl(ch) && !(allowLineBreaks && ch is '\t' or '\r' or '\n'));

                    ValidationCollector.IndexOfControl(text, allowLineBreaks).Should().Be(expected, $"U+{(int)probe:X4} at {at} of {length}");
                }
            }
        }
    }

    [Fact]
    public void Name_SeveralControlCharacters_ReportsTheFirst()
    {
        var collector = new ValidationCollector();

        collector.Name("", "Name", "ab\u0085c\u0001");

        collector.ToResult().Errors.Should().ContainSingle()
            .Which.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("U+0085 at position 3");
    }

    [Fact]
    public void NotNull_NullItem_IsReportedAndFalse()
    {
        var collector = new ValidationCollector();

        collector.NotNull<string>("penalties[0]", null).Should().BeFalse();
        collector.NotNull("penalties[1]", "x").Should().BeTrue();

        collector.ToResult().Errors.Should().ContainSingle().Which.Field.Should().Be("penalties[0]");
    }

    [Fact]
    public void UniqueIds_Repeats_AreReportedAtEachLaterItem()
    {
        string?[] ids = ["a", "b", "a", null, " ", "b", "a"];

        Errors(c => c.UniqueIds("products", ids, id => id, "Id"))
            .Should().Equal(
                ("products[2].id", ValidationCodes.DuplicateId),
                ("products[5].id", ValidationCodes.DuplicateId),
                ("products[6].id", ValidationCodes.DuplicateId));
    }

    [Fact]
    public void UniqueIds_IdsDifferOnlyInCase_AreDistinct()
        => Errors(c => c.UniqueIds("products", ["a", "A"], id => id, "Id")).Should().BeEmpty();

    [Fact]
    public void Limits_LongerStringsAndLists_ReportTheirFields()
    {
        var item = new Limited { Name = "toolong", Tags = ["ok", "waytoolong"], Codes = ["1", "2", "3", "4"] };

        Errors(c => c.Limits("item", item)).Should().BeEquivalentTo(new[]
        {
            ("item.name", ValidationCodes.TextTooLong),
            ("item.tags[1]", ValidationCodes.TextTooLong),
            ("item.codes", ValidationCodes.ListTooLong),
        });
    }

    [Fact]
    public void Limits_WithinEveryMaximum_IsValid()
        => Errors(c => c.Limits("", new Limited { Name = "abc", Tags = ["abcd"], Codes = ["1", "2", "3"] })).Should().BeEmpty();

    private sealed class Limited
    {
        [MaxLength(3)]
        public string? Name { get; set; }

        [MaxLength(5)]
        [MaxItemLength(4)]
        public IReadOnlyList<string> Tags { get; set; } = [];

        [MaxLength(3)]
        public IReadOnlyList<string> Codes { get; set; } = [];
    }
}

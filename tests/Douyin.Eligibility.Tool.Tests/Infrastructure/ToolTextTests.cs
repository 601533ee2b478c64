using System.Globalization;

namespace Douyin.Eligibility.Tool.Tests.Infrastructure;

public sealed class ToolTextTests
{
    [Theory]
    [InlineData("en", "The row is longer than the limit of 80 bytes; it was skipped.")]
    [InlineData("", "The row is longer than the limit of 80 bytes; it was skipped.")]
    [InlineData("zh", "该行长度超过 80 字节的上限，已跳过。")]
    [InlineData("zh-CN", "该行长度超过 80 字节的上限，已跳过。")]
    public void Get_KnownKeyInCulture_ReturnsThatLanguage(string culture, string expected)
    {
        ToolText.Get(CultureInfo.GetCultureInfo(culture), "Csv_RowTooLong", 80).Should().Be(expected);
    }

    [Fact]
    public void Get_UnknownKey_ReturnsTheKeyInBrackets()
    {
        ToolText.Get(CultureInfo.InvariantCulture, "No_Such_Message").Should().Be("[No_Such_Message]");
    }

    [Fact]
    public void Text_ReadLater_UsesTheCultureThatAsks()
    {
        var text = ToolText.Text("Csv_RowTooLong", 1234567);

        text.ToString(CultureInfo.GetCultureInfo("en")).Should().Contain("1234567");
        text.ToString(CultureInfo.GetCultureInfo("zh-CN")).Should().StartWith("该行长度超过 1234567 ");
    }

    [Fact]
    public void Get_NumberArgumentInGermanCulture_FormatsInvariantly()
    {
        ToolText.Get(CultureInfo.GetCultureInfo("de-DE"), "Csv_RowTooLong", 1.5m).Should().Contain("limit of 1.5 bytes");
    }
}

using System.Globalization;

namespace Douyin.Eligibility.Tool.Tests.Infrastructure;

public sealed class LanguagesTests
{
    [Theory]
    [InlineData("zh", true)]
    [InlineData("zh-CN", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("en", false)]
    [InlineData("en-US", false)]
    [InlineData("", false)]
    public void IsChinese_Culture_ReturnsWhetherZh(string name, bool expected)
    {
        CultureInfo.GetCultureInfo(name).IsChinese().Should().Be(expected);
    }
}

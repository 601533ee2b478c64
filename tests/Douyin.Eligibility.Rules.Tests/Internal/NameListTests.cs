using System.Globalization;
using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Rules.Tests.Internal;

public class NameListTests
{
    [Theory]
    [InlineData("", "", "")]
    [InlineData("Any", "Any", "Any")]
    [InlineData("Any,All", "Any or All", "Any 或 All")]
    [InlineData("Any,All,Count,Sum,Min,Max", "Any, All, Count, Sum, Min or Max", "Any、All、Count、Sum、Min 或 Max")]
    public void Or_Names_JoinsThemAsASentenceDoes(string names, string en, string zh)
    {
        var list = names.Split(',', StringSplitOptions.RemoveEmptyEntries);

        (NameList.Or(list).ToString(CultureInfo.InvariantCulture), NameList.Or(list).ToString(CultureInfo.GetCultureInfo("zh-CN"))).Should().Be((en, zh));
    }
}

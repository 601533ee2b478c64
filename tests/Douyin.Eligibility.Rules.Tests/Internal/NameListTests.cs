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

        NameList.Or(list).Should().Be((en, zh));
    }
}

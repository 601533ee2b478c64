using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Douyin.Eligibility.History.Tests.Resources;

/// <summary>The decision store's message catalog: every English message has a Chinese one with the same placeholders.</summary>
public sealed partial class HistoryCatalogTests
{
    private static readonly ResourceManager Catalog = new("Douyin.Eligibility.History.Resources.Messages", typeof(IDecisionStore).Assembly);

    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (DictionaryEntry entry in Catalog.GetResourceSet(CultureInfo.InvariantCulture, true, true)!)
        {
            data.Add((string)entry.Key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void GetString_EveryKeyInChinese_HasTheSamePlaceholders(string key)
    {
        var english = Catalog.GetString(key, CultureInfo.InvariantCulture)!;
        var chinese = Catalog.GetString(key, CultureInfo.GetCultureInfo("zh-CN"))!;

        chinese.Should().NotBe(english);
        Placeholders(chinese).Should().BeEquivalentTo(Placeholders(english));
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}

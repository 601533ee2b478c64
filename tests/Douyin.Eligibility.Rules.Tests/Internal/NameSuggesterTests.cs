using Douyin.Eligibility.Rules.Internal;

namespace Douyin.Eligibility.Rules.Tests.Internal;

public class NameSuggesterTests
{
    private static readonly string[] RuleProperties = ["RuleName", "Expression", "ErrorMessage", "Operator", "Rules", "Enabled"];

    [Theory]
    [InlineData("ErrorMesage", "ErrorMessage")]
    [InlineData("expresion", "Expression")]
    [InlineData("rulename", "RuleName")]
    [InlineData("Rule", "Rules")]
    [InlineData("Enabeld", "Enabled")]
    public void Suggest_CloseMisspelling_ReturnsKnownName(string name, string expected)
    {
        NameSuggester.Suggest(name, RuleProperties).Should().Be(expected);
    }

    [Theory]
    [InlineData("Zzz")]
    [InlineData("Condition")]
    [InlineData("")]
    public void Suggest_NothingClose_ReturnsNull(string name)
    {
        NameSuggester.Suggest(name, RuleProperties).Should().BeNull();
    }

    [Fact]
    public void Suggest_ShortName_DoesNotSwapForUnrelatedShortName()
    {
        NameSuggester.Suggest("x", ["y", "ab"]).Should().BeNull();
    }

    [Fact]
    public void Suggest_LongName_AllowsAThirdOfItsLength()
    {
        NameSuggester.Suggest("RegisteredCapitalAmnt", ["RegisteredCapitalAmount"]).Should().Be("RegisteredCapitalAmount");
        NameSuggester.Suggest("RegCapAmnt", ["RegisteredCapitalAmount"]).Should().BeNull();
    }

    [Fact]
    public void Suggest_Tie_PrefersEarlierCandidate()
    {
        NameSuggester.Suggest("Scor", ["Score", "Scorn"]).Should().Be("Score");
    }

    [Theory]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("Name", "nAME", 0)]
    public void Distance_KnownPairs_MatchesLevenshtein(string a, string b, int expected)
    {
        NameSuggester.Distance(a, b).Should().Be(expected);
    }
}

using Douyin.Eligibility.Rules.Functions;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Functions;

public class FunctionRegistryTests
{
    [Fact]
    public void Default_EveryFunction_IsDocumentedInTheRuleLanguage()
    {
        var doc = Repository.ReadAllText("docs", "rule-language.md");
        var undocumented = BuiltInFunctions.Registry.All
            .Where(f => !doc.Contains(f.IsMethod ? $".{f.Name}(" : $"`{f.Name}(", StringComparison.Ordinal))
            .Select(f => f.Usage);
        undocumented.Should().BeEmpty();
    }

    [Theory]
    [InlineData("any", true)]
    [InlineData("WITHINLASTDAYS", false)]
    public void Resolve_NameInAnyCase_FindsFunction(string name, bool isMethod)
    {
        var receiver = isMethod ? Douyin.Eligibility.Rules.Binding.ExprType.Of(typeof(int[])) : null;
        BuiltInFunctions.Registry.Resolve(name, receiver, out var problem).Should().NotBeNull();
        problem.Should().BeNull();
    }
}

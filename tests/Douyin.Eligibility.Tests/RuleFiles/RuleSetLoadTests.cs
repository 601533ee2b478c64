using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tests.RuleFiles;

public class RuleSetLoadTests
{
    [Fact]
    public void Load_ShippedRulesDirectory_HasNoDiagnostics()
    {
        var result = ShippedRules.Load();
        result.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        result.IsSuccess.Should().BeTrue();
    }
}

namespace Douyin.Eligibility.Tests.RuleFiles;

public class EmbeddedRulesTests
{
    [Fact]
    public void CreateDefault_EmbedsExactlyTheRulesFolder_SameContentHash()
    {
        using var embedded = EligibilityEvaluator.CreateDefault();
        using var fromDisk = EligibilityEvaluator.Create(ShippedRules.RulesDirectory);

        embedded.CurrentRuleSet.ContentHash.Should().Be(fromDisk.CurrentRuleSet.ContentHash);
        embedded.CurrentRuleSet.Files.Should().HaveCount(ShippedRules.Set.Files.Count);
    }
}

using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tests.Decisions;

/// <summary>The packed outcomes answer "any of" and "how many did not pass" as a loop over the outcomes does.</summary>
public class RuleOutcomesTests
{
    [Fact]
    public void AnyAndNotPassedCount_AgreeWithTheOutcomes()
    {
        var random = new Random(7);
        for (var length = 0; length <= 40; length++)
        {
            for (var round = 0; round < 50; round++)
            {
                var outcomes = Enumerable.Range(0, length).Select(_ => (RuleOutcome)random.Next(0, 4)).ToArray();
                var packed = RuleOutcomes.From(outcomes);

                packed.Count.Should().Be(length);
                Enumerable.Range(0, length).Select(i => packed[i]).Should().Equal(outcomes);
                packed.NotPassedCount().Should().Be(outcomes.Count(o => o != RuleOutcome.Passed));
                foreach (var outcome in Enum.GetValues<RuleOutcome>())
                {
                    packed.Any(outcome).Should().Be(outcomes.Contains(outcome), $"{outcome} among {string.Join(",", outcomes)}");
                }
            }
        }
    }

    [Fact]
    public void Any_SameOutcomeEverywhere_IsFoundOnlyForIt()
    {
        foreach (var outcome in Enum.GetValues<RuleOutcome>())
        {
            var packed = RuleOutcomes.From(Enumerable.Repeat(outcome, 32).ToArray());

            Enum.GetValues<RuleOutcome>().Where(packed.Any).Should().Equal(outcome);
        }
    }
}

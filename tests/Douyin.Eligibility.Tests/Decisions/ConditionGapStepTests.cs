using Douyin.Eligibility.Rules;

namespace Douyin.Eligibility.Tests.Decisions;

/// <summary>A gap's step for a strict bound, written directly, is the very decimal (value and scale) the divisions gave.</summary>
public class ConditionGapStepTests
{
    [Fact]
    public void Step_EveryScale_HasTheBitsOfTheDivisions()
    {
        for (var scale = 0; scale <= 28; scale++)
        {
            foreach (var threshold in new[] { new decimal(1, 0, 0, false, (byte)scale), new decimal(41, 0, 0, true, (byte)scale), new decimal(-1, -1, 12, false, (byte)scale) })
            {
                decimal.GetBits(ConditionGap.Step(threshold)).Should().Equal(decimal.GetBits(ConditionGap.StepByDivision(scale)), $"scale {scale}");
            }
        }
    }
}

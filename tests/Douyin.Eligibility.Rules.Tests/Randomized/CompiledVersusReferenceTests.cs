using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Randomized;

public class CompiledVersusReferenceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Evaluate_RandomExpressions_MatchReferenceInterpretation(int seed)
    {
        var generator = new RandomExpressionGenerator(seed);
        for (var i = 0; i < 250; i++)
        {
            var expression = generator.Bool(depth: 4);
            var text = expression.Print();
            var (verdict, traced) = ExpressionHost.CompileBoth(text);
            for (var j = 0; j < 4; j++)
            {
                var store = generator.Store();
                var expected = expression.Eval(store, null);
                verdict(store).Should().Be(expected, "verdict of {0} for store {1}", text, Describe(store));
                traced(store).Should().Be(expected, "traced value of {0}", text);
            }
        }
    }

    /// <summary>Native AOT interprets the trees (docs/aot.md): the interpreter gives the reference values too.</summary>
    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Evaluate_RandomExpressionsInterpreted_MatchReferenceInterpretation(int seed)
    {
        var generator = new RandomExpressionGenerator(seed);
        var settings = CompileSettings.Default with { Interpret = true };
        for (var i = 0; i < 100; i++)
        {
            var expression = generator.Bool(depth: 4);
            var text = expression.Print();
            var (verdict, traced) = ExpressionHost.CompileBoth(text, settings);
            for (var j = 0; j < 4; j++)
            {
                var store = generator.Store();
                var expected = expression.Eval(store, null);
                verdict(store).Should().Be(expected, "interpreted verdict of {0} for store {1}", text, Describe(store));
                traced(store).Should().Be(expected, "interpreted traced value of {0}", text);
            }
        }
    }

    private static string Describe(Store s)
        => $"Score={s.Score}, Count={s.Count}, Gmv={s.Gmv}, Flag={s.Flag}, Name={s.Name}, Items=[{(s.Items is null ? "null" : string.Join("; ", s.Items.Select(i => $"{i.Amount}/{i.Points}")))}]";
}

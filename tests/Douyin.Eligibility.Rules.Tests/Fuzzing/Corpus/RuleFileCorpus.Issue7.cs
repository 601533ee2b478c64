using System.Text;

namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>
/// The hostile shapes issue 7 reports. Each is generated at the reported size in a fixed share of its cases (the
/// "exact" ones, whose note says so) and at random smaller sizes in the rest, so a fix is proven on the shape and around it.
/// </summary>
public sealed partial class RuleFileCorpus
{
    /// <summary>Item 1: <c>P0 = merchant.IsSettled</c>, <c>Pi = "!"×98 + P(i-1)</c> for i ≤ 200, rule <c>P200</c> (about 19.6k nodes once expanded).</summary>
    public static string NotChain(int paramCount, int bangs)
    {
        var parameters = new List<string> { Param("P0", "merchant.IsSettled") };
        for (var i = 1; i < paramCount; i++)
        {
            parameters.Add(Param($"P{i}", new string('!', bangs) + $"P{i - 1}"));
        }

        return Workflow("NotChain", parameters, [Rule("R", $"P{paramCount - 1}")]);
    }

    /// <summary>Item 2: <c>W0…Wk</c>, each injecting <c>["W{i+1}","W{i+1}"]</c>; 2^k copies of <c>Wk</c>'s rule.</summary>
    public static string InjectDoubling(int k)
        => "[" + string.Join(",\n", Enumerable.Range(0, k + 1).Select(i => Workflow($"W{i}", [], [Rule($"R{i}", "merchant.IsSettled")], i < k ? [$"W{i + 1}", $"W{i + 1}"] : null))) + "]";

    /// <summary>Item 2: a plain chain, <c>W0</c> injects <c>W1</c> … injects <c>W{length}</c>.</summary>
    public static string InjectChain(int length)
        => "[" + string.Join(",\n", Enumerable.Range(0, length + 1).Select(i => Workflow($"W{i}", [], [Rule($"R{i}", "merchant.IsSettled")], i < length ? [$"W{i + 1}"] : null))) + "]";

    /// <summary>Item 3: <c>P0 = merchant.Products.Count()</c>, <c>Pi = merchant.Products.Sum(p => P(i-1))</c>: products^i iterations.</summary>
    public static string SumChain(int last)
    {
        var parameters = new List<string> { Param("P0", "merchant.Products.Count()") };
        for (var i = 1; i <= last; i++)
        {
            parameters.Add(Param($"P{i}", $"merchant.Products.Sum(p => P{i - 1})"));
        }

        return Workflow("SumChain", parameters, [Rule("R", $"P{last} >= 0")]);
    }

    /// <summary>Item 3: <paramref name="depth"/> nested <c>merchant.Products.Any(a => …)</c> whose innermost test never holds, so every level iterates fully.</summary>
    public static string NestedAny(int depth)
    {
        var body = "a0.Id == 'never'";
        for (var i = depth - 1; i >= 0; i--)
        {
            body = $"merchant.Products.Any(a{i} => {body})";
        }

        return Workflow("NestedAny", [], [Rule("R", body)]);
    }

    /// <summary>Item 10: <c>P0 = seed</c>, <c>Pi = P(i-1) + P(i-1)</c>, used by the rule and its message.</summary>
    public static string DoublingParams(int count, string seedExpression)
    {
        var parameters = new List<string> { Param("P0", seedExpression) };
        for (var i = 1; i <= count; i++)
        {
            parameters.Add(Param($"P{i}", $"P{i - 1} + P{i - 1}"));
        }

        return Workflow("Doubling", parameters, [Rule("R", $"P{count} != P0", $"$(P{count})")]);
    }

    /// <summary>Item 6: <c>Properties</c> of the workflow (or of its rule) holding objects or arrays nested <paramref name="depth"/> deep.</summary>
    public static string DeepProperties(int depth, bool onRule, bool arrays)
    {
        var value = arrays ? new string('[', depth) + "1" + new string(']', depth) : string.Concat(Enumerable.Repeat("{\"a\": ", depth)) + "1" + new string('}', depth);
        return onRule
            ? $$"""{"WorkflowName": "Deep", "Inputs": {{MerchantInputs}}, "Rules": [{"RuleName": "R", "Expression": "merchant.IsSettled", "Properties": {"x": {{value}} } }]}"""
            : $$"""{"WorkflowName": "Deep", "Inputs": {{MerchantInputs}}, "Properties": {"x": {{value}}}, "Rules": [{"RuleName": "R", "Expression": "merchant.IsSettled"}]}""";
    }

    private static string IssueNotChain(Random random, StringBuilder note)
    {
        var exact = random.Next(4) == 0;
        var count = exact ? 201 : random.Next(2, 202);
        var bangs = exact ? 98 : random.Next(0, 99);
        note.Append($"{count} params, {bangs} '!' each{(exact ? " (exact)" : string.Empty)}");
        return NotChain(count, bangs);
    }

    private static string IssueInjectDoubling(Random random, StringBuilder note)
    {
        var exact = random.Next(8) == 0;
        var k = exact ? 20 : random.Next(1, 21);
        note.Append($"k = {k}{(exact ? " (exact)" : string.Empty)}");
        return InjectDoubling(k);
    }

    private static string IssueInjectChain(Random random, StringBuilder note)
    {
        // Load time grows with the square of the length (workflow i holds the rules of every workflow after it), so the
        // reported 300 comes in one case of 16 and the others are shorter.
        var exact = random.Next(16) == 0;
        var length = exact ? 300 : random.Next(2, 80);
        note.Append($"chain of {length}{(exact ? " (exact)" : string.Empty)}");
        return InjectChain(length);
    }

    private static string IssueSumChain(Random random, StringBuilder note)
    {
        var exact = random.Next(4) == 0;
        var last = exact ? 60 : random.Next(1, 61);
        note.Append($"P{last}{(exact ? " (exact)" : string.Empty)}");
        return SumChain(last);
    }

    private static string IssueNestedAny(Random random, StringBuilder note)
    {
        var exact = random.Next(4) == 0;
        var depth = exact ? 30 : random.Next(1, 31);
        note.Append($"{depth} nested Any{(exact ? " (exact)" : string.Empty)}");
        return NestedAny(depth);
    }

    private static string IssueDoublingParams(Random random, StringBuilder note)
    {
        var exact = random.Next(4) == 0;
        var count = exact ? 12 : random.Next(1, 25);
        var seed = Pick(random, new[] { "merchant.ShopName", "merchant.Id + merchant.Id", "'x'", "merchant.Gmv30dFen", "merchant.StoreScore", "1" });
        note.Append($"{count} doublings of {seed}{(exact ? " (exact)" : string.Empty)}");
        return DoublingParams(count, seed);
    }

    private static string IssueDeepProperties(Random random, StringBuilder note)
    {
        var depth = random.Next(60, 131);
        var onRule = random.Next(2) == 0;
        var arrays = random.Next(2) == 0;
        note.Append($"{(onRule ? "rule" : "workflow")} Properties, {(arrays ? "arrays" : "objects")} {depth} deep");
        return DeepProperties(depth, onRule, arrays);
    }

    private static string IssueLongDecimal(Random random, StringBuilder note)
    {
        var places = random.Next(29, 101);
        var literal = "0." + new string('0', places - 1) + "1";
        if (random.Next(2) == 0)
        {
            literal = "4." + string.Concat(Enumerable.Range(0, places).Select(i => (char)('0' + (i * 7 % 10))));
        }

        note.Append($"{places} places");
        return random.Next(2) == 0
            ? SingleRule($"merchant.PositiveRate > {literal}")
            : Workflow("W", [Param("Threshold", literal)], [Rule("R", "merchant.StoreScore >= Threshold", "$(Threshold)")]);
    }

    private static string IssueHugeInteger(Random random, StringBuilder note)
    {
        var literal = Pick(random, new[] { "3000000000", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950336", new string('9', 40) });
        note.Append(literal);
        return random.Next(3) switch
        {
            0 => Workflow("W", [Param("MaxAllianceOpenings", literal)], [Rule("R", "merchant.AllianceOpeningsUsed < MaxAllianceOpenings", "$(MaxAllianceOpenings)")]),
            1 => Workflow("W", [Param("Points", literal)], [Rule("R", "merchant.Penalties.Sum(p => p.Points) + Points > 0")]),
            _ => SingleRule($"merchant.Gmv30dFen {Pick(random, new[] { "<", "==", "+ 1 >", "* 2 <" })} {literal}"),
        };
    }
}

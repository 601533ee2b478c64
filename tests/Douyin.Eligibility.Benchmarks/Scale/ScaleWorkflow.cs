using System.Globalization;
using System.Text;
using Douyin.Eligibility.Testing.Generation;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Benchmarks.Scale;

/// <summary>
/// Generated workflows of many simple rules over <see cref="MerchantSnapshot"/> (comparisons, a Kleene And or Or, a
/// lambda now and then) for the rules-at-scale rows: load + check + compile, and evaluation cost per rule.
/// </summary>
public static class ScaleWorkflow
{
    /// <summary>The workflow name for <paramref name="rules"/> rules.</summary>
    public static string Name(int rules) => $"Scale{rules}";

    /// <summary>The workflow file text with <paramref name="rules"/> rules.</summary>
    public static string Json(int rules)
    {
        var text = new StringBuilder(rules * 120);
        text.Append("{\n  \"WorkflowName\": \"").Append(Name(rules)).Append("\",\n  \"Inputs\": [{ \"Name\": \"merchant\", \"Type\": \"MerchantSnapshot\" }],\n  \"Rules\": [\n");
        for (var i = 0; i < rules; i++)
        {
            text.Append("    { \"RuleName\": \"R").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\", \"Expression\": \"")
                .Append(Expression(i)).Append("\" }").Append(i + 1 < rules ? ",\n" : "\n");
        }

        return text.Append("  ]\n}\n").ToString();
    }

    /// <summary>
    /// Loads, checks and compiles the workflow (in memory, with <see cref="MerchantSnapshot"/> as input type); its fused
    /// verdict is built on the first evaluation, as <paramref name="tiering"/> says (by default interpreted first, then
    /// compiled in the background, for workflows this large).
    /// </summary>
    internal static Workflow Load(string json, int rules, VerdictTiering tiering = VerdictTiering.Automatic)
    {
        var options = new RuleSetOptions().AddInputType<MerchantSnapshot>();
        options.VerdictTiering = tiering;
        return RuleSet.Load([RuleSource.FromText($"scale-{rules}.json", json)], options)
            .GetRuleSetOrThrow()
            .GetWorkflow(Name(rules), SnapshotGenerator.AsOf);
    }

    private static string Expression(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        var small = (i % 90).ToString("00", CultureInfo.InvariantCulture);
        return (i % 6) switch
        {
            0 => $"merchant.Gmv30dFen > {n}",
            1 => $"merchant.StoreScore > 3.{small}",
            2 => $"merchant.PositiveRate >= 0.{small} && merchant.IsSettled",
            3 => $"merchant.AllianceOpeningsUsed < {(i % 5) + 1} || merchant.SellsVirtualGoodsOnly",
            4 => $"!merchant.Penalties.Any(p => p.Points > {(i % 12) + 1})",
            _ => $"merchant.SettledDate <= AddDays(AsOf, -{(i % 700) + 1})",
        };
    }
}

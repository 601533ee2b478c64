using System.Text;
using Douyin.Eligibility;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;
using Microsoft.Extensions.DependencyInjection;

// The consumer test's program (docs/packaging.md): uses the packages as a user would, prints one line per check and
// per decision (run.sh compares the JIT, net8.0 and Native AOT runs line by line) and exits 1 when a check fails.
// Usage: Consumer <data folder: samples/data> <rules folder copied and edited by run.sh: MinStoreScore 4.1 -> 4.7>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Consumer <data-folder> <edited-rules-folder>");
    return 2;
}

var data = args[0];
var editedRules = args[1];
var checks = new Checks();
var merchant = SnapshotJson.Deserialize<MerchantSnapshot>(File.ReadAllText(Path.Combine(data, "examples", "merchant.json")));

// 1. The rules embedded in the package.
string embeddedLines;
using (var evaluator = EligibilityEvaluator.CreateDefault())
{
    var result = evaluator.EvaluateAllianceAdmission(merchant, EvaluationSettings.English);
    checks.Expect("embedded rules: the example store is eligible", result.Decision?.IsEligible == true, result.ToString());
    embeddedLines = Decisions.All("embedded", evaluator, data);
    Console.Write(embeddedLines);
}

// 2. Through dependency injection, on the same embedded rules: the same decisions.
var services = new ServiceCollection().AddDouyinEligibility();
using (var provider = services.BuildServiceProvider())
{
    var evaluator = provider.GetRequiredService<EligibilityEvaluator>();
    var lines = Decisions.All("embedded", evaluator, data);
    checks.Expect("DI (AddDouyinEligibility): the same decisions as CreateDefault", lines == embeddedLines, "the decisions differ");
}

// 3. A copied rules folder with a threshold edited: the decisions change where the threshold does.
using (var evaluator = EligibilityEvaluator.Create(editedRules))
{
    var result = evaluator.EvaluateAllianceAdmission(merchant, EvaluationSettings.English);
    var reasons = result.Decision?.Reasons.Select(r => r.Code).ToArray() ?? [];
    checks.Expect(
        "edited rules: the example store (score 4.6) fails MinStoreScore 4.7",
        result.Decision is { IsEligible: false } && reasons.SequenceEqual(["ALLIANCE_STORE_SCORE_LOW"]),
        result.ToString());
    var lines = Decisions.All("edited", evaluator, data);
    Console.Write(lines);
    checks.Expect(
        "edited rules: more stores fail on store score than with the embedded rules",
        Decisions.Count(lines, "AllianceAdmission", "ALLIANCE_STORE_SCORE_LOW") > Decisions.Count(embeddedLines, "AllianceAdmission", "ALLIANCE_STORE_SCORE_LOW"),
        "no more ALLIANCE_STORE_SCORE_LOW failures");
}

// 4. The engine alone (the Douyin.Eligibility.Rules package README's example): a workflow over the user's own type.
var workflowJson = """
    {
      "WorkflowName": "OrderApproval",
      "Inputs": [{ "Name": "order", "Type": "Order" }],
      "GlobalParams": [{ "Name": "MaxTotal", "Expression": "1000" }],
      "Rules": [
        { "RuleName": "TotalWithinLimit", "Expression": "order.Total <= MaxTotal",
          "ErrorMessage": "total $(order.Total) is above $(MaxTotal)" }
      ]
    }
    """;
var load = RuleSet.Load([RuleSource.FromText("order-approval.json", workflowJson)], new RuleSetOptions().AddInputType<Order>());
checks.Expect("rules engine: the README's workflow loads", load.RuleSet is not null, string.Join("; ", load.Diagnostics));
if (load.RuleSet is { } ruleSet)
{
    var today = new DateOnly(2024, 7, 25);
    var workflow = ruleSet.GetWorkflow("OrderApproval", today);
    var over = workflow.Evaluate(today, new Order { Total = 1250m });
    var within = workflow.Evaluate(today, new Order { Total = 999.5m });
    var missing = workflow.Evaluate(today, new Order());
    Console.WriteLine($"rules OrderApproval 1250:{over.Outcome} 999.5:{within.Outcome} missing:{missing.Outcome} message:{over.Results[0].Message}");
    checks.Expect(
        "rules engine: Failed above the limit with the README's message, Passed within, Indeterminate when missing",
        over.Outcome == RuleOutcome.Failed && over.Results[0].Message == "total 1250 is above 1000"
            && within.Outcome == RuleOutcome.Passed && missing.Outcome == RuleOutcome.Indeterminate,
        $"{over.Outcome} '{over.Results[0].Message}', {within.Outcome}, {missing.Outcome}");
}

return checks.Report();

/// <summary>A user's own input type for the engine.</summary>
internal sealed class Order
{
    /// <summary>The order total; null when unknown.</summary>
    public decimal? Total { get; init; }
}

/// <summary>One line per check; the summary and exit code at the end.</summary>
internal sealed class Checks
{
    private int _passed;
    private int _failed;

    public void Expect(string name, bool condition, string detail)
    {
        if (condition)
        {
            _passed++;
            Console.WriteLine($"ok   {name}");
        }
        else
        {
            _failed++;
            Console.WriteLine($"FAIL {name}: {detail}");
        }
    }

    public int Report()
    {
        Console.WriteLine($"consumer-app: {_passed} checks passed, {_failed} failed");
        return _failed == 0 ? 0 : 1;
    }
}

/// <summary>Every sample snapshot decided, one line each: label, family, subject, outcome, reason codes.</summary>
internal static class Decisions
{
    public static string All(string label, EligibilityEvaluator evaluator, string data)
    {
        var text = new StringBuilder();
        Read<MerchantSnapshot>(Path.Combine(data, "merchants.jsonl"), text, $"{label} AllianceAdmission", m => Line(evaluator.EvaluateAllianceAdmission(m)));
        Read<MerchantSnapshot>(Path.Combine(data, "merchants.jsonl"), text, $"{label} AllianceClearance", m => Line(evaluator.EvaluateAllianceClearance(m)));
        Read<BrandProviderSnapshot>(Path.Combine(data, "brand-providers.jsonl"), text, $"{label} BrandRenewal", p => Line(evaluator.EvaluateBrandRenewal(p)));
        Read<StoreOperationProviderSnapshot>(Path.Combine(data, "store-operation-providers.jsonl"), text, $"{label} StoreOperationAdmission", p => Line(evaluator.EvaluateStoreOperationAdmission(p)));
        Read<StoreOperationProviderSnapshot>(Path.Combine(data, "store-operation-providers.jsonl"), text, $"{label} StoreOperationPenalty", p => Line(evaluator.EvaluateStoreOperationPenalty(p)));
        return text.ToString();
    }

    /// <summary>How many decisions of <paramref name="family"/> among <paramref name="lines"/> name <paramref name="code"/>.</summary>
    public static int Count(string lines, string family, string code)
        => lines.Split('\n').Count(l => l.Split(' ') is [_, var f, ..] && f == family && l.Contains(code, StringComparison.Ordinal));

    private static void Read<T>(string path, StringBuilder text, string prefix, Func<T, string> decide)
        where T : class, ISnapshot
    {
        using var stream = File.OpenRead(path);
        foreach (var item in SnapshotJson.ReadJsonLines<T>(stream))
        {
            text.Append(prefix).Append(" line ").Append(item.Line).Append(' ')
                .Append(item.IsSuccess ? decide(item.Value!) : "unreadable " + item.Error)
                .Append('\n');
        }
    }

    private static string Line<TDecision>(EligibilityResult<TDecision> result)
        where TDecision : EligibilityDecision
        => result.Decision is { } decision
            ? $"{decision.SubjectId} {decision.OutcomeName} {decision.RuleSetHash} [{string.Join(",", decision.Reasons.Select(r => $"{r.Code}:{r.Outcome}"))}]"
            : $"invalid [{string.Join(",", result.ValidationErrors.Select(e => e.Code))}]";
}

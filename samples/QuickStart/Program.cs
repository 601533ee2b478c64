using Douyin.Eligibility;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

// Quick start: judge one store against the rules embedded in the package and print the explanation.
// Usage: dotnet run --project samples/QuickStart [-- path/to/merchant.json]
var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "merchant.json");
var merchant = SnapshotJson.Deserialize<MerchantSnapshot>(File.ReadAllText(path));

using var evaluator = EligibilityEvaluator.CreateDefault();

// Selected Alliance admission, in English: outcome, rules used, each reason with observed value, threshold and gap.
var admission = evaluator.EvaluateAllianceAdmission(merchant, EvaluationSettings.English);
Console.WriteLine(admission);
Console.WriteLine();

// Product clearance, in Chinese (the default culture): one decision per product, with the gap to each limit.
foreach (var product in evaluator.EvaluateProductClearance(merchant))
{
    Console.WriteLine(product);
    Console.WriteLine();
}

return admission.IsSuccess ? 0 : 1;

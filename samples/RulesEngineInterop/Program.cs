using Douyin.Eligibility.Interop;

// Runs the exported Douyin rules on plain Microsoft RulesEngine over the sample data, and prints, for every subject and
// the workflow version in force on its date, each rule's outcome and the workflow's.
// Usage: dotnet run --project samples/RulesEngineInterop [-- exported-dir data-dir]
var exported = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "Exported");
var data = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "data");

foreach (var result in InteropRunner.Run(exported, data).Where(r => r.IsInForce))
{
    var rules = string.Join(", ", result.Rules.Select(r => $"{r.Key}={r.Value}"));
    Console.WriteLine($"{result.Subject} {result.WorkflowName}: {result.Outcome} ({rules})");
}

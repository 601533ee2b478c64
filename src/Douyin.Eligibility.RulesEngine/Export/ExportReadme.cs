using System.Globalization;
using System.Text;

namespace Douyin.Eligibility.RulesEngine;

/// <summary>The README of an export: the files, and how a plain RulesEngine user loads and runs them and reads the outcomes.</summary>
internal static class ExportReadme
{
    public static string Write(RulesEngineTranslation translation, string ns)
    {
        // The example: a version chosen by date and still in force at its end (the newest), when there is one.
        var example = translation.Workflows.FirstOrDefault(w => w.Source.IsEnabled && w.Source.EffectiveTo is null) ?? translation.Workflows[0];

        var text = new StringBuilder();
        text.Append("# Douyin eligibility rules for Microsoft RulesEngine\n\n")
            .Append("Written by `douyin-eligibility export --to rulesengine`; do not edit, export again. These are plain RulesEngine 6 workflows:\n")
            .Append("a project that runs them needs only the `RulesEngine` package and the C# files here.\n\n")
            .Append("| File | Workflow | In force | Inputs |\n")
            .Append("| --- | --- | --- | --- |\n");
        foreach (var workflow in translation.Workflows)
        {
            var source = workflow.Source;
            var inForce = !source.IsEnabled ? "only when named" : $"{Day(source.EffectiveFrom, "…")} to {Day(source.EffectiveTo, "…")}";
            var inputs = string.Join(", ", source.Inputs.Select(i => $"`{i.Name}` ({i.Type.Name})"));
            text.Append(CultureInfo.InvariantCulture, $"| `{RulesEngineExporter.FileNameOf(workflow.WorkflowName)}` | `{workflow.WorkflowName}` | {inForce} | {inputs} |\n");
        }

        text.Append('\n')
            .Append(CultureInfo.InvariantCulture, $"- `{RulesEngineExporter.FunctionsFileName}`: the helper type the expressions call (three-valued comparisons, checked arithmetic, dates, collection folds).\n")
            .Append(CultureInfo.InvariantCulture, $"- `{RulesEngineExporter.InputTypesFileName}`: the input types (namespace `{ns}`), which `System.Text.Json` reads from the Douyin snapshot JSON with default options.\n")
            .Append(CultureInfo.InvariantCulture, $"- `{RulesEngineExporter.OutcomesFileName}`: `DouyinRuleOutcomes`, which reads each Douyin rule's outcome back from the RulesEngine results.\n")
            .Append(CultureInfo.InvariantCulture, $"- `{RulesEngineExporter.FormulasFileName}`: the formulas of the input types' computed members (days since a date, full years, the year's points).\n")
            .Append(CultureInfo.InvariantCulture, $"- `{RulesEngineExporter.WorkflowsFileName}`: `DouyinWorkflows`, every version above with its dates and inputs, and `CreateSettings()`.\n\n")
            .Append("## Load and run\n\n")
            .Append("```csharp\n")
            .Append("using System.Text.Json;\n")
            .Append(CultureInfo.InvariantCulture, $"using {ns};\n")
            .Append("using Douyin.Eligibility.RulesEngine;\n")
            .Append("using RulesEngine.Models;\n\n")
            .Append("var workflows = Directory.GetFiles(\"exported\", \"*.json\").Select(File.ReadAllText).ToArray();\n")
            .Append("var engine = new RulesEngine.RulesEngine(workflows, DouyinWorkflows.CreateSettings());\n\n");
        var input = example.Source.Inputs[0];
        text.Append(CultureInfo.InvariantCulture, $"var {input.Name} = JsonSerializer.Deserialize<{input.Type.Name}>(jsonLine)!;\n")
            .Append(CultureInfo.InvariantCulture, $"var results = await engine.ExecuteAllRulesAsync({CSharpText.Literal(example.WorkflowName)},\n")
            .Append(CultureInfo.InvariantCulture, $"    new RuleParameter({CSharpText.Literal(input.Name)}, {input.Name}),\n")
            .Append(CultureInfo.InvariantCulture, $"    new RuleParameter(\"{TranslatedWorkflow.AsOfParameter}\", {input.Name}.AsOf));\n")
            .Append("foreach (var (rule, outcome) in DouyinRuleOutcomes.Read(results))\n")
            .Append("{\n")
            .Append("    Console.WriteLine($\"{rule}: {outcome}\");\n")
            .Append("}\n")
            .Append("```\n\n")
            .Append("Each JSON file is one workflow: `System.Text.Json.JsonSerializer.Deserialize<Workflow>(text)` reads it too, for\n")
            .Append("`new RulesEngine.RulesEngine(Workflow[], settings)` or `AddOrUpdateWorkflow`. `CreateSettings()` registers `DouyinRuleFunctions`, turns\n")
            .Append("scoped params, case-sensitive names and exceptions as error messages on, and the fast expression compiler off.\n\n")
            .Append("Pass every input under its name (a missing one as `RuleParameter.Create(name, typeof(TheType))`, so it is null, not\n")
            .Append(CultureInfo.InvariantCulture, $"an error) and the evaluation date as `{TranslatedWorkflow.AsOfParameter}` (a `DateOnly`). Each workflow version has its own name (`Name@version`);\n")
            .Append("`DouyinWorkflows.InForce(name, date)` gives the version in force on a date (the table above).\n\n")
            .Append("## Reading the outcomes\n\n")
            .Append("Each Douyin rule `R` is a pair of RulesEngine rules, `R.True` (the condition is definitely true) and `R.False`\n")
            .Append("(definitely false), with Properties `DouyinRule` (`R`; `Parent/Child` for a nested rule) and `DouyinForm` (`True` or `False`):\n\n")
            .Append("- an exception in either form (`ExceptionMessage` set): **Error**;\n")
            .Append("- else the `True` form succeeded: **Passed**; the `False` form succeeded: **Failed**; neither: **Indeterminate** (data is missing).\n\n")
            .Append("A rule with nested rules combines them by its operator (each nested leaf names its parents' in `DouyinOperators`). And: any Failed decides\n")
            .Append("Failed, else any Error gives Error, else any Indeterminate gives Indeterminate, else Passed; Or mirrors it (any Passed\n")
            .Append("decides Passed, else Error, then Indeterminate, else Failed). The workflow's outcome is its rules combined with And.\n");
        return text.ToString();
    }

    private static string Day(DateOnly? day, string open) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? open;
}

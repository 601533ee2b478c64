namespace Douyin.Eligibility.RulesEngine;

/// <summary>
/// Writes a <see cref="RulesEngineTranslation"/> out for plain Microsoft RulesEngine users, who do not reference this
/// package: one workflow JSON file per translated workflow version (the RulesEngine workflow schema, loadable with
/// <c>new RulesEngine.RulesEngine(jsonTexts, settings)</c>), <see cref="FunctionsFileName"/> (the source of
/// <see cref="DouyinRuleFunctions"/>, which the expressions call), <see cref="InputTypesFileName"/> (plain C# types
/// shaped like the inputs the workflows read, which read the library's snapshot JSON), <see cref="WorkflowsFileName"/>
/// (the versions' dates and inputs, the settings, and a reader of each Douyin rule's outcome from the RulesEngine results) and a <see cref="ReadmeFileName"/>
/// that shows how to load and run them and how to read each rule's outcome back.
/// </summary>
/// <example><code>
/// var translation = RulesEngineTranslator.Translate(ruleSet);
/// RulesEngineExporter.Export(translation, "exported");
/// </code></example>
public static class RulesEngineExporter
{
    /// <summary>The name of the file that holds the source of <see cref="DouyinRuleFunctions"/>.</summary>
    public const string FunctionsFileName = "DouyinRuleFunctions.cs";

    /// <summary>The name of the file that holds the source of <see cref="DouyinRuleOutcomes"/>, which reads each rule's outcome back.</summary>
    public const string OutcomesFileName = "DouyinRuleOutcomes.cs";

    /// <summary>The name of the file that holds the source of the formulas of the input types' computed members (the library's own).</summary>
    public const string FormulasFileName = "SnapshotFormulas.cs";

    /// <summary>The name of the file that holds the source of the input types.</summary>
    public const string InputTypesFileName = "DouyinInputTypes.cs";

    /// <summary>
    /// The name of the file that holds the source of <c>DouyinWorkflows</c> (the exported versions with their dates and
    /// inputs, the RulesEngine settings) and <c>DouyinRuleOutcomes</c> (reads each rule's outcome back from the results).
    /// </summary>
    public const string WorkflowsFileName = "DouyinWorkflows.cs";

    /// <summary>The name of the file that explains how to load the export.</summary>
    public const string ReadmeFileName = "README.md";

    /// <summary>The namespace of the exported input types, <c>DouyinWorkflows</c> and <c>DouyinRuleOutcomes</c>.</summary>
    public const string InputTypesNamespace = "Douyin.Eligibility.Interop";

    /// <summary>
    /// The files <see cref="Export"/> writes, by file name (ordinal order): the workflow JSON files, then the C# sources
    /// and the README. The text is the same on every platform (<c>\n</c> line ends), so an export can be compared with a
    /// committed copy.
    /// </summary>
    /// <param name="translation">A translation without errors.</param>
    /// <exception cref="ArgumentException">The translation has errors (a partial export would differ silently), or an input type has a member the export cannot express.</exception>
    public static IReadOnlyDictionary<string, string> CreateFiles(RulesEngineTranslation translation)
    {
        ArgumentNullException.ThrowIfNull(translation);
        if (!translation.IsSuccess)
        {
            throw new ArgumentException(
                $"The translation has {translation.Diagnostics.Count(d => d.IsError)} error(s); only a complete translation is exported.",
                nameof(translation));
        }

        if (translation.Workflows.Count == 0)
        {
            throw new ArgumentException("The translation has no workflow to export.", nameof(translation));
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var workflow in translation.Workflows)
        {
            var name = FileNameOf(workflow.WorkflowName);
            if (!files.TryAdd(name, WorkflowJson.Write(workflow.Workflow)))
            {
                throw new ArgumentException($"Two workflow versions export to the same file '{name}'.", nameof(translation));
            }
        }

        var types = InputTypes.Collect(translation.Workflows.SelectMany(w => w.Source.Inputs).Select(i => i.Type));
        files.Add(InputTypesFileName, InputTypesSource.Write(types, InputTypesNamespace));
        files.Add(WorkflowsFileName, WorkflowsSource.Write(translation, types, InputTypesNamespace));
        files.Add(FunctionsFileName, EmbeddedSource.Functions());
        files.Add(FormulasFileName, EmbeddedSource.SnapshotFormulas());
        files.Add(OutcomesFileName, EmbeddedSource.Outcomes());
        files.Add(ReadmeFileName, ExportReadme.Write(translation, InputTypesNamespace));
        return files;
    }

    /// <summary>
    /// Writes <see cref="CreateFiles"/> into <paramref name="directory"/> (created when missing; files of the same names
    /// are replaced, other files are left alone).
    /// </summary>
    /// <param name="translation">A translation without errors.</param>
    /// <param name="directory">The output directory.</param>
    /// <returns>The full paths of the files written, in <see cref="CreateFiles"/> order.</returns>
    /// <exception cref="ArgumentException">As for <see cref="CreateFiles"/>, or <paramref name="directory"/> is empty.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static IReadOnlyList<string> Export(RulesEngineTranslation translation, string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var files = CreateFiles(translation);
        Directory.CreateDirectory(directory);
        var written = new List<string>(files.Count);
        foreach (var (name, content) in files)
        {
            var path = Path.GetFullPath(Path.Combine(directory, name));
            File.WriteAllText(path, content);
            written.Add(path);
        }

        return written;
    }

    /// <summary>
    /// The JSON file name of a workflow version: its RulesEngine name with every character that is not a letter, digit,
    /// <c>-</c>, <c>_</c> or <c>.</c> replaced by <c>_</c>, and <c>.json</c> (<c>AllianceAdmission@2024-07-25</c> gives
    /// <c>AllianceAdmission_2024-07-25.json</c>).
    /// </summary>
    /// <param name="workflowName">A RulesEngine workflow name.</param>
    public static string FileNameOf(string workflowName)
    {
        ArgumentException.ThrowIfNullOrEmpty(workflowName);
        var chars = workflowName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray();
        return new string(chars) + ".json";
    }
}

namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>The property names one kind of rule-file object accepts (matched case-insensitively).</summary>
/// <param name="Known">Accepted properties, spelled as documented.</param>
/// <param name="Legacy">RulesEngine properties that are accepted with a warning and ignored, with the catalog entry saying why.</param>
internal sealed record ObjectSchema(IReadOnlyList<string> Known, IReadOnlyDictionary<string, string> Legacy)
{
    private const string WorkflowRulesToInjectReason = "Legacy_WorkflowRulesToInject";

    public static ObjectSchema Workflow { get; } = new(
        ["WorkflowName", "Rules", "GlobalParams", "WorkflowsToInject", "BasedOn", "ReplaceRules", "RemoveRules", "RemoveParams", "Inputs", "EffectiveFrom", "EffectiveTo", "Version", "Enabled", "Source", "Description", "Properties", "$schema"],
        Legacies(("WorkflowRulesToInject", WorkflowRulesToInjectReason)));

    public static ObjectSchema Rule { get; } = new(
        ["RuleName", "Expression", "RuleExpressionType", "Operator", "Rules", "LocalParams", "SuccessEvent", "ErrorMessage", "Enabled", "Properties", "Messages", "ReasonCode", "Source", "Description", "Before", "After"],
        Legacies(
            ("ErrorType", "Legacy_ErrorType"),
            ("Actions", "Legacy_Actions"),
            ("WorkflowRulesToInject", WorkflowRulesToInjectReason)));

    public static ObjectSchema Param { get; } = new(["Name", "Expression"], Legacies());

    public static ObjectSchema Input { get; } = new(["Name", "Type"], Legacies());

    private readonly HashSet<string> _known = new(Known, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="name"/> is an accepted property, ignoring case.</summary>
    public bool IsKnown(string name) => _known.Contains(name);

    /// <summary>The names worth suggesting for a misspelling (not <c>$schema</c>, which editors add).</summary>
    public IEnumerable<string> Suggestable => Known.Where(name => !name.StartsWith('$'));

    private static Dictionary<string, string> Legacies(params (string Name, string Reason)[] entries)
        => entries.ToDictionary(entry => entry.Name, entry => entry.Reason, StringComparer.OrdinalIgnoreCase);
}

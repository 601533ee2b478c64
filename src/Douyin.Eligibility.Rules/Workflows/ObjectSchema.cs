namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>The property names one kind of rule-file object accepts (matched case-insensitively).</summary>
/// <param name="Known">Accepted properties, spelled as documented.</param>
/// <param name="Legacy">RulesEngine properties that are accepted with a warning and ignored, with the reason why.</param>
internal sealed record ObjectSchema(IReadOnlyList<string> Known, IReadOnlyDictionary<string, string> Legacy)
{
    private const string WorkflowRulesToInjectReason = "list the workflows in 'WorkflowsToInject' on the workflow instead";

    /// <summary>The reasons of <see cref="Legacy"/> in Chinese, by the same (documented) property name.</summary>
    public IReadOnlyDictionary<string, string> LegacyZh { get; } = Legacies(
        ("WorkflowRulesToInject", "请改为在工作流上用 'WorkflowsToInject' 列出要注入的工作流"),
        ("ErrorType", "未通过的规则一律报告为未通过，不会被转为警告或通过"),
        ("Actions", "这里的规则只负责判定和说明原因；后续动作请在调用方代码中执行"));

    public static ObjectSchema Workflow { get; } = new(
        ["WorkflowName", "Rules", "GlobalParams", "WorkflowsToInject", "Inputs", "EffectiveFrom", "EffectiveTo", "Version", "Enabled", "Source", "Description", "Properties", "$schema"],
        Legacies(("WorkflowRulesToInject", WorkflowRulesToInjectReason)));

    public static ObjectSchema Rule { get; } = new(
        ["RuleName", "Expression", "RuleExpressionType", "Operator", "Rules", "LocalParams", "SuccessEvent", "ErrorMessage", "Enabled", "Properties", "Messages", "ReasonCode", "Source", "Description"],
        Legacies(
            ("ErrorType", "a rule that fails is always reported as failed, never turned into a warning or a pass"),
            ("Actions", "rules here only decide and explain; run follow-up actions in the calling code"),
            ("WorkflowRulesToInject", WorkflowRulesToInjectReason)));

    public static ObjectSchema Param { get; } = new(["Name", "Expression"], Legacies());

    public static ObjectSchema Input { get; } = new(["Name", "Type"], Legacies());

    /// <summary>The names worth suggesting for a misspelling (not <c>$schema</c>, which editors add).</summary>
    public IEnumerable<string> Suggestable => Known.Where(name => !name.StartsWith('$'));

    private static Dictionary<string, string> Legacies(params (string Name, string Reason)[] entries)
        => entries.ToDictionary(entry => entry.Name, entry => entry.Reason, StringComparer.OrdinalIgnoreCase);
}

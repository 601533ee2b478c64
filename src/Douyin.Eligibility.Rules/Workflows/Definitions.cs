using System.Text.Json;

namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>A workflow as read from a rule file, before type checking.</summary>
internal sealed class WorkflowDefinition
{
    public required string Name { get; init; }

    /// <summary>Where the workflow object starts (its opening brace).</summary>
    public required SourceLocation Location { get; init; }

    public List<InputDefinition> Inputs { get; init; } = [];

    public List<ParamDefinition> GlobalParams { get; init; } = [];

    public List<RuleDefinition> Rules { get; init; } = [];

    public List<NameReference> WorkflowsToInject { get; init; } = [];

    /// <summary>The version this one is based on (<c>BasedOn</c>: a <c>Version</c> label, or <c>WorkflowName@Version</c>); null for a complete version.</summary>
    public NameReference? BasedOn { get; init; }

    /// <summary>After composition: the <c>Version</c> label of the base, as the base writes it; null when not based on another.</summary>
    public string? BaseVersion { get; init; }

    /// <summary>Base rules this version replaces (<c>ReplaceRules</c>), each with the name of the rule it replaces.</summary>
    public List<RuleDefinition> ReplaceRules { get; init; } = [];

    /// <summary>Names of base rules this version leaves out (<c>RemoveRules</c>).</summary>
    public List<NameReference> RemoveRules { get; init; } = [];

    /// <summary>Names of base GlobalParams this version leaves out (<c>RemoveParams</c>).</summary>
    public List<NameReference> RemoveParams { get; init; } = [];

    /// <summary>First day (inclusive) this version is in force; null: since ever.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>Last day (inclusive) this version is in force; null: until further notice.</summary>
    public DateOnly? EffectiveTo { get; init; }

    public string? Version { get; init; }

    /// <summary>False: loaded and checked, never chosen by date, only by naming its <see cref="Version"/>.</summary>
    public bool Enabled { get; init; } = true;

    public string? Source { get; init; }

    public string? Description { get; init; }

    public Dictionary<string, JsonElement> Properties { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>A named input of a workflow and the registered type name it has (e.g. <c>merchant: Merchant</c>).</summary>
internal sealed record InputDefinition(string Name, string TypeName, SourceLocation Location);

/// <summary>A GlobalParam or LocalParam: a named expression that later expressions may use.</summary>
internal sealed record ParamDefinition(string Name, ExpressionText Expression, SourceLocation Location);

/// <summary>A name that refers to something else (e.g. an entry of WorkflowsToInject).</summary>
internal sealed record NameReference(string Name, SourceLocation Location);

/// <summary>A rule as read from a rule file: a leaf with an Expression, or a node with an Operator and nested Rules.</summary>
internal sealed class RuleDefinition
{
    public required string Name { get; init; }

    public required SourceLocation Location { get; init; }

    /// <summary>Where the <c>RuleName</c> value is written (the rule's start when unknown).</summary>
    public SourceLocation NameLocation { get; init; }

    /// <summary>In a version with <c>BasedOn</c>: the rule this one is placed before (<c>Before</c>), or after (<c>After</c>).</summary>
    public NameReference? Before { get; init; }

    /// <inheritdoc cref="Before"/>
    public NameReference? After { get; init; }

    public bool Enabled { get; init; } = true;

    public ExpressionText? Expression { get; init; }

    public RuleOperator? Operator { get; init; }

    public List<RuleDefinition> Rules { get; init; } = [];

    public List<ParamDefinition> LocalParams { get; init; } = [];

    public string? SuccessEvent { get; init; }

    /// <summary>The RulesEngine <c>ErrorMessage</c>, a template with <c>$(expression)</c> placeholders.</summary>
    public ExpressionText? ErrorMessage { get; init; }

    /// <summary>Localized failure messages by culture name (e.g. <c>zh-CN</c>, <c>en</c>), same template syntax.</summary>
    public Dictionary<string, ExpressionText> Messages { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A stable code for the reason this rule gives when it does not pass.</summary>
    public string? ReasonCode { get; init; }

    public string? Source { get; init; }

    public string? Description { get; init; }

    public Dictionary<string, JsonElement> Properties { get; init; } = new(StringComparer.Ordinal);
}

using Douyin.Eligibility.Rules.Workflows.Json;

namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>Rules: leaves with an Expression, or nodes with an Operator and nested Rules.</summary>
internal sealed partial class WorkflowObjectReader
{
    private List<RuleDefinition> ReadRules(JsonArrayNode? array, ObjectOwner parent)
    {
        if (array is not { Items.Count: > 0 })
        {
            return [];
        }

        var rules = new List<RuleDefinition>(array.Items.Count);
        var seen = new Dictionary<string, JsonStringNode>(array.Items.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var item in array.Items)
        {
            if (item is not JsonObjectNode node)
            {
                diagnostics.ErrorVariant(DiagnosticCodes.UnexpectedValueKind, "Rule", item.Location, item.Description);
                continue;
            }

            var (rule, name) = ReadRule(node);
            if (rule is null || name is null)
            {
                continue;
            }

            if (seen.TryGetValue(rule.Name, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateRule, name.Location, rule.Name, parent.Text, Spelling(first, name), first.Location.Line + 1);
                continue;
            }

            seen.Add(rule.Name, name);
            rules.Add(rule);
        }

        return rules;
    }

    private (RuleDefinition? Rule, JsonStringNode? Name) ReadRule(JsonObjectNode node)
    {
        var map = new PropertyMap(node, ObjectSchema.Rule);
        var name = RequiredName(map, "RuleName", new ObjectOwner("rule", null));
        var owner = new ObjectOwner("rule", name?.Value);
        map.ReportExtras(owner, diagnostics);

        var expression = OptionalString(map, "Expression");
        CheckExpressionType(map);
        var @operator = ReadOperator(map);
        var children = OptionalArray(map, "Rules");
        CheckShape(map, owner);

        var rule = new RuleDefinition
        {
            Name = name?.Value ?? string.Empty,
            Location = node.Location,
            NameLocation = name?.Location ?? node.Location,
            Before = OptionalName(map, "Before"),
            After = OptionalName(map, "After"),
            Enabled = OptionalBoolean(map, "Enabled") ?? true,
            Expression = expression?.Text,
            Operator = @operator,
            Rules = ReadRules(children, owner),
            LocalParams = ReadParams(map, "LocalParams", "local param", owner),
            SuccessEvent = OptionalString(map, "SuccessEvent")?.Value,
            ErrorMessage = OptionalString(map, "ErrorMessage")?.Text,
            Messages = ReadMessages(map, owner),
            ReasonCode = OptionalString(map, "ReasonCode")?.Value,
            Source = OptionalString(map, "Source")?.Value,
            Description = OptionalString(map, "Description")?.Value,
            Properties = ReadProperties(map),
        };
        return name is null ? (null, null) : (rule, name);
    }

    private void CheckExpressionType(PropertyMap map)
    {
        if (OptionalString(map, "RuleExpressionType") is { } type
            && !string.Equals(type.Value, "LambdaExpression", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.InvalidExpressionType, type.Location, type.Value);
        }
    }

    private RuleOperator? ReadOperator(PropertyMap map)
    {
        if (OptionalString(map, "Operator") is not { } text)
        {
            return null;
        }

        switch (text.Value.ToUpperInvariant())
        {
            case "AND" or "ANDALSO":
                return RuleOperator.And;
            case "OR" or "ORELSE":
                return RuleOperator.Or;
            default:
                diagnostics.Error(DiagnosticCodes.InvalidOperator, text.Location, text.Value);
                return null;
        }
    }

    /// <summary>
    /// A rule has exactly one of an Expression or an Operator with non-empty Rules. Mistyped values
    /// count as present here, so a single mistake is not reported twice.
    /// </summary>
    private void CheckShape(PropertyMap map, ObjectOwner owner)
    {
        var expression = map.Optional("Expression");
        var @operator = map.Optional("Operator");
        var rules = map.Optional("Rules");
        var hasChildren = rules is not null and not JsonArrayNode { Items.Count: 0 };
        if (expression is not null && (@operator is not null || hasChildren))
        {
            var extra = hasChildren ? "Rules" : "Operator";
            diagnostics.ErrorVariant(DiagnosticCodes.ExpressionOrRules, "Both", map.Get(extra)!.NameLocation, owner.Sentence, extra);
        }
        else if (expression is null && @operator is null && !hasChildren)
        {
            diagnostics.ErrorVariant(DiagnosticCodes.ExpressionOrRules, rules is null ? "Neither" : "EmptyRules", map.Node.Location, owner.Sentence);
        }
        else if (@operator is not null && !hasChildren)
        {
            diagnostics.ErrorVariant(DiagnosticCodes.ExpressionOrRules, rules is null ? "OperatorNoRules" : "OperatorEmptyRules", map.Get("Operator")!.NameLocation, owner.Sentence);
        }
        else if (hasChildren && @operator is null)
        {
            diagnostics.ErrorVariant(DiagnosticCodes.ExpressionOrRules, "RulesNoOperator", map.Get("Rules")!.NameLocation, owner.Sentence);
        }
    }
}

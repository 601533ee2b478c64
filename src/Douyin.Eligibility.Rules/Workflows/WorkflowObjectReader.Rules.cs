using Douyin.Eligibility.Rules.Workflows.Json;

namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>Rules: leaves with an Expression, or nodes with an Operator and nested Rules.</summary>
internal sealed partial class WorkflowObjectReader
{
    private List<RuleDefinition> ReadRules(JsonArrayNode? array, ObjectOwner parent)
    {
        var rules = new List<RuleDefinition>();
        var seen = new Dictionary<string, JsonStringNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in array?.Items ?? [])
        {
            if (item is not JsonObjectNode node)
            {
                diagnostics.Error(DiagnosticCodes.UnexpectedValueKind, item.Location, $"Expected a rule object in 'Rules' but found {item.Description}.", $"'Rules' 中应为规则对象，但实际是{item.DescriptionZh}。");
                continue;
            }

            var (rule, name) = ReadRule(node);
            if (rule is null || name is null)
            {
                continue;
            }

            if (seen.TryGetValue(rule.Name, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateRule, name.Location, $"Duplicate RuleName '{rule.Name}' in {parent}: {Spelling(first, name)}already used at line {first.Location.Line + 1} (rule names are case-insensitive among siblings).", $"{parent.ZhSubject}中的 RuleName '{rule.Name}' 重复：{SpellingZh(first, name)}已在第 {first.Location.Line + 1} 行使用过（同级规则的名称不区分大小写）。");
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
            diagnostics.Error(DiagnosticCodes.InvalidExpressionType, type.Location, $"RuleExpressionType '{type.Value}' is not supported; the only supported value is 'LambdaExpression'.", $"不支持 RuleExpressionType '{type.Value}'；唯一支持的值是 'LambdaExpression'。");
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
                diagnostics.Error(DiagnosticCodes.InvalidOperator, text.Location, $"Unknown Operator '{text.Value}'; expected 'And', 'AndAlso', 'Or' or 'OrElse'.", $"未知的 Operator '{text.Value}'；应为 'And'、'AndAlso'、'Or' 或 'OrElse'。");
                return null;
        }
    }

    /// <summary>
    /// A rule has exactly one of an Expression or an Operator with non-empty Rules. Mistyped values
    /// count as present here, so a single mistake is not reported twice.
    /// </summary>
    private void CheckShape(PropertyMap map, ObjectOwner owner)
    {
        const string Expected = "a rule has either an 'Expression' or an 'Operator' with nested 'Rules'";
        const string ExpectedZh = "规则要么有 'Expression'，要么有 'Operator' 加嵌套的 'Rules'";
        var expression = map.Optional("Expression");
        var @operator = map.Optional("Operator");
        var rules = map.Optional("Rules");
        var hasChildren = rules is not null and not JsonArrayNode { Items.Count: 0 };
        if (expression is not null && (@operator is not null || hasChildren))
        {
            var extra = hasChildren ? "Rules" : "Operator";
            diagnostics.Error(DiagnosticCodes.ExpressionOrRules, map.Get(extra)!.NameLocation, $"{owner.Sentence} has both an 'Expression' and '{extra}'; {Expected}, not both.", $"{owner.ZhSubject}同时有 'Expression' 和 '{extra}'；{ExpectedZh}，不能两者都有。");
        }
        else if (expression is null && @operator is null && !hasChildren)
        {
            var what = rules is null ? "neither an 'Expression' nor nested 'Rules'" : "no 'Expression' and its 'Rules' is empty";
            var whatZh = rules is null ? "既没有 'Expression'，也没有嵌套的 'Rules'" : "没有 'Expression'，且其 'Rules' 为空";
            diagnostics.Error(DiagnosticCodes.ExpressionOrRules, map.Node.Location, $"{owner.Sentence} has {what}; {Expected}.", $"{owner.ZhSubject}{whatZh}；{ExpectedZh}。");
        }
        else if (@operator is not null && !hasChildren)
        {
            var what = rules is null ? "no nested 'Rules'" : "an empty 'Rules' array";
            var whatZh = rules is null ? "没有嵌套的 'Rules'" : "其 'Rules' 数组为空";
            diagnostics.Error(DiagnosticCodes.ExpressionOrRules, map.Get("Operator")!.NameLocation, $"{owner.Sentence} has an 'Operator' but {what}; {Expected}.", $"{owner.ZhSubject}有 'Operator'，但{whatZh}；{ExpectedZh}。");
        }
        else if (hasChildren && @operator is null)
        {
            diagnostics.Error(DiagnosticCodes.ExpressionOrRules, map.Get("Rules")!.NameLocation, $"{owner.Sentence} has nested 'Rules' but no 'Operator'; add \"Operator\": \"And\" or \"Or\" to say how they combine.", $"{owner.ZhSubject}有嵌套的 'Rules'，但没有 'Operator'；请添加 \"Operator\": \"And\" 或 \"Or\" 来说明它们如何组合。");
        }
    }
}

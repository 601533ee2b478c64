using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;
using Douyin.Eligibility.Rules.Workflows;

namespace Douyin.Eligibility.Rules.RuleSets;

/// <summary>Rules, their messages, and workflow injection.</summary>
internal sealed partial class WorkflowCompiler
{
    /// <summary>A rule after type checking: its condition (leaf) or children, and its message parts.</summary>
    private sealed record BoundRule(RuleInfo Info, BoundExpression? Condition, List<BoundRule> Children, Dictionary<string, List<object>> Messages);

    private BoundRule BindRule(RuleDefinition rule, BindingScope parentScope)
    {
        var scope = parentScope.CreateChild();
        BindParams(rule.LocalParams, scope);
        var condition = rule.Expression is null ? null : BindExpression(rule.Expression, scope, condition: true);
        var children = rule.Rules.Where(r => r.Enabled).Select(r => BindRule(r, scope)).ToList();
        var messages = new Dictionary<string, List<object>>(StringComparer.OrdinalIgnoreCase);
        if (rule.ErrorMessage is not null)
        {
            messages[string.Empty] = BindMessage(rule.ErrorMessage, scope);
        }

        foreach (var (culture, text) in rule.Messages)
        {
            messages[culture] = BindMessage(text, scope);
        }

        var info = new RuleInfo(rule.Name, rule.Location)
        {
            Expression = rule.Expression?.Text,
            Operator = rule.Operator,
            Children = children.Select(c => c.Info).ToArray(),
            ReasonCode = rule.ReasonCode,
            SuccessEvent = rule.SuccessEvent,
            Source = rule.Source,
            Description = rule.Description,
            Properties = rule.Properties,
            MessageCultures = rule.Messages.Keys.ToArray(),
        };
        return new BoundRule(info, condition, children, messages);
    }

    /// <summary>Literal parts stay strings; each <c>$(…)</c> becomes a bound value.</summary>
    private List<object> BindMessage(ExpressionText message, BindingScope scope)
    {
        var parts = MessageTemplateParser.Split(message, diagnostics);
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is ExpressionText placeholder)
            {
                parts[i] = (object?)BindExpression(placeholder, scope, condition: false) ?? string.Empty;
            }
        }

        return parts;
    }

    private static CompiledRule CompileRule(BoundRule rule)
    {
        var messages = rule.Messages.ToDictionary(
            m => m.Key,
            m => new MessageTemplate(m.Value.Select(p => p is BoundExpression value ? ExpressionCompiler.CompileValue(value) : p).ToArray()),
            StringComparer.OrdinalIgnoreCase);
        return new CompiledRule(rule.Info, rule.Condition, rule.Children.Select(CompileRule).ToArray(), messages);
    }

    private WorkflowDefinition? FindInjected(NameReference reference, List<string> chain)
    {
        if (chain.Contains(reference.Name, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.InjectionCycle, reference.Location, $"Injecting '{reference.Name}' makes a cycle: {string.Join(" → ", chain)} → {reference.Name}.", $"注入 '{reference.Name}' 会形成循环：{string.Join(" → ", chain)} → {reference.Name}。");
            return null;
        }

        if (!definitions.TryGetValue(reference.Name, out var versions))
        {
            var hint = Internal.NameSuggester.Hint(reference.Name, definitions.Keys);
            diagnostics.Error(
                DiagnosticCodes.UnknownInjectedWorkflow,
                reference.Location,
                $"WorkflowsToInject names '{reference.Name}', which no loaded file defines.{hint.En}",
                $"WorkflowsToInject 中的 '{reference.Name}' 在已加载的文件中都没有定义。{hint.Zh}");
            return null;
        }

        if (versions.Count > 1)
        {
            diagnostics.Error(DiagnosticCodes.UnknownInjectedWorkflow, reference.Location, $"'{reference.Name}' has {versions.Count} dated versions; only a workflow with a single version can be injected.", $"'{reference.Name}' 有 {versions.Count} 个按日期划分的版本；只有单一版本的工作流才能被注入。");
            return null;
        }

        return versions[0];
    }

    /// <summary>An injected workflow reads the host's inputs by name; each must exist there with the same type.</summary>
    private InputSymbol[]? MapInjectedInputs(WorkflowDefinition injected, InputSymbol[] hostInputs, NameReference reference)
    {
        var mapped = new List<InputSymbol>();
        foreach (var input in injected.Inputs)
        {
            var host = hostInputs.FirstOrDefault(h => string.Equals(h.Name, input.Name, StringComparison.OrdinalIgnoreCase));
            var type = options.InputTypes.TryGetValue(input.TypeName, out var t) ? t : null;
            if (host is null || type is null || host.Type.Clr != (Nullable.GetUnderlyingType(type) ?? type))
            {
                diagnostics.Error(DiagnosticCodes.UnknownInjectedWorkflow, reference.Location, $"'{reference.Name}' needs input '{input.Name}' of type {input.TypeName}, which this workflow does not have.", $"'{reference.Name}' 需要类型为 {input.TypeName} 的输入 '{input.Name}'，但本工作流没有这个输入。");
                return null;
            }

            // Its own name and position (for input1…), reading the host's slot.
            mapped.Add(new InputSymbol(input.Name, host.Index, host.Type, mapped.Count));
        }

        return mapped.ToArray();
    }
}

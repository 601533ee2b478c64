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

    /// <summary>A workflow's rules after type checking, injected ones included, and its GlobalParams.</summary>
    private sealed record BoundWorkflow(List<BoundRule> Rules, List<ParamSymbol> GlobalParams);

    private BoundWorkflow BindWorkflow(WorkflowDefinition definition, InputSymbol[] inputs, List<string> injectionChain)
    {
        var key = (definition, string.Join(",", inputs.Select(i => $"{i.Name}:{i.Index}")));
        if (_bound.TryGetValue(key, out var known))
        {
            return known;
        }

        var scope = new BindingScope(inputs);
        var globalParams = new List<ParamSymbol>();
        BindParams(definition.GlobalParams, scope, globalParams);
        var rules = definition.Rules.Where(r => r.Enabled).Select(r => BindRule(r, scope)).ToList();
        var injectedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in definition.WorkflowsToInject)
        {
            if (!injectedNames.Add(reference.Name))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateInjection, reference.Location, reference.Name, definition.Name);
                continue;
            }

            var injected = FindInjected(reference, injectionChain);
            var injectedInputs = injected is null ? null : MapInjectedInputs(injected, inputs, reference);
            if (injectedInputs is null)
            {
                continue;
            }

            var injectedRules = BindWorkflow(injected!, injectedInputs, [.. injectionChain, injected!.Name]).Rules;
            if (rules.Count + injectedRules.Count > Limits.MaxRulesPerWorkflow)
            {
                diagnostics.Error(DiagnosticCodes.TooManyRules, reference.Location, reference.Name, definition.Name, rules.Count + injectedRules.Count, Limits.MaxRulesPerWorkflow);
                break;
            }

            rules.AddRange(injectedRules);
        }

        var bound = new BoundWorkflow(rules, globalParams);
        _bound[key] = bound;
        return bound;
    }

    private BoundRule BindRule(RuleDefinition rule, BindingScope parentScope)
    {
        var scope = parentScope.CreateChild();
        BindParams(rule.LocalParams, scope);
        var condition = rule.Expression is null ? null : BindExpression(rule.Expression, scope, condition: true);
        if (condition is not null && !CheckCost(rule.Expression!, "Cost_Rule", rule.Name, condition))
        {
            condition = null;
        }

        var children = rule.Rules.Where(r => r.Enabled).Select(r => BindRule(r, scope)).ToList();
        var messages = new Dictionary<string, List<object>>(StringComparer.OrdinalIgnoreCase);
        if (rule.ErrorMessage is not null)
        {
            messages[string.Empty] = BindMessage(rule.ErrorMessage, scope, rule.Properties);
        }

        foreach (var (culture, text) in rule.Messages)
        {
            messages[culture] = BindMessage(text, scope, rule.Properties);
        }

        // The English message may be written once, as Messages.en: it then serves every culture without its own.
        if (!messages.ContainsKey(string.Empty) && messages.TryGetValue("en", out var english))
        {
            messages[string.Empty] = english;
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
            Cost = condition is null ? TotalCost(children) : _costs.OfRoot(condition),
        };
        return new BoundRule(info, condition, children, messages);
    }

    /// <summary>
    /// Literal parts stay strings; each <c>$(…)</c> becomes a bound value, which must be a single value, except
    /// <c>$(Properties.Name)</c>, which is the rule's property written as text (a fact such as a band's points, written
    /// once in Properties and quoted by the messages).
    /// </summary>
    private List<object> BindMessage(ExpressionText message, BindingScope scope, IReadOnlyDictionary<string, System.Text.Json.JsonElement> properties)
    {
        var parts = MessageTemplateParser.Split(message, diagnostics);
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is ExpressionText placeholder)
            {
                parts[i] = PropertyText(placeholder, properties) ?? (object?)BindPlaceholder(placeholder, scope) ?? string.Empty;
            }
        }

        return parts;
    }

    private const string PropertiesPrefix = "Properties.";

    /// <summary>The text of <c>$(Properties.Name)</c>: the property's string, number or boolean as written; null for any other placeholder.</summary>
    private string? PropertyText(ExpressionText placeholder, IReadOnlyDictionary<string, System.Text.Json.JsonElement> properties)
    {
        var text = placeholder.Text.Trim();
        if (!text.StartsWith(PropertiesPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = text[PropertiesPrefix.Length..];
        if (!properties.TryGetValue(name, out var value) || value.ValueKind is System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Array or System.Text.Json.JsonValueKind.Null)
        {
            diagnostics.ErrorVariant(DiagnosticCodes.UnknownName, "Property", placeholder.Locate(0), name, string.Join(", ", properties.Keys));
            return string.Empty;
        }

        return value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : value.GetRawText();
    }

    private BoundExpression? BindPlaceholder(ExpressionText placeholder, BindingScope scope)
    {
        var value = BindExpression(placeholder, scope, condition: false);
        if (value is not null && value.Type.Kind is ValueKind.Object or ValueKind.Collection)
        {
            // A record prints every field in the current culture: not a message, and not stable.
            diagnostics.Error(DiagnosticCodes.PlaceholderNotScalar, placeholder.Locate(0), placeholder.Text, value.Type.DisplayName);
            return null;
        }

        return value is not null && CheckCost(placeholder, "Cost_Placeholder", placeholder.Text, value) ? value : null;
    }

    private CompiledRule CompileRule(BoundRule rule)
    {
        if (_compiled.TryGetValue(rule, out var known))
        {
            return known;
        }

        var messages = rule.Messages.ToDictionary(
            m => m.Key,
            m => new MessageTemplate(m.Value, CompileSettings),
            StringComparer.OrdinalIgnoreCase);
        var compiled = new CompiledRule(rule.Info, rule.Condition, rule.Children.Select(CompileRule).ToArray(), messages, CompileSettings);
        _compiled[rule] = compiled;
        return compiled;
    }

    private WorkflowDefinition? FindInjected(NameReference reference, List<string> chain)
    {
        if (chain.Contains(reference.Name, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.InjectionCycle, reference.Location, reference.Name, string.Join(" → ", chain));
            return null;
        }

        if (!definitions.TryGetValue(reference.Name, out var versions))
        {
            var hint = Internal.NameSuggester.Hint(reference.Name, definitions.Keys);
            diagnostics.Error(DiagnosticCodes.UnknownInjectedWorkflow, reference.Location, reference.Name, hint);
            return null;
        }

        if (versions.Count > 1)
        {
            diagnostics.ErrorVariant(DiagnosticCodes.UnknownInjectedWorkflow, "Versions", reference.Location, reference.Name, versions.Count);
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
                diagnostics.ErrorVariant(DiagnosticCodes.UnknownInjectedWorkflow, "Input", reference.Location, reference.Name, input.Name, input.TypeName);
                return null;
            }

            // Its own name and position (for input1…), reading the host's slot.
            mapped.Add(new InputSymbol(input.Name, host.Index, host.Type, mapped.Count));
        }

        return mapped.ToArray();
    }
}

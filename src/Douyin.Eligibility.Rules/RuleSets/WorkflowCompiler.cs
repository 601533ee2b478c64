using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Compilation;
using Douyin.Eligibility.Rules.Evaluation;
using Douyin.Eligibility.Rules.Functions;
using Douyin.Eligibility.Rules.Internal;
using Douyin.Eligibility.Rules.Syntax;
using Douyin.Eligibility.Rules.Workflows;

namespace Douyin.Eligibility.Rules.RuleSets;

/// <summary>
/// Type-checks one workflow definition (params, rules, messages, injected workflows) and, when it has no
/// errors, compiles it. Every error is reported; nothing is thrown.
/// </summary>
internal sealed partial class WorkflowCompiler(RuleSetOptions options, DiagnosticBag diagnostics, IReadOnlyDictionary<string, List<WorkflowDefinition>> definitions)
{
    private readonly FunctionRegistry _functions = FunctionRegistry.Default;
    private readonly ExpandedSize _expandedSize = new();

    public Workflow? Compile(WorkflowDefinition definition)
    {
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var inputs = ResolveInputs(definition);
        if (inputs is null)
        {
            return null;
        }

        var symbols = inputs.Select((input, index) => new InputSymbol(input.Name, index, ExprType.Of(input.Type))).ToArray();
        var parameters = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var rules = BindWorkflowRules(definition, symbols, [definition.Name], parameters);
        if (diagnostics.Items.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        return new Workflow(definition.Name, inputs, rules.Select(CompileRule).ToArray())
        {
            EffectiveFrom = definition.EffectiveFrom,
            EffectiveTo = definition.EffectiveTo,
            Version = definition.Version,
            IsEnabled = definition.Enabled,
            Parameters = parameters,
            Source = definition.Source,
            Description = definition.Description,
            FilePath = definition.Location.Path,
            Properties = definition.Properties,
        };
    }

    private List<WorkflowInput>? ResolveInputs(WorkflowDefinition definition)
    {
        if (definition.Inputs.Count == 0)
        {
            var example = $"\"Inputs\": [{{ \"Name\": \"merchant\", \"Type\": \"{options.InputTypes.Keys.FirstOrDefault() ?? "MyType"}\" }}]";
            diagnostics.Error(DiagnosticCodes.MissingProperty, definition.Location, $"Workflow '{definition.Name}' declares no Inputs; add e.g. {example}.", $"工作流 '{definition.Name}' 没有声明 Inputs；请添加，例如 {example}。");
            return null;
        }

        var inputs = new List<WorkflowInput>();
        foreach (var input in definition.Inputs)
        {
            if (!options.InputTypes.TryGetValue(input.TypeName, out var type) || ExprType.TryOf(type) is null)
            {
                var hint = NameSuggester.Hint(input.TypeName, options.InputTypes.Keys);
                var known = options.InputTypes.Count == 0 ? "none are registered" : $"registered types are {string.Join(", ", options.InputTypes.Keys)}";
                var knownZh = options.InputTypes.Count == 0 ? "当前没有注册任何类型" : $"已注册的类型有 {string.Join(", ", options.InputTypes.Keys)}";
                diagnostics.Error(
                    DiagnosticCodes.UnknownInputType,
                    input.Location,
                    $"Input '{input.Name}' has unknown type '{input.TypeName}'; {known}.{hint.En}",
                    $"输入 '{input.Name}' 的类型 '{input.TypeName}' 未知；{knownZh}。{hint.Zh}");
                continue;
            }

            inputs.Add(new WorkflowInput(input.Name, input.TypeName, type));
        }

        return inputs.Count == definition.Inputs.Count ? inputs : null;
    }

    private List<BoundRule> BindWorkflowRules(WorkflowDefinition definition, InputSymbol[] inputs, List<string> injectionChain, Dictionary<string, object?>? constants = null)
    {
        var scope = new BindingScope(inputs);
        BindParams(definition.GlobalParams, scope, constants);
        var rules = definition.Rules.Where(r => r.Enabled).Select(r => BindRule(r, scope)).ToList();
        foreach (var reference in definition.WorkflowsToInject)
        {
            var injected = FindInjected(reference, injectionChain);
            if (injected is null)
            {
                continue;
            }

            var injectedInputs = MapInjectedInputs(injected, inputs, reference);
            if (injectedInputs is not null)
            {
                rules.AddRange(BindWorkflowRules(injected, injectedInputs, [.. injectionChain, injected.Name]));
            }
        }

        return rules;
    }

    private void BindParams(List<ParamDefinition> parameters, BindingScope scope, Dictionary<string, object?>? constants = null)
    {
        foreach (var parameter in parameters)
        {
            var value = BindExpression(parameter.Expression, scope, condition: false);
            if (value is null)
            {
                scope.AddFailedParam(parameter.Name);
            }
            else
            {
                scope.AddParam(parameter.Name, value);
                if (value.IsConstant && constants is not null)
                {
                    constants[parameter.Name] = value.ConstantValue;
                }
            }
        }
    }

    private BoundExpression? BindExpression(ExpressionText text, BindingScope scope, bool condition)
    {
        var syntax = Parser.Parse(text, diagnostics, options.Limits);
        if (syntax is null)
        {
            return null;
        }

        var bound = condition
            ? Binder.BindCondition(text, syntax, diagnostics, scope, _functions)
            : Binder.BindValue(text, syntax, diagnostics, scope, _functions);
        var limit = options.Limits.MaxExpandedSize;
        if (bound is not null && _expandedSize.Of(bound, limit) > limit)
        {
            diagnostics.Error(
                DiagnosticCodes.ExpandsTooLarge,
                text.Locate(0),
                $"The expression grows to more than {limit} nodes once the params it uses are expanded; use each param fewer times, or split the rule.",
                $"表达式展开其使用的参数后超过 {limit} 个节点；请减少参数的重复使用，或拆分规则。");
            return null;
        }

        return bound;
    }
}

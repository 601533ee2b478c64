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
    private readonly FunctionRegistry _functions = BuiltInFunctions.Registry;
    private readonly CostModel _costs = new(new SizeLimits(options.Limits, new Dictionary<string, int>(options.MaxSizes, StringComparer.Ordinal)));

    // A workflow is bound once per way its inputs are mapped and each bound rule compiled once, however many
    // workflows inject it: load time grows with what is loaded, not with the number of paths to it.
    private readonly Dictionary<(WorkflowDefinition Definition, string Inputs), BoundWorkflow> _bound = [];
    private readonly Dictionary<BoundRule, CompiledRule> _compiled = new(ReferenceEqualityComparer.Instance);
    private int _paramSequence;
    private CompileSettings? _compileSettings;

    private ExpressionLimits Limits => options.Limits;

    private CompileSettings CompileSettings => _compileSettings ??= new(_costs, options.CountWork, options.Interpret, options.VerdictTiering);

    public Workflow? Compile(WorkflowDefinition definition)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var inputs = ResolveInputs(definition);
        if (inputs is null)
        {
            return null;
        }

        var symbols = inputs.Select((input, index) => new InputSymbol(input.Name, index, ExprType.Of(input.Type))).ToArray();
        var bound = BindWorkflow(definition, symbols, [definition.Name]);
        var cost = TotalCost(bound.Rules);
        if (cost > Limits.MaxWorkflowCost)
        {
            diagnostics.ErrorVariant(DiagnosticCodes.CostTooHigh, "Workflow", definition.Location, definition.Name, cost, Limits.MaxWorkflowCost);
        }

        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        var parameters = bound.GlobalParams.Where(p => p.IsConstant).ToDictionary(p => p.Name, p => p.ConstantValue, StringComparer.OrdinalIgnoreCase);
        return new Workflow(definition.Name, inputs, bound.Rules.Select(CompileRule).ToArray())
        {
            EffectiveFrom = definition.EffectiveFrom,
            EffectiveTo = definition.EffectiveTo,
            Version = definition.Version,
            BasedOn = definition.BaseVersion,
            IsEnabled = definition.Enabled,
            Parameters = parameters,
            Source = definition.Source,
            Description = definition.Description,
            FilePath = definition.Location.Path,
            Properties = definition.Properties,
        };
    }

    /// <summary>The saturating sum of the rules' costs (a loop: <c>Aggregate</c> over a long is JIT-compiled at every start).</summary>
    private static long TotalCost(IEnumerable<BoundRule> rules)
    {
        var total = 0L;
        foreach (var rule in rules)
        {
            total = CostInfo.Add(total, rule.Info.Cost);
        }

        return total;
    }

    private List<WorkflowInput>? ResolveInputs(WorkflowDefinition definition)
    {
        if (definition.Inputs.Count == 0)
        {
            var example = $"\"Inputs\": [{{ \"Name\": \"merchant\", \"Type\": \"{options.InputTypes.Keys.FirstOrDefault() ?? "MyType"}\" }}]";
            diagnostics.ErrorVariant(DiagnosticCodes.MissingProperty, "Inputs", definition.Location, definition.Name, example);
            return null;
        }

        var inputs = new List<WorkflowInput>();
        foreach (var input in definition.Inputs)
        {
            if (!options.InputTypes.TryGetValue(input.TypeName, out var type) || ExprType.TryOf(type) is null)
            {
                var hint = NameSuggester.Hint(input.TypeName, options.InputTypes.Keys);
                var known = options.InputTypes.Count == 0 ? Messages.Get("InputTypes_None") : Messages.Get("InputTypes_Registered", string.Join(", ", options.InputTypes.Keys));
                diagnostics.Error(DiagnosticCodes.UnknownInputType, input.Location, input.Name, input.TypeName, known, hint);
                continue;
            }

            inputs.Add(new WorkflowInput(input.Name, input.TypeName, type));
        }

        return inputs.Count == definition.Inputs.Count ? inputs : null;
    }

    private void BindParams(List<ParamDefinition> parameters, BindingScope scope, List<ParamSymbol>? bound = null)
    {
        foreach (var parameter in parameters)
        {
            var symbol = BindParam(parameter, scope);
            if (symbol is null)
            {
                scope.AddFailedParam(parameter.Name);
                continue;
            }

            scope.AddParam(symbol);
            bound?.Add(symbol);
        }
    }

    /// <summary>Binds a param's value, then checks how deep params nest and what computing it may cost.</summary>
    private ParamSymbol? BindParam(ParamDefinition parameter, BindingScope scope)
    {
        var value = BindExpression(parameter.Expression, scope, condition: false);
        if (value is null)
        {
            return null;
        }

        var symbol = new ParamSymbol(parameter.Name, value, _paramSequence++, ParamSymbol.UsedBy(value));
        if (symbol.Nesting > Limits.MaxParamNesting)
        {
            diagnostics.Error(DiagnosticCodes.ParamsNestTooDeep, ParamSymbol.DeepestUse(value)?.Location ?? parameter.Expression.Locate(0), parameter.Name, symbol.Nesting, Limits.MaxParamNesting);
            return null;
        }

        symbol.Cost = _costs.Of(value);
        return CheckCost(parameter.Expression, "Cost_Param", parameter.Name, value) ? symbol : null;
    }

    /// <summary>
    /// Reports DE2010 when a rule, param or placeholder may cost more than <see cref="ExpressionLimits.MaxCost"/>, at the
    /// smallest part of it that is over the limit on its own. <paramref name="what"/> is the catalog entry naming what
    /// is costed (<c>Cost_Rule</c> …), filled with <paramref name="name"/>: read only for a report.
    /// </summary>
    private bool CheckCost(ExpressionText text, string what, string name, BoundExpression root)
    {
        var cost = _costs.OfRoot(root);
        if (cost <= Limits.MaxCost)
        {
            return true;
        }

        var figure = cost >= CostInfo.Saturated ? Messages.Get("Cost_MoreThan", CostInfo.Saturated) : Messages.Get("Cost_UpTo", cost);
        var location = _costs.Costliest(root, Limits.MaxCost).Location ?? text.Locate(0);
        diagnostics.Error(DiagnosticCodes.CostTooHigh, location, Messages.Get(what, name), figure, Limits.MaxCost);
        return false;
    }

    private BoundExpression? BindExpression(ExpressionText text, BindingScope scope, bool condition)
    {
        var syntax = Parser.Parse(text, diagnostics, Limits, _functions.LambdaFunctionNames);
        if (syntax is null)
        {
            return null;
        }

        return condition
            ? Binder.BindCondition(text, syntax, diagnostics, scope, _functions)
            : Binder.BindValue(text, syntax, diagnostics, scope, _functions);
    }
}

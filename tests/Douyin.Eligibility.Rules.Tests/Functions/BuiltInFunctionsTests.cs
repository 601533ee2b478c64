using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Functions;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Functions;

/// <summary>The built-in function set: complete, documented, and with typed implementation methods.</summary>
public class BuiltInFunctionsTests
{
    [Fact]
    public void Registry_EveryFunction_IsDocumentedInTheRuleLanguage()
    {
        var doc = Repository.ReadAllText("docs", "rule-language.md");
        var undocumented = BuiltInFunctions.Registry.All
            .Where(f => !doc.Contains(f.IsMethod ? $".{f.Name}(" : $"`{f.Name}(", StringComparison.Ordinal))
            .Select(f => f.Usage);
        undocumented.Should().BeEmpty();
    }

    [Fact]
    public void Registry_EveryConcreteFunctionClass_IsRegistered()
    {
        var classes = typeof(FunctionDefinition).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(FunctionDefinition)) && !t.IsAbstract);

        BuiltInFunctions.Registry.All.Select(f => f.GetType()).Should().BeEquivalentTo(classes).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Registry_FunctionsWithImplementationMethods_NameAStaticMethodOfTheirOwnClass()
    {
        var methods = BuiltInFunctions.Registry.All
            .Select(f => (Function: f, Method: f switch { GlobalFunction g => g.Method, StringPredicateFunction s => s.Method, _ => null }))
            .Where(x => x.Method is not null)
            .ToList();

        methods.Should().HaveCount(10);
        methods.Should().OnlyContain(x => x.Method!.IsStatic && x.Method.DeclaringType == x.Function.GetType());
    }

    [Fact]
    public void LambdaFunctionNames_OfRegistry_AreTheFunctionsThatTakeALambdaInRegistrationOrder()
        => BuiltInFunctions.Registry.LambdaFunctionNames.Should().Equal("Any", "All", "Count", "Sum", "Min", "Max");

    [Fact]
    public void LambdaFunctionNames_OfRegistry_NameEveryFunctionWhoseBindingAcceptsALambda()
    {
        var accepting = BuiltInFunctions.Registry.All
            .Where(f => f.IsMethod && f.Accepts(ExprType.Of(typeof(IReadOnlyList<Item>))))
            .Where(f => ExpressionHost.Errors($"store.Items.{f.Name}(i => i.Points)", condition: false).All(e => !e.Contains(DiagnosticCodes.LambdaNotAllowed, StringComparison.Ordinal)))
            .Select(f => f.Name);

        accepting.Should().BeEquivalentTo(BuiltInFunctions.Registry.LambdaFunctionNames);
    }
}

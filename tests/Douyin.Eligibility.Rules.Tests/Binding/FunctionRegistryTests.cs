using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Functions;

namespace Douyin.Eligibility.Rules.Tests.Binding;

/// <summary>Name resolution against a function whitelist.</summary>
public class FunctionRegistryTests
{
    [Theory]
    [InlineData("any", true)]
    [InlineData("WITHINLASTDAYS", false)]
    public void Resolve_NameInAnyCase_FindsFunction(string name, bool isMethod)
    {
        var receiver = isMethod ? ExprType.Of(typeof(int[])) : null;
        BuiltInFunctions.Registry.Resolve(name, receiver, out var problem).Should().NotBeNull();
        problem.Should().BeNull();
    }

    [Theory]
    [InlineData("Nope", true, DiagnosticCodes.UnknownFunction)]
    [InlineData("Year", true, DiagnosticCodes.NotCallable)]
    [InlineData("Any", false, DiagnosticCodes.NotCallable)]
    [InlineData("StartsWith", true, DiagnosticCodes.NotCallable)]
    public void Resolve_NameThatDoesNotFit_ReportsTheProblem(string name, bool onCollection, string code)
    {
        var receiver = onCollection ? ExprType.Of(typeof(int[])) : null;

        BuiltInFunctions.Registry.Resolve(name, receiver, out var problem).Should().BeNull();

        problem!.Value.Code.Should().Be(code);
    }

    [Fact]
    public void LambdaFunctionNames_OfRegistry_FollowRegistrationOrderOnceEach()
    {
        var registry = new FunctionRegistry([new MaxFunction(), new YearFunction(), new AnyFunction(), new MinFunction(), new CountFunction()]);

        registry.LambdaFunctionNames.Should().Equal("Max", "Any", "Min", "Count");
    }
}

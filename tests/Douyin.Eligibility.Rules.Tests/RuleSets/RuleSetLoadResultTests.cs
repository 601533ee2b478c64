using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.RuleSets;

/// <summary>Hosts build failed results and add their own diagnostics to a load, in file order, through the public API.</summary>
public class RuleSetLoadResultTests
{
    private const string Good = """{ "WorkflowName": "W", "Inputs": [{ "Name": "store", "Type": "Store" }], "Rules": [{ "RuleName": "R", "Expression": "true" }] }""";
    private const string WithWarning = """{ "WorkflowName": "W", "Inputs": [{ "Name": "store", "Type": "Store" }], "Rules": [{ "RuleName": "R", "Expression": "true", "ErrorType": "Error" }] }""";

    [Fact]
    public void Failed_Errors_HasNoRuleSetAndTheDiagnosticsInFileOrder()
    {
        var b = Error("b.json", 0);
        var a2 = Error("a.json", 2);
        var a1 = Warning("a.json", 1);

        var result = RuleSetLoadResult.Failed([b, a2, a1]);

        result.IsSuccess.Should().BeFalse();
        result.RuleSet.Should().BeNull();
        result.Diagnostics.Should().Equal(a1, a2, b);
        result.Errors.Should().Equal(a2, b);
        result.Invoking(r => r.GetRuleSetOrThrow()).Should().Throw<RuleSetLoadException>().Which.Diagnostics.Should().HaveCount(3);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Failed_NoError_Throws(int warnings)
    {
        var act = () => RuleSetLoadResult.Failed(Enumerable.Range(0, warnings).Select(i => Warning("a.json", i)));

        act.Should().Throw<ArgumentException>().WithParameterName("diagnostics");
    }

    [Fact]
    public void Failed_NullDiagnostic_Throws()
    {
        var act = () => RuleSetLoadResult.Failed([Error("a.json", 0), null!]);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void WithDiagnostics_Nothing_ReturnsTheSameResult()
    {
        var loaded = RuleFiles.Load(("rules.json", Good));

        loaded.WithDiagnostics([]).Should().BeSameAs(loaded);
    }

    [Fact]
    public void WithDiagnostics_AnError_FailsTheLoadAndKeepsItsDiagnosticsInFileOrder()
    {
        var loaded = RuleFiles.Load(("b.json", WithWarning));
        var warning = loaded.Diagnostics.Should().ContainSingle().Which;
        var unreadable = Error("a.json", 0);
        var afterWarning = Error("b.json", warning.Location.Line + 1);

        var result = loaded.WithDiagnostics([afterWarning, unreadable]);

        result.IsSuccess.Should().BeFalse();
        result.RuleSet.Should().BeNull();
        result.Diagnostics.Should().Equal(unreadable, warning, afterWarning);
        loaded.IsSuccess.Should().BeTrue("the load it came from is unchanged");
    }

    [Fact]
    public void WithDiagnostics_SamePlace_KeepsTheLoadsFirstThenTheAddedInTheirOrder()
    {
        var first = Error("a.json", 0);
        var second = Error("a.json", 0) with { Code = "DE1002" };
        var third = Warning("a.json", 0);

        var result = RuleSetLoadResult.Failed([first]).WithDiagnostics([second, third]);

        result.Diagnostics.Should().Equal(first, second, third);
    }

    [Fact]
    public void WithDiagnostics_OnlyWarnings_KeepsTheRuleSet()
    {
        var loaded = RuleFiles.Load(("rules.json", Good));
        var hint = Warning("rules.json", 0);

        var result = loaded.WithDiagnostics([hint]);

        result.IsSuccess.Should().BeTrue();
        result.RuleSet.Should().BeSameAs(loaded.RuleSet);
        result.Diagnostics.Should().Equal(hint);
    }

    [Fact]
    public void WithDiagnostics_NullDiagnostic_Throws()
    {
        var act = () => RuleFiles.Load(("rules.json", Good)).WithDiagnostics([null!]);

        act.Should().Throw<ArgumentNullException>();
    }

    private static Diagnostic Error(string path, int line)
        => new(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, new SourceLocation(path, line, 0), $"error at {path}:{line}");

    private static Diagnostic Warning(string path, int line)
        => new(DiagnosticCodes.LegacyProperty, DiagnosticSeverity.Warning, new SourceLocation(path, line, 0), $"warning at {path}:{line}");
}

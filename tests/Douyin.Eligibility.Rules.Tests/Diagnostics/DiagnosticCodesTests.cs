using System.Reflection;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Diagnostics;

public class DiagnosticCodesTests
{
    private static IEnumerable<string> Codes() => typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void DiagnosticCodes_AllCodes_AreUnique()
        => Codes().Should().OnlyHaveUniqueItems();

    [Fact]
    public void DiagnosticCodes_AllCodes_AreInTheRuleLanguageTable()
    {
        var doc = Repository.ReadAllText("docs", "rule-language.md");
        Codes().Where(code => !doc.Contains($"| {code} |", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void ToString_Diagnostic_PrintsOneBasedCompilerStyle()
        => new Diagnostic("DE3002", DiagnosticSeverity.Error, new SourceLocation("a.json", 0, 4), "m").ToString()
            .Should().Be("a.json(1,5): error DE3002: m");

    [Fact]
    public void ToString_Warning_SaysWarning()
        => new Diagnostic("DE1011", DiagnosticSeverity.Warning, new SourceLocation("a.json", 2, 0), "m").ToString()
            .Should().Be("a.json(3,1): warning DE1011: m");
}

using Douyin.Eligibility.Tool.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Douyin.Eligibility.Tool.Tests.Docs;

/// <summary>
/// Every <c>```csharp</c> block of README.md for package users compiles (Roslyn) against the library, as a program of
/// top-level statements. A snippet of a host's Program.cs (it uses <c>builder</c> or <c>app</c> of ASP.NET Core, which
/// this test project does not reference) is left to the consumer test; every other snippet compiles as written, with
/// the implicit usings of a project made by <c>dotnet new console</c> (<c>System</c>, <c>System.Linq</c> …), as a
/// consumer's project has them.
/// </summary>
public sealed class ReadmeSnippetsTests
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static TheoryData<int> Snippets()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < CSharpBlocks().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void Readme_HasCSharpSnippets_TheFirstIsForPackageUsers()
    {
        CSharpBlocks().Should().HaveCountGreaterThan(1);
        CSharpBlocks()[0].Should().Contain("using Douyin.Eligibility;");
        IsHostSnippet(CSharpBlocks()[0]).Should().BeFalse("the package users' snippet is compiled");
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_Compiled_HasNoErrorsOrNullableWarnings(int index)
    {
        var code = CSharpBlocks()[index];
        if (IsHostSnippet(code))
        {
            return;
        }

        var source = code;
        var compilation = CSharpCompilation.Create(
            $"ReadmeSnippet{index}",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)), CSharpSyntaxTree.ParseText(ImplicitUsings, new CSharpParseOptions(LanguageVersion.Latest))],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Id.StartsWith("CS86", StringComparison.Ordinal)))
            .Select(d => d.ToString());

        problems.Should().BeEmpty($"README snippet {index + 1}:\n{code}");
    }

    private static bool IsHostSnippet(string code)
        => code.Contains("builder.", StringComparison.Ordinal) || code.Contains("app.", StringComparison.Ordinal);

    private static List<string> CSharpBlocks()
    {
        var blocks = new List<string>();
        List<string>? current = null;
        foreach (var line in File.ReadAllText(Repo.PathOf("README.md")).ReplaceLineEndings("\n").Split('\n'))
        {
            if (current is null && line.Trim() == "```csharp")
            {
                current = [];
            }
            else if (current is not null && line.StartsWith("```", StringComparison.Ordinal))
            {
                blocks.Add(string.Join('\n', current));
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }

        return blocks;
    }

    private static List<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var library = new[] { typeof(EligibilityEvaluator).Assembly, typeof(Rules.RuleSet).Assembly, typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly }
            .Select(a => a.Location);
        var options = typeof(Microsoft.Extensions.Options.IOptions<>).Assembly.Location;
        return platform.Concat(library).Append(options).Distinct(StringComparer.Ordinal)
            .Where(File.Exists)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }
}

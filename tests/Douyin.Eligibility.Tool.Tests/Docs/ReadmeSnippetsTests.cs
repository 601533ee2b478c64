using Douyin.Eligibility.Tool.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Douyin.Eligibility.Tool.Tests.Docs;

/// <summary>
/// Every <c>```csharp</c> block of README.md compiles (Roslyn) against the library, as a program of top-level
/// statements, with the implicit usings of the project it belongs in: <c>dotnet new console</c>'s (<c>System</c>,
/// <c>System.Linq</c> …) for package users, and for a host's Program.cs (a snippet that uses ASP.NET Core's
/// <c>builder</c> or <c>app</c>) the Web SDK's, the shared ASP.NET Core framework, and the two lines a minimal API
/// starts with (<c>var builder = WebApplication.CreateBuilder(args);</c>, <c>var app = builder.Build();</c>).
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

    private const string WebImplicitUsings = """
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_Compiled_HasNoErrorsOrNullableWarnings(int index)
    {
        var code = CSharpBlocks()[index];
        var host = IsHostSnippet(code);
        var source = host ? WithHostPrelude(code) : code;
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            $"ReadmeSnippet{index}",
            [CSharpSyntaxTree.ParseText(source, parse), CSharpSyntaxTree.ParseText(ImplicitUsings, parse), .. host ? [CSharpSyntaxTree.ParseText(WebImplicitUsings, parse)] : Array.Empty<SyntaxTree>()],
            References(host),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Id.StartsWith("CS86", StringComparison.Ordinal)))
            .Select(d => d.ToString());

        problems.Should().BeEmpty($"README snippet {index + 1}:\n{code}");
    }

    /// <summary>The snippet's usings stay first; the minimal API's first two lines come before its statements.</summary>
    private static string WithHostPrelude(string code)
    {
        var lines = code.Split('\n');
        var usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Trim().Length == 0).Count();
        return string.Join('\n', lines.Take(usings).Concat(["var builder = WebApplication.CreateBuilder(args);", "var app = builder.Build();"]).Concat(lines.Skip(usings)));
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

    /// <summary>
    /// The running platform and the library; for a host, the shared ASP.NET Core framework first, so that an assembly
    /// both carry (Microsoft.Extensions.* ) is the framework's, as in a Web SDK project.
    /// </summary>
    private static List<MetadataReference> References(bool host)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var library = new[] { typeof(EligibilityEvaluator).Assembly, typeof(Rules.RuleSet).Assembly, typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly }
            .Select(a => a.Location);
        var options = typeof(Microsoft.Extensions.Options.IOptions<>).Assembly.Location;
        return (host ? AspNetCoreFramework() : []).Concat(platform).Concat(library).Append(options)
            .Where(File.Exists)
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }

    /// <summary>
    /// The shared ASP.NET Core framework beside the running runtime (…/shared/Microsoft.AspNetCore.App/&lt;version&gt;,
    /// the newest of the same major version), which every .NET SDK install carries.
    /// </summary>
    private static IEnumerable<string> AspNetCoreFramework()
    {
        var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        var shared = Path.Combine(runtime.Parent!.Parent!.FullName, "Microsoft.AspNetCore.App");
        var folder = Directory.GetDirectories(shared, $"{Environment.Version.Major}.*")
            .OrderBy(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version())
            .Last();
        return Directory.GetFiles(folder, "*.dll");
    }
}

using System.Diagnostics;
using System.Text.RegularExpressions;
using Douyin.Eligibility.Tool.Tests.Support;

namespace Douyin.Eligibility.Tool.Tests.Docs;

/// <summary>
/// Every command of the <c>```bash</c> blocks of docs/tool.md runs as written: the built tool is started in a folder
/// holding copies of <c>samples/data</c> and <c>rules</c> and <c>my-rules/</c> (a copy of <c>rules/</c> with one
/// threshold raised, as the diff example says), <c>cat FILE | douyin-eligibility …</c> feeds the file on stdin, and
/// the exit code is 0 unless the line's comment says <c># exit N</c>. Only <c>dotnet tool install</c> (which needs a
/// feed) is not run.
/// </summary>
public sealed partial class ToolDocsExamplesTests : IDisposable
{
    private readonly TempDir _dir = new();

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var line in ExampleLines())
        {
            data.Add(line);
        }

        return data;
    }

    private static List<string> ExampleLines() => BashLines(File.ReadAllText(Repo.PathOf("docs", "tool.md"))).ToList();

    [Fact]
    public void Examples_DocsToolMd_HasTheCommandsOfEveryBlock()
        => ExampleLines().Should().Contain(l => l.StartsWith("douyin-eligibility check", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("cat ", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("douyin-eligibility diff", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_AsWritten_ExitsAsDocumented(string line)
    {
        if (line.StartsWith("dotnet tool install", StringComparison.Ordinal))
        {
            return;
        }

        Prepare();
        var expected = ExitComment().Match(line) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var command = StripComment(line);
        string? stdin = null;
        if (Pipe().Match(command) is { Success: true } pipe)
        {
            stdin = File.ReadAllText(_dir.PathOf(pipe.Groups[1].Value));
            command = pipe.Groups[2].Value;
        }

        command.Should().StartWith("douyin-eligibility ", line);
        var (exit, error) = Run(command["douyin-eligibility ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries), stdin);

        exit.Should().Be(expected, $"`{line}` printed on stderr:\n{error}");
    }

    public void Dispose() => _dir.Dispose();

    private void Prepare()
    {
        Copy(Repo.PathOf("samples", "data"), _dir.PathOf(Path.Combine("samples", "data")));
        Copy(Repo.PathOf("rules"), _dir.PathOf("rules"));
        Copy(Repo.PathOf("rules"), _dir.PathOf("my-rules"));
        var admission = _dir.PathOf(Path.Combine("my-rules", "alliance", "admission.json"));
        var text = File.ReadAllText(admission);
        var raised = MinStoreScore().Replace(text, "$1\"4.3\"", 1);
        raised.Should().NotBe(text, "the diff example raises MinStoreScore in my-rules/");
        File.WriteAllText(admission, raised);
    }

    private (int Exit, string Error) Run(string[] args, string? stdin)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _dir.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "douyin-eligibility.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        process.WaitForExit(TimeSpan.FromMinutes(2)).Should().BeTrue("the tool ends");
        output.Wait();
        return (process.ExitCode, error.Result);
    }

    private static IEnumerable<string> BashLines(string markdown)
    {
        var inBash = false;
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (raw.StartsWith("```", StringComparison.Ordinal))
            {
                inBash = !inBash && raw.Trim() == "```bash";
                continue;
            }

            if (inBash && StripComment(raw).Length > 0)
            {
                yield return raw.Trim();
            }
        }
    }

    private static string StripComment(string line)
    {
        var at = line.IndexOf(" #", StringComparison.Ordinal);
        return (at >= 0 ? line[..at] : line).Trim();
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [GeneratedRegex(@"#\s*exit (\d+)")]
    private static partial Regex ExitComment();

    [GeneratedRegex(@"^cat (\S+) \| (.*)$")]
    private static partial Regex Pipe();

    [GeneratedRegex("(\"Name\":\\s*\"MinStoreScore\",\\s*\"Expression\":\\s*)\"[0-9.]+\"")]
    private static partial Regex MinStoreScore();
}

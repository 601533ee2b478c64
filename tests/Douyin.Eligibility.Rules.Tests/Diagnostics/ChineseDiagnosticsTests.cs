using System.Globalization;
using System.Reflection;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Diagnostics;

/// <summary>
/// Every load-time diagnostic also reads in Chinese: <see cref="Diagnostic.GetMessage"/> and
/// <see cref="Diagnostic.ToString(CultureInfo)"/> with a <c>zh</c> culture, from the satellite catalog <c>zh/Douyin.Eligibility.Rules.resources.dll</c>.
/// </summary>
public class ChineseDiagnosticsTests
{
    private const string Inputs = """ "Inputs": [{"Name": "store", "Type": "Store"}] """;

    private static readonly CultureInfo ZhCn = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    /// <summary>A workflow named <paramref name="name"/> over one <c>store</c> input with the given rules and extra properties.</summary>
    private static string Workflow(string rules, string extra = "", string name = "W")
        => $$"""{"WorkflowName": "{{name}}", {{Inputs}}, {{(extra.Length == 0 ? string.Empty : extra + ",")}} "Rules": [{{rules}}]}""";

    private static string Rule(string expression, string name = "R")
        => $$"""{"RuleName": "{{name}}", "Expression": "{{expression}}"}""";

    private static Diagnostic Single(params (string Path, string Json)[] files)
        => RuleFiles.Load(files).Diagnostics.Should().ContainSingle().Subject;

    private static Diagnostic SingleOf(string expression, Type? inputType = null, bool condition = true)
        => ExpressionHost.Bind(expression, inputType, condition).Diagnostics.Should().ContainSingle().Subject;

    /// <summary>DE2007 as the engine reports it, from the catalog.</summary>
    private static Diagnostic Empty(DiagnosticSeverity severity = DiagnosticSeverity.Error)
        => new(DiagnosticCodes.EmptyExpression, severity, new SourceLocation("a.json", 0, 4), Messages.Get(DiagnosticCodes.EmptyExpression));

    // ---- Diagnostic itself ----------------------------------------------------------------------

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans")]
    [InlineData("zh-Hant-TW")]
    [InlineData("zh-TW")]
    [InlineData("zh")]
    public void ToString_ZhCulture_PrintsChineseMessageWithAsciiSeverityAndCode(string culture)
        => Empty().ToString(CultureInfo.GetCultureInfo(culture)).Should().Be("a.json(1,5): error DE2007: 表达式为空。");

    [Theory]
    [InlineData("en-US")]
    [InlineData("en")]
    [InlineData("fr-FR")]
    [InlineData("ja-JP")]
    [InlineData("")]
    public void ToString_OtherCultures_PrintTheEnglishLine(string culture)
        => Empty(DiagnosticSeverity.Warning).ToString(CultureInfo.GetCultureInfo(culture)).Should().Be("a.json(1,5): warning DE2007: The expression is empty.");

    [Fact]
    public void MessageAndToString_NoCulture_FollowCurrentUICulture()
    {
        var diagnostic = Empty();
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = ZhCn;
            (diagnostic.Message, diagnostic.ToString(), diagnostic.ToString(null), diagnostic.GetMessage(null))
                .Should().Be(("表达式为空。", "a.json(1,5): error DE2007: 表达式为空。", "a.json(1,5): error DE2007: 表达式为空。", "表达式为空。"));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            (diagnostic.Message, diagnostic.ToString()).Should().Be(("The expression is empty.", "a.json(1,5): error DE2007: The expression is empty."));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void GetMessage_PlainStringMessage_ReadsTheSameInEveryCulture()
    {
        var diagnostic = new Diagnostic("DE1016", DiagnosticSeverity.Error, new SourceLocation("a.json", 0, 0), "Cannot read.");
        diagnostic.GetMessage(ZhCn).Should().Be("Cannot read.");
        diagnostic.GetMessage(En).Should().Be("Cannot read.");
        diagnostic.Text.ToString(ZhCn).Should().Be("Cannot read.");
    }

    [Fact]
    public void GetMessage_AnyCulture_PicksItsLanguage()
    {
        var diagnostic = Empty();
        diagnostic.GetMessage(ZhCn).Should().Be("表达式为空。");
        diagnostic.GetMessage(CultureInfo.GetCultureInfo("en")).Should().Be("The expression is empty.");
    }

    [Fact]
    public void Equals_SameCodeLocationAndMessage_IsEqualWhateverTheTextObject()
    {
        Empty().Should().Be(Empty());
        Empty().Should().NotBe(Empty(DiagnosticSeverity.Warning));
        Empty().Should().Be(new Diagnostic(DiagnosticCodes.EmptyExpression, DiagnosticSeverity.Error, new SourceLocation("a.json", 0, 4), "The expression is empty."));
    }

    [Fact]
    public void RuleSetLoadException_ChineseUICulture_StaysEnglish()
    {
        var result = RuleFiles.Load(("rules.json", Workflow(Rule("stor.Score > 1"))));
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = ZhCn;
            var exception = Assert.Throws<RuleSetLoadException>(() => result.GetRuleSetOrThrow());
            exception.Message.Should().Contain("The name 'stor' does not exist. Did you mean 'store'?").And.NotContainAny("名称", "您是否");
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    // ---- one exact message per group ------------------------------------------------------------

    [Fact]
    public void Reader_UnknownProperty_ExactChinese()
    {
        var diagnostic = Single(("rules.json", Workflow("""{"RuleName": "R1", "Expression": "true", "ErrorMesage": "x"}""")));
        diagnostic.Code.Should().Be(DiagnosticCodes.UnknownProperty);
        diagnostic.GetMessage(En).Should().Be("Unknown property 'ErrorMesage' in rule 'R1'. Did you mean 'ErrorMessage'?");
        diagnostic.GetMessage(ZhCn).Should().Be("规则 'R1' 中有未知属性 'ErrorMesage'。您是否想写 'ErrorMessage'？");
        diagnostic.ToString(ZhCn).Should().Be("rules.json(1,125): error DE1003: 规则 'R1' 中有未知属性 'ErrorMesage'。您是否想写 'ErrorMessage'？");
    }

    [Fact]
    public void Reader_LegacyProperty_ExactChineseWarning()
    {
        var diagnostic = Single(("rules.json", Workflow("""{"RuleName": "R1", "Expression": "true", "ErrorType": "Error"}""")));
        diagnostic.GetMessage(ZhCn).Should().Be("规则 'R1' 中的 'ErrorType' 不受支持，已被忽略：未通过的规则一律报告为未通过，不会被转为警告或通过。");
        diagnostic.ToString(ZhCn).Should().StartWith("rules.json(1,").And.Contain("): warning DE1011: 规则 'R1'");
    }

    [Fact]
    public void Syntax_UnexpectedCharacter_ExactChinese()
    {
        var diagnostic = SingleOf("store.Flag & true");
        diagnostic.Code.Should().Be(DiagnosticCodes.UnexpectedCharacter);
        diagnostic.GetMessage(ZhCn).Should().Be("意外的字符 '&'。请使用 '&&' 或 'and'。");
        diagnostic.ToString(ZhCn).Should().Be("test.json(1,12): error DE2001: 意外的字符 '&'。请使用 '&&' 或 'and'。");
    }

    [Fact]
    public void Syntax_UnexpectedEnd_ExactChinese()
        => SingleOf("store.Score >").GetMessage(ZhCn).Should().Be("此处应为值、名称或 '('，但遇到了表达式结尾。");

    [Fact]
    public void Binder_UnknownMember_ExactChineseWithSuggestion()
    {
        var diagnostic = SingleOf("store.Scor > 1");
        diagnostic.Code.Should().Be(DiagnosticCodes.UnknownMember);
        diagnostic.GetMessage(En).Should().Be("'Store' has no member 'Scor'. Did you mean 'Score'?");
        diagnostic.GetMessage(ZhCn).Should().Be("'Store' 没有成员 'Scor'。您是否想写 'Score'？");
    }

    [Fact]
    public void Binder_OperatorTypes_TranslatesTypeNames()
        => SingleOf("store.Name > store.Opened").GetMessage(ZhCn).Should().Be("运算符 '>' 需要两个数字或两个日期，但得到的是字符串和日期。");

    [Fact]
    public void Binder_ArgumentType_KeepsFunctionNameAndUsage()
        => SingleOf("Year(store.Flag) > 2000").GetMessage(ZhCn).Should().Be("Year 的第 1 个参数必须是日期，但实际是布尔。用法：Year(date)。");

    [Fact]
    public void RuleSet_InjectionCycle_ExactChinese()
    {
        var a = Workflow(Rule("true"), "\"WorkflowsToInject\": [\"B\"]", "A");
        var b = Workflow(Rule("true"), "\"WorkflowsToInject\": [\"A\"]", "B");
        var diagnostics = RuleFiles.Load(("a.json", a), ("b.json", b)).Diagnostics;
        diagnostics.Select(d => d.GetMessage(ZhCn)).Should().Contain("注入 'A' 会形成循环：A → B → A。");
    }

    [Fact]
    public void RuleSet_NoWorkflows_ExactChinese()
    {
        var diagnostic = Single(("rules.json", "[]"));
        diagnostic.Code.Should().Be(DiagnosticCodes.NoWorkflows);
        diagnostic.ToString(ZhCn).Should().Be("rules.json(1,1): error DE4003: 规则文件中没有找到任何工作流。");
    }

    [Fact]
    public void RuleSource_MissingFile_ExactChinese()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.json");
        RuleSource.TryReadFile(path, out _, out var diagnostic).Should().BeFalse();
        diagnostic!.GetMessage(En).Should().Be($"The rule file '{path}' does not exist.");
        diagnostic.GetMessage(ZhCn).Should().Be($"规则文件 '{path}' 不存在。");
    }

    // ---- every diagnostic of a broad corpus -----------------------------------------------------

    /// <summary>Codes the engine never reports: DE3010 is reserved.</summary>
    private static readonly string[] NotReportedByTheEngine = [DiagnosticCodes.NotCollection];

    /// <summary>DE1016 for a file that is missing, a "file" that is a directory, and a directory that is missing.</summary>
    private static IEnumerable<Diagnostic> ReadCorpus()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}");
        RuleSource.TryReadFile(Path.Combine(missing, "rules.json"), out _, out var notThere).Should().BeFalse();
        RuleSource.TryReadFile(Path.GetTempPath(), out _, out var notAFile).Should().BeFalse();
        RuleSource.ReadDirectory(missing, out var noDirectory).Should().BeEmpty();
        return [notThere!, notAFile!, .. noDirectory];
    }

    private static IEnumerable<(string Path, string Json)[]> FileCorpus()
    {
        // DE1001
        yield return [("f.json", "{")];
        yield return [("f.json", "")];
        yield return [("f.json", """{"WorkflowName": "W",}}""")];

        // DE1002
        yield return [("f.json", "42")];
        yield return [("f.json", "[1]")];
        yield return [("f.json", """{"WorkflowName": "W", "Inputs": [1], "Rules": 5}""")];
        yield return [("f.json", Workflow("7, " + Rule("true")))];
        yield return [("f.json", Workflow("""{"RuleName": "R", "Expression": "true", "Enabled": "yes", "Messages": {"zh-CN": 5}}""", "\"WorkflowsToInject\": [1]"))];

        // DE1003, DE1011
        yield return [("f.json", Workflow("""{"RuleName": "R", "Expression": "true", "Zzzzzzzzzz": 1, "Actions": {}, "WorkflowRulesToInject": []}"""))];

        // DE1004
        yield return [("f.json", Workflow("""{"Expression": "true"}"""))];
        yield return [("f.json", """{"WorkflowName": "W", "Rules": [{"RuleName": "R", "Expression": "true"}]}""")];

        // DE1005, DE1006, DE1007
        yield return [("f.json", "[" + Workflow(Rule("true")) + "," + Workflow(Rule("true")) + "]")];
        yield return [("f.json", Workflow(Rule("true", "R") + "," + Rule("true", "r")))];
        yield return [("f.json", Workflow(Rule("true"), """ "GlobalParams": [{"Name": "Min", "Expression": "1"}, {"Name": "min", "Expression": "2"}] """))];
        yield return [("f.json", """{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}, {"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "R", "Expression": "true", "LocalParams": [{"Name": "a", "Expression": "1"}, {"Name": "a", "Expression": "1"}]}]}""")];

        // DE1008, DE1009, DE1010
        yield return [("f.json", Workflow("""{"RuleName": "R", "Operator": "Xor", "Rules": [{"RuleName": "C", "Expression": "true"}]}"""))];
        yield return [("f.json", Workflow("""{"RuleName": "R", "Expression": "true", "RuleExpressionType": "Fancy"}"""))];
        yield return [("f.json", Workflow("""{"RuleName": "R", "Expression": "true", "Operator": "And"}"""))];
        yield return [("f.json", Workflow("""{"RuleName": "R"}, {"RuleName": "S", "Rules": []}"""))];
        yield return [("f.json", Workflow("""{"RuleName": "R", "Operator": "Or"}, {"RuleName": "S", "Operator": "Or", "Rules": []}"""))];
        yield return [("f.json", Workflow("""{"RuleName": "R", "Rules": [{"RuleName": "C", "Expression": "true"}]}"""))];

        // DE1012
        yield return [("f.json", Workflow("""{"RuleName": "R", "Expression": "true", "Expression": "false"}"""))];
        yield return [("f.json", Workflow("""{"RuleName": "R", "Expression": "true", "expression": "false", "Messages": {"zh-CN": "a", "ZH-cn": "b", "": "c"}}"""))];

        // DE1013, DE1017
        yield return [("f.json", Workflow(Rule("true"), """ "EffectiveFrom": "2024-02-30" """))];
        yield return [("f.json", Workflow(Rule("true"), """ "EffectiveFrom": "2024-05-01", "EffectiveTo": "2024-04-01", "WorkflowsToInject": [" "] """))];
        yield return [("f.json", Workflow("""{"RuleName": " ", "Expression": "true"}"""))];

        // DE1014, DE1015
        yield return [("f.json", Workflow(Rule("true"), """ "WorkflowsToInject": ["Vv"] """))];
        yield return [("f.json", """{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Stor"}], "Rules": [{"RuleName": "R", "Expression": "true"}]}""")];
        yield return
        [
            ("a.json", Workflow(Rule("true"), """ "WorkflowsToInject": ["V"] """)),
            ("b.json", Workflow(Rule("true"), """ "EffectiveTo": "2023-12-31" """, "V")),
            ("c.json", Workflow(Rule("true"), """ "EffectiveFrom": "2024-01-01" """, "V")),
        ];
        yield return
        [
            ("a.json", Workflow(Rule("true"), """ "WorkflowsToInject": ["O"] """)),
            ("b.json", """{"WorkflowName": "O", "Inputs": [{"Name": "owner", "Type": "Owner"}], "Rules": [{"RuleName": "R", "Expression": "true"}]}"""),
        ];

        // DE2005, DE2006 (in files), DE2007, DE2008
        yield return [("f.json", Workflow(Rule(new string('1', 4_001) + " > 0")))];
        yield return [("f.json", Workflow(Rule(new string('(', 150) + "true" + new string(')', 150))))];
        yield return [("f.json", Workflow(Rule(" ")))];
        yield return [("f.json", Workflow("""{"RuleName": "R", "Expression": "true", "ErrorMessage": "Score $(store.Score"}"""))];

        // DE2009, DE2010
        var chain = string.Join(", ", Enumerable.Range(1, 40).Select(i => $$"""{"Name": "P{{i}}", "Expression": "P{{i - 1}} + 1"}"""));
        yield return [("f.json", Workflow(Rule("P40 > 0"), $$""" "GlobalParams": [{"Name": "P0", "Expression": "store.Count ?? 0"}, {{chain}}] """))];
        yield return [("f.json", Workflow(Rule("store.Items.Any(a => store.Items.Any(b => store.Items.Any(c => a.Points > c.Points)))")))];

        // DE1018, DE1019, DE3016, DE4004
        yield return [("f.json", Workflow(Rule("true")) + new string(' ', 8 * 1024 * 1024))];
        yield return [("a.json", Workflow(Rule("true"), "\"WorkflowsToInject\": [\"B\", \"b\"]", "A")), ("b.json", Workflow(Rule("true"), string.Empty, "B"))];
        yield return [("f.json", Workflow("""{"RuleName": "R", "Expression": "true", "ErrorMessage": "Store $(store)"}"""))];
        var diamond = Enumerable.Range(0, 16).SelectMany(i => new[]
        {
            ($"a{i:00}.json", Workflow(Rule("true"), $"\"WorkflowsToInject\": [\"A{i + 1}\", \"B{i + 1}\"]", $"A{i}")),
            ($"b{i:00}.json", Workflow(Rule("true"), $"\"WorkflowsToInject\": [\"A{i + 1}\", \"B{i + 1}\"]", $"B{i}")),
        }).Concat([("a16.json", Workflow(Rule("true"), string.Empty, "A16")), ("b16.json", Workflow(Rule("true"), string.Empty, "B16"))]);
        yield return [.. diamond];

        // DE1017 (empty BasedOn), DE1020-DE1025: versions based on another
        var baseVersion = ("base.json", Workflow(Rule("true", "A"), "\"Version\": \"1\""));
        static string Based(string extra, string rules) => Workflow(rules, "\"Version\": \"2\", \"Enabled\": false, " + extra);
        const string Nested = """{"RuleName": "N", "Operator": "And", "Rules": [{"RuleName": "M", "Before": "A", "Expression": "true"}]}""";
        yield return [baseVersion, ("v.json", Based("\"BasedOn\": \" \"", Rule("true", "B")))];
        yield return [baseVersion, ("v.json", Based("\"BasedOn\": \"9\"", Rule("true", "B")))];
        yield return [baseVersion, ("v.json", Based("\"BasedOn\": \"X@1\"", Rule("true", "B")))];
        yield return [baseVersion, ("v.json", Based("\"BasedOn\": \"2\"", Rule("true", "B")))];
        yield return [baseVersion, ("v.json", Based("\"BasedOn\": \"1\", \"RemoveRules\": [\"Z\"], \"RemoveParams\": [\"P\"], \"ReplaceRules\": [{\"RuleName\": \"Y\", \"Expression\": \"true\"}]", """{"RuleName": "B", "Before": "Q", "Expression": "true"}"""))];
        yield return [("f.json", Workflow("""{"RuleName": "B", "After": "A", "Expression": "true"}""", "\"RemoveRules\": [\"Z\"]"))];
        yield return [baseVersion, ("v.json", Based("\"BasedOn\": \"1\"", Nested + ", " + """{"RuleName": "B", "Before": "A", "After": "A", "Expression": "true"}"""))];
        yield return [baseVersion, ("v.json", Based("\"BasedOn\": \"1\", \"RemoveRules\": [\"A\"], \"ReplaceRules\": [{\"RuleName\": \"A\", \"Expression\": \"true\"}]", Rule("true", "B")))];
        yield return [baseVersion, ("v.json", Based("\"BasedOn\": \"1\"", Rule("true", "a")))];

        // DE4001, DE4002, DE4003
        yield return [("a.json", Workflow(Rule("true"))), ("b.json", Workflow(Rule("true")))];
        yield return [("a.json", Workflow(Rule("true"), "\"WorkflowsToInject\": [\"B\"]", "A")), ("b.json", Workflow(Rule("true"), "\"WorkflowsToInject\": [\"A\"]", "B"))];
        yield return [("f.json", "[]")];
    }

    private static IEnumerable<(string Expression, Type? InputType, bool Condition)> ExpressionCorpus()
    {
        string[] conditions =
        [
            "store.Score # 1", "store.Flag | true", "store.Name == 'open", "12ab > 1", "store.Score > 99999999999999999999999999999999.5",
            "store.Gmv > 99999999999999999999", "store..Score", "x => x", "(store.Flag ? 1 : 2", "store.Flag ? 1", "store.Score 1",
            "stor.Score > 1", "Any > 1", "store.Scor > 1", "store.Score.Foo > 1", "store.Items.Count > 1", "store.Name && true", "!store.Score",
            "-store.Name == 1", "store.Score ?? 'a'", "store.Items == store.Items", "store.Name - 1 == 1", "Foo(1)", "Dat('2024-01-01') == AsOf",
            "store.Items.Any(1, 2)", "WithinLastDays(store.Opened)", "Year(1) > 1", "store.Items.Any(x => x.Amount)", "store.Items.Count(x => x.Amount) > 1",
            "store.Items.Sum(x => x.Code) > 1", "store.Items.Max(x => x.Code) == 'a'", "store.Score", "(store.Score ? 1 : 2) == 1",
            "store.Items.Sum(1) > 1", "Date('2024-13-01') == AsOf", "store.Kind == 'Flagshp'", "(store.Flag ? 1 : 'a') == 1", "Any()",
            "store.Opened.Year() > 1", "store.Score.StartsWith('a')", "Year(x => x) > 1", "1 / 0 == 1", "2147483647 + 1 > 0",
            "store.Tags.Contains(1)", "store.Owner.Name.Length > 1",
        ];
        foreach (var condition in conditions)
        {
            yield return (condition, null, true);
        }

        yield return ("store.value == 1", typeof(AmbiguousModel), true);
        yield return ("store.Items.GetType()", null, false);
    }

    private static List<Diagnostic> CorpusDiagnostics()
    {
        var diagnostics = FileCorpus().SelectMany(files => RuleFiles.Load(files).Diagnostics).ToList();
        diagnostics.AddRange(ExpressionCorpus().SelectMany(e => ExpressionHost.Bind(e.Expression, e.InputType, e.Condition).Diagnostics));
        diagnostics.AddRange(ReadCorpus());
        return diagnostics;
    }

    [Fact]
    public void GetMessage_EveryCorpusDiagnostic_HasADistinctChineseMessage()
    {
        var diagnostics = CorpusDiagnostics();
        diagnostics.Should().HaveCountGreaterThan(80);
        diagnostics.Should().AllSatisfy(d =>
        {
            var (en, zh) = (d.GetMessage(En), d.GetMessage(ZhCn));
            zh.Should().NotBeNullOrWhiteSpace(d.ToString(En));
            zh.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}", d.ToString(En));
            zh.Should().NotBe(en);
            zh.Should().NotContainAny(["[DE", "{0}", "{1}"], "every key and placeholder is filled");
            en.Should().NotMatchRegex(@"\p{IsCJKUnifiedIdeographs}", d.ToString(En));
            en.Should().NotContainAny(["[DE", "{0}", "{1}"], "every key and placeholder is filled");
            d.ToString(ZhCn).Should().Be(d.ToString(En)[..^en.Length] + zh, "only the message changes with the language");
        });
    }

    [Fact]
    public void Corpus_EveryEngineCode_IsCovered()
    {
        var reported = CorpusDiagnostics().Select(d => d.Code).ToHashSet();
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);
        codes.Except(NotReportedByTheEngine).Where(code => !reported.Contains(code)).Should().BeEmpty();
    }

    [Fact]
    public void GetMessage_ChineseCorpus_KeepsNamesAndCodesAscii()
    {
        foreach (var d in CorpusDiagnostics())
        {
            var zh = d.ToString(ZhCn);
            zh.Should().Contain(d.IsError ? $": error {d.Code}: " : $": warning {d.Code}: ");
        }
    }
}

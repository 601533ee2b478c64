using System.Globalization;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.RuleSets;

/// <summary>Versions based on another (docs/rule-language.md, "Versions based on another"): what is inherited, changed, and every mistake at its place.</summary>
public class VersionComposerTests
{
    // base.json, one line per rule so that locations are easy to read: rules at lines 5-7 (0-based 4-6).
    private const string Base = """
        {"WorkflowName": "W", "Version": "1", "EffectiveFrom": "2024-01-01", "Source": "base source",
         "Inputs": [{"Name": "store", "Type": "Store"}], "Properties": {"Scale": "Five", "Kept": true},
         "GlobalParams": [{"Name": "MinScore", "Expression": "4.1"}, {"Name": "MinCount", "Expression": "2"}, {"Name": "MinGmv", "Expression": "0"}],
         "Rules": [
          {"RuleName": "Score", "Expression": "store.Score > MinScore", "ReasonCode": "SCORE"},
          {"RuleName": "Count", "Expression": "store.Count >= MinCount", "ReasonCode": "COUNT"},
          {"RuleName": "Gmv", "Expression": "store.Gmv > MinGmv", "ReasonCode": "GMV"}
         ]}
        """;

    private static readonly DateOnly Day = new(2023, 6, 1);

    private static string Version(string label, string basedOn, string changes, string period = """ "EffectiveFrom": "2023-01-01", "EffectiveTo": "2023-12-31" """)
        => $$"""{"WorkflowName": "W", "Version": "{{label}}", "BasedOn": "{{basedOn}}", {{period}}, "Source": "own source", {{changes}}}""";

    private static RuleSet LoadOrFail(params (string Path, string Json)[] files)
    {
        var result = RuleFiles.Load(files);
        result.Errors.Select(d => d.ToString(CultureInfo.InvariantCulture)).Should().BeEmpty();
        return result.RuleSet!;
    }

    private static string[] Errors(params (string Path, string Json)[] files)
        => RuleFiles.Load(files).Errors.Select(d => d.ToString(CultureInfo.InvariantCulture)).ToArray();

    private static Workflow Get(RuleSet set, string version) => set.GetWorkflowVersion("W", version);

    [Fact]
    public void Load_VersionWithOnlyBasedOn_InheritsEverythingButItsOwnMetadata()
    {
        var set = LoadOrFail(("base.json", Base), ("v.json", Version("0", "1", "\"Description\": \"old\"")));

        var version = Get(set, "0");
        version.BasedOn.Should().Be("1");
        version.Rules.Select(r => r.Name).Should().Equal("Score", "Count", "Gmv");
        version.Parameters.Should().Equal(Get(set, "1").Parameters);
        version.Inputs.Select(i => i.Name).Should().Equal("store");
        version.Properties.Keys.Should().BeEquivalentTo("Scale", "Kept");
        (version.Source, version.Description, version.EffectiveFrom, version.EffectiveTo, version.FilePath)
            .Should().Be(("own source", "old", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), "v.json"));
        Get(set, "1").BasedOn.Should().BeNull();
    }

    [Fact]
    public void Load_InheritedRule_KeepsTheLocationAndSourceOfTheFileThatWroteIt()
    {
        var set = LoadOrFail(("base.json", Base), ("v.json", Version("0", "1", "\"Description\": \"old\"")));

        var score = Get(set, "0").Rules[0];
        score.Location.Should().Be(new SourceLocation("base.json", 4, 2));
        score.Source.Should().BeNull("the base rule writes no Source of its own");
    }

    [Fact]
    public void Load_OverriddenParam_ChangesTheOutcomeOfAnInheritedRule()
    {
        var set = LoadOrFail(("base.json", Base), ("v.json", Version("0", "1", """ "GlobalParams": [{"Name": "MinScore", "Expression": "4.5"}, {"Name": "Extra", "Expression": "7"}] """)));
        var store = new Store { Score = 4.3m, Count = 5, Gmv = 10 };

        Get(set, "1").Evaluate(Day, store).Outcome.Should().Be(RuleOutcome.Passed);
        Get(set, "0").Evaluate(Day, store).Outcome.Should().Be(RuleOutcome.Failed);
        Get(set, "0").Parameters.Keys.Should().Equal("MinScore", "MinCount", "MinGmv", "Extra");
        Get(set, "0").Parameters["MinScore"].Should().Be(4.5m);
    }

    [Fact]
    public void Load_ReplaceRemoveAndAdd_KeepsBaseOrderReplacedInPlaceAddedAtTheEnd()
    {
        var changes = """
            "RemoveRules": ["Count"],
            "ReplaceRules": [{"RuleName": "Score", "Expression": "store.Score >= MinScore", "ReasonCode": "SCORE2"}],
            "Rules": [{"RuleName": "Flag", "Expression": "store.Flag == true", "ReasonCode": "FLAG"}]
            """;
        var set = LoadOrFail(("base.json", Base), ("v.json", Version("0", "1", changes)));

        var rules = Get(set, "0").Rules;
        rules.Select(r => (r.Name, r.ReasonCode, r.Location.Path)).Should().Equal(("Score", "SCORE2", "v.json"), ("Gmv", "GMV", "base.json"), ("Flag", "FLAG", "v.json"));
        Get(set, "1").Rules.Select(r => r.ReasonCode).Should().Equal("SCORE", "COUNT", "GMV");
    }

    [Fact]
    public void Load_BeforeAndAfter_PlaceAddedAndReplacingRules()
    {
        var changes = """
            "ReplaceRules": [{"RuleName": "Gmv", "After": "A", "Expression": "store.Gmv >= MinGmv"}],
            "Rules": [
              {"RuleName": "A", "Before": "Count", "Expression": "true"},
              {"RuleName": "B", "After": "Score", "Expression": "true"}
            ]
            """;
        var set = LoadOrFail(("base.json", Base), ("v.json", Version("0", "1", changes)));

        Get(set, "0").Rules.Select(r => r.Name).Should().Equal(["Score", "B", "A", "Gmv", "Count"], "added rules are placed first, in order, then replacing ones");
    }

    [Fact]
    public void Load_Chain_AppliesEachVersionsChangesInTurn()
    {
        var set = LoadOrFail(
            ("base.json", Base),
            ("v0.json", Version("0", "W@1", """ "RemoveParams": ["MinGmv"], "RemoveRules": ["Gmv"], "GlobalParams": [{"Name": "MinScore", "Expression": "3"}] """)),
            ("vm1.json", Version("-1", "0", """ "Rules": [{"RuleName": "Flag", "Expression": "store.Flag == true"}] """, """ "EffectiveFrom": "2022-01-01", "EffectiveTo": "2022-12-31" """)));

        var oldest = Get(set, "-1");
        oldest.BasedOn.Should().Be("0");
        oldest.Rules.Select(r => r.Name).Should().Equal("Score", "Count", "Flag");
        oldest.Parameters.Should().BeEquivalentTo(new Dictionary<string, object?> { ["MinScore"] = 3m, ["MinCount"] = 2 });
    }

    [Fact]
    public void Load_InjectedWorkflowsAndProperties_AreInheritedUnlessTheVersionGivesItsOwn()
    {
        var shared = """{"WorkflowName": "Shared", "Inputs": [{"Name": "store", "Type": "Store"}], "Rules": [{"RuleName": "Named", "Expression": "store.Name != null"}]}""";
        var injecting = Base.Replace("\"Source\": \"base source\",", "\"Source\": \"base source\", \"WorkflowsToInject\": [\"Shared\"],", StringComparison.Ordinal);
        var set = LoadOrFail(("base.json", injecting), ("shared.json", shared), ("v.json", Version("0", "1", """ "Properties": {"Scale": "Hundred"} """)));

        var version = Get(set, "0");
        version.Rules.Select(r => r.Name).Should().Equal("Score", "Count", "Gmv", "Named");
        version.Properties["Scale"].GetString().Should().Be("Hundred");
        version.Properties["Kept"].GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Load_BasedOnUnknownVersion_IsDE1020AtTheValue()
        => Errors(("base.json", Base), ("v.json", Version("0", "l", "\"Description\": \"x\"")))
            .Should().Equal("v.json(1,50): error DE1020: BasedOn names version 'l' of 'W', which no loaded file defines; 'W' has 1.");

    [Fact]
    public void Load_BasedOnAnotherWorkflow_IsDE1021()
        => Errors(("base.json", Base), ("v.json", Version("0", "Other@1", "\"Description\": \"x\"")))
            .Should().Equal("v.json(1,50): error DE1021: BasedOn names 'Other@1', a version of workflow 'Other'; a version of 'W' can only be based on another version of 'W'.");

    [Fact]
    public void Load_Cycle_IsOneDE1022NamingTheChain()
        => Errors(
                ("base.json", Base),
                ("a.json", Version("a", "b", "\"Description\": \"x\"", """ "EffectiveFrom": "2020-01-01", "EffectiveTo": "2020-12-31" """)),
                ("b.json", Version("b", "a", "\"Description\": \"x\"", """ "EffectiveFrom": "2021-01-01", "EffectiveTo": "2021-12-31" """)))
            .Should().Equal("b.json(1,50): error DE1022: BasedOn makes a cycle among the versions of 'W': a → b → a.");

    [Fact]
    public void Load_BasedOnItself_IsDE1022()
        => Errors(("base.json", Base), ("v.json", Version("0", "0", "\"Description\": \"x\"")))
            .Should().Equal("v.json(1,50): error DE1022: BasedOn makes a cycle among the versions of 'W': 0 → 0.");

    [Fact]
    public void Load_RemovingOrReplacingWhatTheBaseLacks_IsDE1023AtEachName()
    {
        var changes = """
            "RemoveParams": ["MinGmw"],
            "RemoveRules": ["Scor"],
            "ReplaceRules": [{"RuleName": "Nope", "Expression": "true"}],
            "Rules": [{"RuleName": "A", "Before": "Cont", "Expression": "true"}]
            """;

        Errors(("base.json", Base), ("v.json", Version("0", "1", changes))).Should().Equal(
            "v.json(1,158): error DE1023: RemoveParams names global param 'MinGmw', which the base version '1' does not have. Did you mean 'MinGmv'?",
            "v.json(2,17): error DE1023: RemoveRules names rule 'Scor', which the base version '1' does not have. Did you mean 'Score'?",
            "v.json(3,31): error DE1023: ReplaceRules replaces rule 'Nope', which the base version '1' does not have; to add a rule, list it in Rules.",
            "v.json(4,39): error DE1023: Rule 'A' is placed with Before 'Cont', which this version does not have. Did you mean 'Count'?");
    }

    [Fact]
    public void Load_AddingABaseRule_IsDE1025SayingToReplaceIt()
        => Errors(("base.json", Base), ("v.json", Version("0", "1", """ "Rules": [{"RuleName": "count", "Expression": "true"}] """)))
            .Should().Equal("v.json(1,165): error DE1025: Rule 'count' is already in the base version '1' (base.json); to change it, list it in ReplaceRules; to keep it as it is, leave it out.");

    [Fact]
    public void Load_RemovingAndReplacingOneRule_IsDE1025()
        => Errors(("base.json", Base), ("v.json", Version("0", "1", """ "RemoveRules": ["Gmv"], "ReplaceRules": [{"RuleName": "Gmv", "Expression": "true"}] """)))
            .Should().Equal("v.json(1,196): error DE1025: Rule 'Gmv' is both in RemoveRules and in ReplaceRules; remove it or replace it, not both.");

    [Fact]
    public void Load_InheritancePropertiesWithoutBasedOn_AreDE1024()
    {
        var json = """
            {"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}],
             "RemoveRules": ["X"],
             "Rules": [{"RuleName": "R", "After": "X", "Expression": "true"}]}
            """;

        Errors(("w.json", json)).Should().Equal(
            "w.json(2,18): error DE1024: 'RemoveRules' in workflow 'W' needs BasedOn: only a version based on another replaces, removes or places rules.",
            "w.json(3,39): error DE1024: 'After' in workflow 'W' needs BasedOn: only a version based on another replaces, removes or places rules.");
    }

    [Fact]
    public void Load_BeforeOnANestedRuleOrWithAfter_IsDE1024()
    {
        var changes = """
            "Rules": [
              {"RuleName": "A", "Operator": "And", "Rules": [{"RuleName": "N", "Before": "Score", "Expression": "true"}]},
              {"RuleName": "B", "Before": "Score", "After": "Gmv", "Expression": "true"}
            ]
            """;

        Errors(("base.json", Base), ("v.json", Version("0", "1", changes))).Should().Equal(
            "v.json(2,78): error DE1024: 'Before' on nested rule 'N' is not allowed: only a top-level rule of a version with BasedOn can be placed.",
            "v.json(3,49): error DE1024: Rule 'B' has both Before and After; give one of them.");
    }

    [Fact]
    public void Load_RemovedParamStillUsedByAnInheritedRule_IsReportedOnceAtTheRuleInTheBaseFile()
    {
        var errors = Errors(
            ("base.json", Base),
            ("a.json", Version("a", "1", """ "RemoveParams": ["MinCount"] """, """ "EffectiveFrom": "2020-01-01", "EffectiveTo": "2020-12-31" """)),
            ("b.json", Version("b", "1", """ "RemoveParams": ["MinCount"] """, """ "EffectiveFrom": "2021-01-01", "EffectiveTo": "2021-12-31" """)));

        errors.Should().ContainSingle().Which.Should().StartWith("base.json(6,55): error DE3001: The name 'MinCount' does not exist.");
    }

    [Fact]
    public void Load_BasedOnVersion_NeedsNoRulesOrInputsAndTheBaseStillDoes()
    {
        Errors(("base.json", Base), ("v.json", Version("0", "1", "\"Description\": \"x\""))).Should().BeEmpty();
        Errors(("w.json", """{"WorkflowName": "W", "Inputs": [{"Name": "store", "Type": "Store"}]}"""))
            .Should().Equal("w.json(1,1): error DE1004: Workflow 'W' is missing the required property 'Rules'.");
    }

    [Fact]
    public void Load_DE1020_ReadsInChinese()
    {
        var diagnostic = RuleFiles.Load(("base.json", Base), ("v.json", Version("0", "9", "\"Description\": \"x\""))).Errors.Single();

        diagnostic.GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("BasedOn 指定了 'W' 的版本 '9'，但没有已加载的文件定义它；'W' 现有版本：1。");
    }
}

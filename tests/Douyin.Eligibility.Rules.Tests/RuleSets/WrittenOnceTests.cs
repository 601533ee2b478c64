using System.Globalization;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.RuleSets;

/// <summary>What a rule file writes once: a rule's Source (its parent's by default) and its English message.</summary>
public sealed class WrittenOnceTests
{
    private const string Workflow = """
        {
          "WorkflowName": "W",
          "Source": "seed 002",
          "Inputs": [ { "Name": "store", "Type": "Store" } ],
          "Rules": [
            { "RuleName": "Inherits", "Expression": "store.Score > 1", "ErrorMessage": "low" },
            { "RuleName": "Own", "Source": "article 9", "Expression": "store.Score > 2" },
            { "RuleName": "Parent", "Operator": "And", "Source": "article 10", "Rules": [ { "RuleName": "Child", "Expression": "store.Score > 3" } ] },
            { "RuleName": "EnglishOnce", "Expression": "store.Score > 4", "Messages": { "zh-CN": "分数 $(store.Score) 过低", "en": "Score $(store.Score) is too low" } }
          ]
        }
        """;

    [Fact]
    public void Load_RuleWithoutSource_TakesItsParents()
    {
        var rules = RuleFiles.LoadOrFail(Workflow).GetVersions("W").Single().Rules;

        rules.Select(r => r.Source).Should().Equal("seed 002", "article 9", "article 10", "seed 002");
        rules[2].Children.Single().Source.Should().Be("article 10");
    }

    [Fact]
    public void GetMessage_OnlyMessagesEn_IsTheMessageOfEveryCultureWithoutItsOwn()
    {
        var result = RuleFiles.LoadOrFail(Workflow).GetVersions("W").Single().Evaluate(ExpressionHost.AsOf, new Store { Score = 3 }).Results[3];

        result.GetMessage(CultureInfo.GetCultureInfo("fr-FR")).Should().Be("Score 3 is too low");
        result.GetMessage(CultureInfo.InvariantCulture).Should().Be("Score 3 is too low");
        result.GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("分数 3 过低");
    }

    [Fact]
    public void Load_MessagesEnRepeatingErrorMessage_WarnsDE1026AtTheRepeat()
    {
        const string json = """
            {
              "WorkflowName": "W",
              "Inputs": [ { "Name": "store", "Type": "Store" } ],
              "Rules": [ { "RuleName": "Twice", "Expression": "store.Score > 1", "ErrorMessage": "Too low", "Messages": { "en": "Too low", "zh": "太低" } } ]
            }
            """;

        var result = RuleFiles.Load(("rules.json", json));

        result.RuleSet.Should().NotBeNull();
        result.Diagnostics.Select(d => d.ToString()).Should().Equal("rules.json(4,118): warning DE1026: Rule 'Twice': Messages.en repeats ErrorMessage; write the English message once (ErrorMessage is already the message of every culture without its own).");
    }

    [Fact]
    public void GetMessage_PropertiesPlaceholder_QuotesTheRulesPropertyInEveryCulture()
    {
        const string json = """
            {
              "WorkflowName": "W",
              "Inputs": [ { "Name": "store", "Type": "Store" } ],
              "Rules": [ { "RuleName": "Band", "Expression": "store.Score > 1", "Properties": { "Points": 10, "Criterion": "Score" },
                           "ErrorMessage": "$(Properties.Criterion) band ($(Properties.Points) points) not reached at $(store.Score)",
                           "Messages": { "zh-CN": "评分项 $(Properties.Criterion) 第1档($(Properties.Points)分)未达到" } } ]
            }
            """;

        var result = RuleFiles.LoadOrFail(json).GetVersions("W").Single().Evaluate(ExpressionHost.AsOf, new Store { Score = 0.5m }).Results[0];

        result.GetMessage(CultureInfo.InvariantCulture).Should().Be("Score band (10 points) not reached at 0.5");
        result.GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("评分项 Score 第1档(10分)未达到");
    }

    [Fact]
    public void Load_PropertiesPlaceholderTheRuleLacks_IsDE3001AtThePlaceholder()
    {
        const string json = """
            {
              "WorkflowName": "W",
              "Inputs": [ { "Name": "store", "Type": "Store" } ],
              "Rules": [ { "RuleName": "Band", "Expression": "store.Score > 1", "Properties": { "Points": 10 }, "ErrorMessage": "($(Properties.Pionts) points)" } ]
            }
            """;

        RuleFiles.Errors(("rules.json", json)).Should().Equal("rules.json(4,121): error DE3001: The rule has no property 'Pionts' to quote in a message as $(Properties.Pionts) (a string, number or boolean in its Properties); its properties: Points.");
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.RuleFiles;

/// <summary>docs/rule-conventions.md, checked over every workflow and rule of the shipped files.</summary>
public partial class RuleFileConventionTests
{
    /// <summary>The built-in families by workflow name: their rule file, input and reason-code prefix come from the descriptors.</summary>
    private static readonly Dictionary<string, EligibilityFamily> Families = EligibilityFamilies.All.ToDictionary(f => f.WorkflowName);

    /// <summary>A snapshot that passes, per input type the families' workflows take.</summary>
    private static readonly Dictionary<Type, Func<object>> PassingInputs = new()
    {
        [typeof(MerchantSnapshot)] = () => Support.Snapshots.Passing.Merchant(),
        [typeof(ProductSnapshot)] = () => Support.Snapshots.Passing.Product(),
        [typeof(BrandProviderSnapshot)] = () => Support.Snapshots.Passing.BrandProvider(),
        [typeof(StoreOperationProviderSnapshot)] = () => Support.Snapshots.Passing.StoreOperationProvider(),
    };

    public static TheoryData<string> WorkflowNames => new(Families.Keys);

    private static IEnumerable<RuleInfo> AllRules(IEnumerable<RuleInfo> rules) => rules.SelectMany(r => AllRules(r.Children).Prepend(r));

    private static string Relative(Workflow w) => Path.GetRelativePath(ShippedRules.RulesDirectory, w.FilePath).Replace('\\', '/');

    [Fact]
    public void RuleSet_ShippedRules_HasExactlyTheSixConventionalWorkflows()
        => ShippedRules.Set.WorkflowNames.Should().BeEquivalentTo(Families.Keys);

    [Fact]
    public void Families_All_NameTheirRuleFileReasonPrefixAndAPassingInput()
    {
        foreach (var family in EligibilityFamilies.All)
        {
            family.RuleFile.Should().NotBeNullOrWhiteSpace($"{family} is shipped");
            family.ReasonCodePrefix.Should().MatchRegex("^[A-Z]+_$", $"{family}");
            PassingInputs.Should().ContainKey(family.InputType, $"{family}'s input has a passing sample");
        }
    }

    [Theory]
    [MemberData(nameof(WorkflowNames))]
    public void Workflow_DefaultVersion_LivesInConventionalFileWithConventionalInput(string name)
    {
        var family = Families[name];
        // The default version is the latest enabled one (open-ended, or bounded when its source is a one-off round).
        var current = ShippedRules.Set.GetVersions(name).Where(w => w.IsEnabled).MaxBy(w => w.EffectiveFrom)!;
        Relative(current).Should().Be(family.RuleFile);
        current.Inputs.Select(i => i.Name).Should().Equal(family.InputName);
        current.Inputs.Single().Type.Should().Be(family.InputType);
    }

    [Fact]
    public void Workflows_DatedVariants_LiveInAllianceVersions()
        => ShippedRules.Set.Workflows.Where(w => (w.EffectiveTo is not null || !w.IsEnabled) && Relative(w) != Families[w.Name].RuleFile)
            .Should().OnlyContain(w => Relative(w).StartsWith("alliance/versions/", StringComparison.Ordinal));

    [Fact]
    public void Workflows_All_HaveVersionSourceDescriptionEffectiveFromAndAssumptions()
    {
        foreach (var w in ShippedRules.Set.Workflows)
        {
            w.Version.Should().NotBeNullOrWhiteSpace($"{w} needs a Version");
            w.Source.Should().NotBeNullOrWhiteSpace($"{w} needs a Source");
            w.Description.Should().NotBeNullOrWhiteSpace($"{w} needs a Description");
            if (w.IsEnabled)
            {
                w.EffectiveFrom.Should().NotBeNull($"{w} needs an EffectiveFrom");
            }

            w.Properties.Should().ContainKey("Assumptions", $"{w} lists its assumptions (possibly none)");
            w.Properties["Assumptions"].ValueKind.Should().Be(JsonValueKind.Object);
            foreach (var assumption in w.Properties["Assumptions"].EnumerateObject())
            {
                w.Parameters.Should().ContainKey(assumption.Name, $"the assumption '{assumption.Name}' of {w} names a constant param");
                assumption.Value.GetString().Should().NotBeNullOrWhiteSpace();
            }
        }
    }

    [Fact]
    public void Rules_All_HaveReasonCodeWithFamilyPrefixMessagesAndSource()
    {
        foreach (var w in ShippedRules.Set.Workflows)
        {
            var prefix = Families[w.Name].ReasonCodePrefix!;
            foreach (var rule in AllRules(w.Rules))
            {
                var where = $"{w} rule {rule.Name}";
                rule.ReasonCode.Should().NotBeNull(where).And.StartWith(prefix, where).And.MatchRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$", where);
                rule.MessageCultures.Should().Contain("zh-CN", where);
                rule.Source.Should().NotBeNullOrWhiteSpace(where);
                rule.Description.Should().NotBeNullOrWhiteSpace(where);
            }
        }
    }

    [Fact]
    public void Rules_All_WriteTheirEnglishMessageAndTheirSourceOnce()
    {
        // The English message is ErrorMessage (Messages.en again is DE1026); a rule's Source is written only where it
        // differs from where its parent (rule or workflow) comes from.
        EligibilityEvaluator.LoadRuleSet(ShippedRules.RulesDirectory).Diagnostics.Should().BeEmpty();
        foreach (var file in Directory.EnumerateFiles(ShippedRules.RulesDirectory, "*.json", SearchOption.AllDirectories).Where(RuleFileFilter.IsRuleFile))
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            var workflow = document.RootElement;
            var source = workflow.TryGetProperty("Source", out var written) ? written.GetString() : null;
            foreach (var key in new[] { "Rules", "ReplaceRules" })
            {
                if (workflow.TryGetProperty(key, out var rules))
                {
                    RepeatedSources(rules, source, Path.GetFileName(file)).Should().BeEmpty();
                }
            }
        }

        static IEnumerable<string> RepeatedSources(System.Text.Json.JsonElement rules, string? parent, string file)
        {
            foreach (var rule in rules.EnumerateArray())
            {
                var own = rule.TryGetProperty("Source", out var written) ? written.GetString() : null;
                if (own is not null && own == parent)
                {
                    yield return $"{file}: rule {rule.GetProperty("RuleName").GetString()} repeats its parent's Source";
                }

                if (rule.TryGetProperty("Rules", out var children))
                {
                    foreach (var repeated in RepeatedSources(children, own ?? parent, file))
                    {
                        yield return repeated;
                    }
                }
            }
        }
    }

    [Fact]
    public void Rules_All_HaveErrorMessageFallback()
    {
        // RuleInfo does not expose ErrorMessage; a culture without a Messages entry falls back to it.
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var w in ShippedRules.Set.Workflows)
        {
            var input = PassingInputs[Families[w.Name].InputType]();
            var asOf = w.EffectiveFrom ?? Support.Snapshots.Passing.AllianceAsOf;
            foreach (var result in w.Evaluate(asOf, input).Flatten())
            {
                result.GetMessage(invariant).Should().NotBeNullOrWhiteSpace($"{w} rule {result.Name} has an ErrorMessage");
                result.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Should().Be(result.Message);
            }
        }
    }

    [Fact]
    public void ReasonCodes_EachWorkflowVersion_AreUnique()
    {
        foreach (var w in ShippedRules.Set.Workflows)
        {
            AllRules(w.Rules).Select(r => r.ReasonCode).Should().OnlyHaveUniqueItems($"{w}");
        }
    }

    [Fact]
    public void ReasonCodes_SameRuleNameAcrossVersions_KeepSameCode()
    {
        foreach (var name in ShippedRules.Set.WorkflowNames)
        {
            var byRule = ShippedRules.Set.GetVersions(name).SelectMany(w => AllRules(w.Rules)).GroupBy(r => r.Name);
            foreach (var group in byRule)
            {
                group.Select(r => r.ReasonCode).Distinct().Should().ContainSingle($"{name}.{group.Key} keeps one reason code across versions");
            }
        }
    }

    [Fact]
    public void Thresholds_EveryGlobalParamUsedInRules_IsConstantOrASharedCondition()
    {
        // Every GlobalParam the files declare is a constant threshold (it shows in Workflow.Parameters), or a named
        // condition that several rules of the file share, so that it is written once (e.g. a history guard).
        foreach (var path in ShippedRules.WorkflowFilePaths())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var name = doc.RootElement.GetProperty("WorkflowName").GetString()!;
            var version = doc.RootElement.GetProperty("Version").GetString()!;
            var workflow = ShippedRules.Set.GetWorkflowVersion(name, version);
            // A version based on another (BasedOn) writes only the params it overrides or adds, possibly none.
            var written = doc.RootElement.TryGetProperty("GlobalParams", out var list) ? list.EnumerateArray() : default;
            var expressions = doc.RootElement.TryGetProperty("Rules", out var rules)
                ? rules.EnumerateArray().Where(r => r.TryGetProperty("Expression", out _)).Select(r => r.GetProperty("Expression").GetString()!).ToList()
                : [];
            foreach (var param in written)
            {
                var paramName = param.GetProperty("Name").GetString()!;
                if (!workflow.Parameters.ContainsKey(paramName))
                {
                    expressions.Count(e => Regex.IsMatch(e, $@"\b{Regex.Escape(paramName)}\b")).Should().BeGreaterThan(1, $"{path}: {paramName} is not a constant threshold, so it must be a condition several rules share");
                }
            }
        }
    }

    [Fact]
    public void Versions_RulesWrittenInEachFile_RepeatNoRuleOfAnotherVersion()
    {
        // Version inheritance (docs/rule-language.md): a version inherits its base's rules instead of copying them, so
        // no two written rules of one workflow agree in name, condition, reason code and description. An inherited rule
        // is the base's own (same location), listed once.
        foreach (var name in ShippedRules.Set.WorkflowNames)
        {
            var written = ShippedRules.Set.GetVersions(name).SelectMany(w => AllRules(w.Rules)).DistinctBy(r => r.Location);
            foreach (var same in written.GroupBy(r => (r.Name, r.Expression, r.ReasonCode, r.Description)).Where(g => g.Count() > 1))
            {
                same.Select(r => r.Location.ToString()).Should().ContainSingle($"{name}.{same.Key.Name} is written once; other versions inherit it (BasedOn)");
            }
        }
    }

    [Fact]
    public void Versions_BasedOnAnother_NameAVersionOfTheSameWorkflowAndLiveInAllianceVersions()
    {
        foreach (var w in ShippedRules.Set.Workflows.Where(w => w.BasedOn is not null))
        {
            ShippedRules.Set.GetWorkflowVersion(w.Name, w.BasedOn!).Should().NotBeSameAs(w);
            Relative(w).Should().StartWith("alliance/versions/", $"{w} is a dated variant");
        }
    }

    [Fact]
    public void RuleExpressions_ShippedRules_HaveNoNumericLiteral()
    {
        foreach (var w in ShippedRules.Set.Workflows)
        {
            foreach (var rule in AllRules(w.Rules).Where(r => r.Expression is not null))
            {
                // Allowed: "1 - PenaltyWindowDays" (window start) and AddDays(AsOf, -365) (history coverage); no thresholds.
                var stripped = rule.Expression!.Replace("1 - PenaltyWindowDays", string.Empty, StringComparison.Ordinal)
                    .Replace("AddDays(AsOf, -365)", string.Empty, StringComparison.Ordinal);
                NumberLiteral().IsMatch(stripped).Should().BeFalse($"{w} rule {rule.Name}: thresholds belong in GlobalParams, not '{rule.Expression}'");
            }
        }
    }

    [Fact]
    public void AllianceWorkflows_Params_DeclareMaxAllianceOpeningsOfThree()
    {
        foreach (var w in ShippedRules.Set.Workflows.Where(w => w.Name is "AllianceAdmission" or "AllianceClearance"))
        {
            w.Parameters["MaxAllianceOpenings"].Should().Be(3, $"{w}");
        }
    }

    [Fact]
    public void Files_All_ReferenceTheSchema()
    {
        foreach (var path in ShippedRules.WorkflowFilePaths())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var schema = doc.RootElement.GetProperty("$schema").GetString()!;
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, schema))
                .Should().Be(Path.Combine(ShippedRules.RulesDirectory, "schema", "workflow.schema.json"), path);
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z_0-9.])\d+(\.\d+)?(?![A-Za-z_])")]
    private static partial Regex NumberLiteral();
}

using Douyin.Eligibility.Rules.Internal;
using Douyin.Eligibility.Rules.Workflows;

namespace Douyin.Eligibility.Rules.RuleSets;

/// <summary>
/// Version inheritance (docs/rule-language.md, "Versions based on another"): a version with <c>BasedOn</c> becomes a
/// complete definition, its base's GlobalParams and rules with this version's changes applied. Inherited rules and
/// params are the base's own objects, so they keep the locations of the file that wrote them. Runs between reading and
/// compiling; the compiler sees only complete versions. Every mistake is a diagnostic at the JSON that made it.
/// </summary>
internal sealed class VersionComposer(DiagnosticBag diagnostics, IReadOnlyDictionary<string, List<WorkflowDefinition>> byName)
{
    private readonly Dictionary<WorkflowDefinition, WorkflowDefinition?> _composed = new(ReferenceEqualityComparer.Instance);
    private readonly List<WorkflowDefinition> _resolving = [];

    /// <summary>The definitions with every version composed, in their order; a version whose chain has an error is left out (it was reported).</summary>
    public static List<WorkflowDefinition> Compose(IReadOnlyList<WorkflowDefinition> definitions, DiagnosticBag diagnostics)
    {
        var byName = definitions
            .GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var composer = new VersionComposer(diagnostics, byName);
        var result = new List<WorkflowDefinition>(definitions.Count);
        foreach (var definition in definitions)
        {
            composer.CheckPlacement(definition);
            if (composer.Resolve(definition) is { } composed)
            {
                result.Add(composed);
            }
        }

        return result;
    }

    private WorkflowDefinition? Resolve(WorkflowDefinition definition)
    {
        if (_composed.TryGetValue(definition, out var known))
        {
            return known;
        }

        if (definition.BasedOn is not { } reference)
        {
            return _composed[definition] = definition;
        }

        if (_resolving.Contains(definition))
        {
            var start = _resolving.IndexOf(definition);
            var chain = _resolving.Skip(start).Select(d => d.Version ?? "?").Append(definition.Version ?? "?");
            diagnostics.Error(DiagnosticCodes.BaseCycle, _resolving[^1].BasedOn!.Location, definition.Name, string.Join(" → ", chain));
            return null;
        }

        var baseDefinition = FindBase(definition, reference);
        WorkflowDefinition? composed = null;
        if (baseDefinition is not null)
        {
            _resolving.Add(definition);
            var resolvedBase = Resolve(baseDefinition);
            _resolving.RemoveAt(_resolving.Count - 1);
            composed = resolvedBase is null ? null : Apply(definition, resolvedBase);
        }

        return _composed[definition] = composed;
    }

    /// <summary>The base a <c>BasedOn</c> names: a <c>Version</c> label of the same workflow, optionally written <c>WorkflowName@Version</c>.</summary>
    private WorkflowDefinition? FindBase(WorkflowDefinition definition, NameReference reference)
    {
        var at = reference.Name.LastIndexOf('@');
        var workflow = at < 0 ? definition.Name : reference.Name[..at];
        var version = at < 0 ? reference.Name : reference.Name[(at + 1)..];
        if (!string.Equals(workflow, definition.Name, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.BaseOfOtherWorkflow, reference.Location, reference.Name, workflow, definition.Name);
            return null;
        }

        var versions = byName[definition.Name];
        var found = versions.FirstOrDefault(v => string.Equals(v.Version, version, StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            var labels = versions.Where(v => v.Version is not null && !ReferenceEquals(v, definition)).Select(v => v.Version!).ToList();
            var others = labels.Count == 0 ? Messages.Get("Versions_None") : LocalizableText.Fixed(string.Join(", ", labels));
            diagnostics.Error(DiagnosticCodes.UnknownBaseVersion, reference.Location, version, definition.Name, others, NameSuggester.Hint(version, labels));
        }

        return found;
    }

    private WorkflowDefinition Apply(WorkflowDefinition version, WorkflowDefinition baseVersion)
    {
        var label = baseVersion.Version!;
        return new WorkflowDefinition
        {
            Name = version.Name,
            Location = version.Location,
            Inputs = version.Inputs.Count > 0 ? version.Inputs : baseVersion.Inputs,
            GlobalParams = Params(version, baseVersion.GlobalParams, label),
            Rules = Rules(version, baseVersion.Rules, label),
            WorkflowsToInject = version.WorkflowsToInject.Count > 0 ? version.WorkflowsToInject : baseVersion.WorkflowsToInject,
            BasedOn = version.BasedOn,
            BaseVersion = label,
            EffectiveFrom = version.EffectiveFrom,
            EffectiveTo = version.EffectiveTo,
            Version = version.Version,
            Enabled = version.Enabled,
            Source = version.Source,
            Description = version.Description,
            Properties = Properties(baseVersion.Properties, version.Properties),
        };
    }

    /// <summary>The base's params in order, minus RemoveParams; a param of the same name overrides in place, a new one goes at the end.</summary>
    private List<ParamDefinition> Params(WorkflowDefinition version, List<ParamDefinition> inherited, string label)
    {
        var result = inherited.ToList();
        foreach (var removed in version.RemoveParams)
        {
            var index = result.FindIndex(p => SameName(p.Name, removed.Name));
            if (index < 0)
            {
                diagnostics.ErrorVariant(DiagnosticCodes.NotInBase, "Param", removed.Location, removed.Name, label, NameSuggester.Hint(removed.Name, result.Select(p => p.Name)));
                continue;
            }

            result.RemoveAt(index);
        }

        foreach (var parameter in version.GlobalParams)
        {
            var index = result.FindIndex(p => SameName(p.Name, parameter.Name));
            if (index < 0)
            {
                result.Add(parameter);
            }
            else
            {
                result[index] = parameter;
            }
        }

        return result;
    }

    /// <summary>The base's rules in order: replaced ones in place, removed ones left out, added ones at the end or where Before/After puts them.</summary>
    private List<RuleDefinition> Rules(WorkflowDefinition version, List<RuleDefinition> inherited, string label)
    {
        var result = inherited.ToList();
        var removed = new HashSet<string>(version.RemoveRules.Select(r => r.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var rule in version.ReplaceRules)
        {
            var index = result.FindIndex(r => SameName(r.Name, rule.Name));
            if (removed.Contains(rule.Name))
            {
                diagnostics.ErrorVariant(DiagnosticCodes.AlreadyInBase, "Removed", rule.NameLocation, rule.Name);
            }
            else if (index < 0)
            {
                diagnostics.ErrorVariant(DiagnosticCodes.NotInBase, "Replace", rule.NameLocation, rule.Name, label, NameSuggester.Hint(rule.Name, result.Select(r => r.Name)));
            }
            else
            {
                result[index] = rule;
            }
        }

        foreach (var name in version.RemoveRules)
        {
            var index = result.FindIndex(r => SameName(r.Name, name.Name));
            if (index < 0)
            {
                diagnostics.Error(DiagnosticCodes.NotInBase, name.Location, name.Name, label, NameSuggester.Hint(name.Name, result.Select(r => r.Name)));
                continue;
            }

            result.RemoveAt(index);
        }

        foreach (var rule in version.Rules)
        {
            if (result.FindIndex(r => SameName(r.Name, rule.Name)) is var index and >= 0)
            {
                diagnostics.Error(DiagnosticCodes.AlreadyInBase, rule.NameLocation, rule.Name, label, result[index].Location.Path);
                continue;
            }

            result.Add(rule);
        }

        // Added rules are placed first, then replacing ones, each in the order written, relative to the list as it is then.
        foreach (var rule in version.Rules.Concat(version.ReplaceRules).Where(r => r.Before is not null || r.After is not null))
        {
            Place(result, rule);
        }

        return result;
    }

    /// <summary>Moves a rule this version wrote before or after the rule its Before/After names (an inherited or an added one).</summary>
    private void Place(List<RuleDefinition> rules, RuleDefinition rule)
    {
        var own = rules.FindIndex(r => ReferenceEquals(r, rule));
        if (own < 0 || (rule.Before is not null && rule.After is not null))
        {
            return;
        }

        var (anchor, after) = rule.Before is { } before ? (before, false) : (rule.After!, true);
        var target = rules.FindIndex(r => !ReferenceEquals(r, rule) && SameName(r.Name, anchor.Name));
        if (target < 0)
        {
            var candidates = rules.Where(r => !ReferenceEquals(r, rule)).Select(r => r.Name);
            diagnostics.ErrorVariant(DiagnosticCodes.NotInBase, "Anchor", anchor.Location, rule.Name, after ? "After" : "Before", anchor.Name, NameSuggester.Hint(anchor.Name, candidates));
            return;
        }

        rules.RemoveAt(own);
        target = rules.FindIndex(r => SameName(r.Name, anchor.Name));
        rules.Insert(after ? target + 1 : target, rule);
    }

    /// <summary>
    /// ReplaceRules, RemoveRules, RemoveParams, Before and After mean something only in a version with BasedOn, and
    /// Before/After only on its top-level rules; anywhere else they are reported, not ignored.
    /// </summary>
    private void CheckPlacement(WorkflowDefinition definition)
    {
        var topLevel = definition.Rules.Concat(definition.ReplaceRules).ToList();
        if (definition.BasedOn is null)
        {
            // Plain loops in the order a LINQ chain gave: a chain over (string, SourceLocation) tuples is some thirty
            // methods to JIT-compile at every start (docs/performance.md, cold start).
            foreach (var rule in definition.ReplaceRules)
            {
                diagnostics.Error(DiagnosticCodes.InheritanceWithoutBase, rule.NameLocation, "ReplaceRules", definition.Name);
            }

            foreach (var reference in definition.RemoveRules)
            {
                diagnostics.Error(DiagnosticCodes.InheritanceWithoutBase, reference.Location, "RemoveRules", definition.Name);
            }

            foreach (var reference in definition.RemoveParams)
            {
                diagnostics.Error(DiagnosticCodes.InheritanceWithoutBase, reference.Location, "RemoveParams", definition.Name);
            }

            foreach (var rule in topLevel)
            {
                foreach (var (property, location) in Anchors(rule))
                {
                    diagnostics.Error(DiagnosticCodes.InheritanceWithoutBase, location, property, definition.Name);
                }
            }
        }

        foreach (var rule in topLevel.Where(r => r.Before is not null && r.After is not null))
        {
            diagnostics.ErrorVariant(DiagnosticCodes.InheritanceWithoutBase, "BothAnchors", rule.After!.Location, rule.Name);
        }

        foreach (var nested in topLevel.SelectMany(r => Nested(r.Rules)))
        {
            foreach (var (property, location) in Anchors(nested))
            {
                diagnostics.ErrorVariant(DiagnosticCodes.InheritanceWithoutBase, "Nested", location, property, nested.Name);
            }
        }
    }

    private static IEnumerable<(string Property, SourceLocation Location)> Anchors(RuleDefinition rule)
    {
        if (rule.Before is { } before)
        {
            yield return ("Before", before.Location);
        }

        if (rule.After is { } after)
        {
            yield return ("After", after.Location);
        }
    }

    private static IEnumerable<RuleDefinition> Nested(IEnumerable<RuleDefinition> rules) => rules.SelectMany(r => Nested(r.Rules).Prepend(r));

    /// <summary>Top-level Properties: the base's, with this version's entries added or replacing the base's of the same key.</summary>
    private static Dictionary<string, System.Text.Json.JsonElement> Properties(
        Dictionary<string, System.Text.Json.JsonElement> inherited,
        Dictionary<string, System.Text.Json.JsonElement> own)
    {
        var result = new Dictionary<string, System.Text.Json.JsonElement>(inherited, StringComparer.Ordinal);
        foreach (var (key, value) in own)
        {
            result[key] = value;
        }

        return result;
    }

    private static bool SameName(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
